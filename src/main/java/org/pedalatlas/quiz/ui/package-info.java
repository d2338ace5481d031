/**
 * The quiz screens: the start form, one question at a time with feedback, the results, and the instructor's item
 * statistics. The answer inputs themselves are the question bank's, shared with the workshop phones.
 */
package org.pedalatlas.quiz.ui;
