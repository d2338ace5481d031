package org.pedalatlas.quiz.ui;

import org.pedalatlas.quiz.QuizRecords.QuestionView;

/** Builds the input of an image-hotspot question: the figure, whose regions the learner clicks. */
public interface HotspotInputFactory {

    AnswerInput create(QuestionView question);
}
