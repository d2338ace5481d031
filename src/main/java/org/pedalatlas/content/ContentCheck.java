package org.pedalatlas.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The authors' checker: {@code ./mvnw -q compile exec:java@check-content} validates content/ without the app, then
 * prints the translations' state (stale items are listed, not refused) and the wording report of
 * {@link ClaimCheck}. With {@code --fingerprints} it also prints the fingerprint of every English item, the value a
 * translation's {@code from:} names.
 *
 * <p>Folders are found as the app finds them: {@code ATLAS_CONTENT_DIR} and {@code ATLAS_SOURCE_TEXT} win over the
 * arguments (the build always passes its defaults as arguments, so a variable must be able to override them).
 * A source named by {@code ATLAS_SOURCE_TEXT} must exist; the default one beside the checkout may be missing, and
 * then passages are not compared with its text.
 */
public final class ContentCheck {

    static final String DEFAULT_SOURCE = "../shared/source/bta-punctures-review.txt";
    private static final double LOW_OVERLAP = 0.3;

    private ContentCheck() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(firstSet(System.getenv("ATLAS_CONTENT_DIR"), arg(args, 0), "content"));
        String explicitSource = System.getenv("ATLAS_SOURCE_TEXT");
        Path sourcePath = Path.of(firstSet(explicitSource, arg(args, 1), DEFAULT_SOURCE));
        Optional<Path> source = Optional.of(sourcePath).filter(Files::isRegularFile);
        if (source.isEmpty() && explicitSource != null && !explicitSource.isBlank()) {
            System.err.println("ATLAS_SOURCE_TEXT names " + sourcePath.toAbsolutePath() + ", which is not a file.");
            System.exit(1);
        }
        if (source.isEmpty()) {
            System.out.println("Note: the source review was not found at " + sourcePath.toAbsolutePath()
                    + ", so passages are not compared with its text (set ATLAS_SOURCE_TEXT).");
        }
        try {
            AtlasContent content = new ContentLoader().load(dir, source);
            System.out.printf("Content OK in %s: %d pages, %d glossary terms, %d numbers, %d trees, %d cases, %d files (version %s)%n",
                    dir, content.pages().size(), content.glossary().size(), content.numbers().size(),
                    content.trees().size(), content.cases().size(),
                    content.fileCount(), content.version());
            Map<String, Translation> translations = new TranslationLoader().load(dir, content);
            translations.forEach((language, t) -> {
                System.out.printf("Translation %s OK: %d items translated, %d stale%n", language, t.notes().size(),
                        t.stale().size());
                t.stale().forEach(s -> System.out.println("  stale: " + s));
            });
            if (List.of(args).contains("--fingerprints")) {
                System.out.println("\nFingerprints of the English items (what from: names):");
                TranslationLoader.fingerprints(content).forEach((id, print) -> System.out.println("  " + print + "  " + id));
            }
            if (!report(content, dir)) {
                System.exit(1);
            }
        } catch (ContentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** Prints the wording report; false when an absolute word has not been reviewed. */
    private static boolean report(AtlasContent content, Path dir) {
        List<ClaimCheck.Claim> claims = ClaimCheck.claims(content);
        List<ClaimCheck.Claim> low = claims.stream().filter(c -> ClaimCheck.overlap(c) < LOW_OVERLAP)
                .sorted(Comparator.comparingDouble(ClaimCheck::overlap)).toList();
        System.out.printf("%nWording report: %d statements checked against their cited passages.%n", claims.size());
        System.out.printf("%d with under %.0f%% of their key terms in the passages (does the passage carry the claim?):%n",
                low.size(), LOW_OVERLAP * 100);
        low.forEach(c -> System.out.printf("  %3.0f%%  %s%n        missing: %s%n", ClaimCheck.overlap(c) * 100, c.where(),
                String.join(", ", ClaimCheck.missingTerms(c))));
        List<ClaimCheck.AbsoluteWord> unreviewed = ClaimCheck.unreviewed(content, ClaimCheck.reviewed(dir));
        System.out.printf("%d absolute words that the cited passage does not use and that are not in %s%s%n",
                unreviewed.size(), ClaimCheck.REVIEWED, unreviewed.isEmpty() ? "." : " — use the source's own word,"
                        + " or add the line after review:");
        unreviewed.forEach(a -> System.out.println("  " + a.key()));
        return unreviewed.isEmpty();
    }

    private static String arg(String[] args, int i) {
        List<String> positional = List.of(args).stream().filter(a -> !a.startsWith("--")).toList();
        return positional.size() > i ? positional.get(i) : null;
    }

    private static String firstSet(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        throw new IllegalArgumentException("no value");
    }
}
