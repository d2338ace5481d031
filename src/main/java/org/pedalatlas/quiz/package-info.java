/**
 * The quiz engine: practice, exam and review attempts over the question bank, with optional certainty-based
 * marking, persisted attempts, each learner's answer history and FSRS-6-scheduled review ({@link
 * org.pedalatlas.quiz.ReviewService} is its face for progress). Presenting and scoring a question is the bank's; an
 * attempt stores the order it showed and the answers in the question's own order.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quiz")
package org.pedalatlas.quiz;
