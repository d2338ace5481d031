package org.pedalatlas.content;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a content failure at start-up into a readable report instead of a wall of stack trace. */
class ContentFailureAnalyzer extends AbstractFailureAnalyzer<ContentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ContentException cause) {
        return new FailureAnalysis("The atlas content is not valid. " + cause.getMessage(),
                "Fix the files named above (content/README.md explains the format), then check them with:\n"
                        + "    ./mvnw -q compile exec:java@check-content", cause);
    }
}
