package org.pedalatlas.content;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Where the tests find the source review, and what they do without it. The review is not part of the repository:
 * a fresh clone has none beside it, and then the tests that compare passages with its text are skipped, with one
 * notice for the whole run. CI names the review explicitly in {@code ATLAS_SOURCE_TEXT}; a review named there must
 * exist, so in CI the comparison always runs. As an extension ({@code @ExtendWith(SourceReview.class)}) it skips
 * each test of a class before it runs, so no test mistakes the skip for the failure it expects, and the build's
 * summary counts them as skipped.
 */
final class SourceReview implements ExecutionCondition {

    static final String DEFAULT = "../shared/source/bta-punctures-review.txt";
    private static final AtomicBoolean NOTICE_GIVEN = new AtomicBoolean();

    SourceReview() {
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (available()) {
            return ConditionEvaluationResult.enabled("the source review is at " + path());
        }
        if (context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("its tests are skipped one by one");
        }
        notice();
        return ConditionEvaluationResult.disabled("the source review is not beside the checkout (" + path()
                + "); see the NOTICE above");
    }

    /** Whether the review is there; fails when ATLAS_SOURCE_TEXT names a review that is not. */
    static boolean available() {
        if (Files.isRegularFile(path())) {
            return true;
        }
        if (required()) {
            fail("ATLAS_SOURCE_TEXT names " + path().toAbsolutePath() + ", which is not a file: the passage checks must run");
        }
        return false;
    }

    /** The explicit path from ATLAS_SOURCE_TEXT, else the build's system property, else the default beside the checkout. */
    static Path path() {
        String explicit = System.getenv("ATLAS_SOURCE_TEXT");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        return Path.of(System.getProperty("atlas.content.source-text", DEFAULT));
    }

    static boolean required() {
        String explicit = System.getenv("ATLAS_SOURCE_TEXT");
        return explicit != null && !explicit.isBlank();
    }

    /** The review, or the test is skipped (failed, when the review was named explicitly). */
    static Path require() {
        Path path = path();
        if (available()) {
            return path;
        }
        notice();
        Assumptions.abort("the source review is not beside the checkout (" + path + "); see the NOTICE above");
        return path;
    }

    /** Once per test run: why the passage tests are skipped, and how to run them. */
    private static void notice() {
        if (NOTICE_GIVEN.compareAndSet(false, true)) {
            System.err.println("NOTICE: the source review was not found at " + path().toAbsolutePath() + ". The tests"
                    + " that compare content passages with its text are SKIPPED. Put the review there or set"
                    + " ATLAS_SOURCE_TEXT to run them (CI always does).");
        }
    }
}
