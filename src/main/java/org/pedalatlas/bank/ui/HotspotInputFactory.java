package org.pedalatlas.bank.ui;

import java.util.Map;

import org.pedalatlas.bank.BankRecords.QuestionView;
import org.pedalatlas.bank.Prompt;

/**
 * Builds the input of an image-hotspot question: the figure, whose regions the learner clicks. Defined here, where
 * inputs are chosen, and implemented by the figures feature, which owns the drawings.
 */
public interface HotspotInputFactory {

    AnswerInput create(QuestionView question, Prompt.Spot spot);

    /**
     * The drawing alone, for a page that draws its own input in the browser (the workshop phone): the SVG with
     * neutral region tokens, the name of the drawing for screen readers, which region each token stands for, and
     * the script that zooms, pans and selects regions ({@code window.pedalFigure}) for the page to load.
     */
    Drawing drawing(QuestionView question, Prompt.Spot spot);

    record Drawing(String svg, String label, Map<String, String> regions, String viewerScript) {
    }
}
