/**
 * The quiz engine: practice and exam attempts over the question bank, scored on the server only, with optional
 * certainty-based marking, persisted attempts, learner progress and FSRS-6-scheduled review ({@link
 * org.pedalatlas.quiz.ReviewService} is its face for progress). The workshop feature
 * reuses {@link org.pedalatlas.quiz.QuizService} for its questions and scoring, so answer keys stay in one place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quiz")
package org.pedalatlas.quiz;
