/**
 * The question bank: the one public face for presenting, scoring, revealing and describing questions. Quiz attempts
 * and live workshops both use it, so a question type is presented, scored and described the same way everywhere.
 * A {@link org.pedalatlas.bank.Response} always uses the question's own order; the order a learner saw is a
 * {@link org.pedalatlas.bank.Shuffle} the caller stores and the view translates through its choices' indexes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Question bank")
package org.pedalatlas.bank;
