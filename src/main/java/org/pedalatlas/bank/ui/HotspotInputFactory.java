package org.pedalatlas.bank.ui;

import org.pedalatlas.bank.BankRecords.QuestionView;
import org.pedalatlas.bank.Prompt;

/**
 * Builds the input of an image-hotspot question: the figure, whose regions the learner clicks. Defined here, where
 * inputs are chosen, and implemented by the figures feature, which owns the drawings.
 */
public interface HotspotInputFactory {

    AnswerInput create(QuestionView question, Prompt.Spot spot);
}
