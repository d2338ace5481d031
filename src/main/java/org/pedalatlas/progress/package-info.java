/**
 * A learner's progress: mastery per zone and per topic from their latest answers, the history of their attempts,
 * their weakest topics with what to read, and their reviews: due today and on each of the next seven days, and the
 * retention they aim for. Reads the quiz engine's public records;
 * the arithmetic is a plain class.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Progress")
package org.pedalatlas.progress;
