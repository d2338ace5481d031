package org.pedalatlas.quiz;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scheduler's settings that are the app's, not the learner's (retention is the learner's, in
 * {@link ReviewSettings}). Defaults are the reference's: 36,500 days, steps of 1 and 10 minutes, 10 minutes, fuzz on.
 */
@ConfigurationProperties("atlas.review")
record ReviewProperties(@DefaultValue("36500") int maximumInterval,
                        @DefaultValue({"1m", "10m"}) List<Duration> learningSteps,
                        @DefaultValue("10m") List<Duration> relearningSteps,
                        @DefaultValue("true") boolean fuzz) {

    Fsrs.Settings settings(double retention) {
        return new Fsrs.Settings(retention, maximumInterval, learningSteps, relearningSteps, fuzz);
    }
}
