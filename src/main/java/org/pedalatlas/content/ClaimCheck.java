package org.pedalatlas.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A reviewer's aid, not a validator: pairs every statement of the content with the passages it cites, then finds
 * the two kinds of slip a specialist found by hand — an absolute word ("never", "cannot", "prevents"…) that the
 * cited passage does not use, and a statement whose key terms hardly occur in its passages (it may rest on
 * another passage, or on none). Wording is judgement, so the build only fails on absolute words nobody has
 * reviewed yet ({@code content/reviewed-absolute-words.txt}); the overlap list is a report to read.
 */
public final class ClaimCheck {

    /** One statement and the passages its markers or {@code src} name; {@code where} locates it for a reader. */
    public record Claim(String where, String statement, List<String> passages) {
    }

    /** An absolute word in a statement that none of its cited passages uses. */
    public record AbsoluteWord(Claim claim, String word) {

        /** The line that marks this finding as reviewed in the allow-list: file, word and the statement's start. */
        public String key() {
            String start = claim.statement().replaceAll("\\s+", " ").strip();
            return claim.where().replaceAll(" .*", "") + " | " + word + " | "
                    + start.substring(0, Math.min(60, start.length())).strip();
        }
    }

    /** Words that turn a tendency into a rule; each is matched as a whole word, by its stem where it inflects. */
    static final List<String> ABSOLUTE = List.of("never", "cannot", "can't", "must", "always", "prevent", "impossible",
            "mandatory", "essential", "stop", "will not", "won't", "guarantee", "eliminate", "ensure", "no longer");

    /** The allow-list of reviewed absolute words, in the content folder. */
    public static final String REVIEWED = "reviewed-absolute-words.txt";

    private static final Pattern MARKER = Pattern.compile("\\[§([^\\]]+)]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
    private static final Set<String> STOP = Set.of("about", "above", "after", "again", "also", "among", "because",
            "been", "before", "being", "both", "does", "each", "even", "every", "from", "further", "have", "here",
            "into", "just", "less", "like", "made", "make", "makes", "many", "more", "most", "much", "only", "other",
            "over", "same", "should", "some", "such", "than", "that", "their", "them", "then", "there", "these", "they",
            "this", "those", "through", "under", "until", "upon", "very", "what", "when", "where", "which", "while",
            "will", "with", "within", "without", "would", "your", "source", "review", "authors", "atlas", "page",
            "gives", "says", "calls", "describes", "names", "lists", "finds", "recommends");

    private ClaimCheck() {
    }

    /** Every statement that cites the source, with the passages it cites. */
    public static List<Claim> claims(AtlasContent content) {
        List<Claim> claims = new ArrayList<>();
        for (AtlasPage page : content.pages()) {
            for (CardFact fact : page.card()) {
                claims.add(new Claim(page.file() + " card." + fact.key(), fact.text(), passages(page.sources(), List.of(fact.src()))));
            }
            int n = 0;
            for (String block : MarkdownBlocks.statementBlocks(page.markdown())) {
                n++;
                List<String> keys = new ArrayList<>();
                Matcher m = MARKER.matcher(block);
                while (m.find()) {
                    keys.add(m.group(1));
                }
                if (!keys.isEmpty()) {
                    claims.add(new Claim(page.file() + " ¶" + n, MARKER.matcher(block).replaceAll("").strip(),
                            passages(page.sources(), keys)));
                }
            }
        }
        content.glossary().forEach(t -> claims.add(new Claim("glossary.yml " + t.term(), t.definition(), List.of(t.src().passage()))));
        for (Figure f : content.figures()) {
            // a callout or step without its own reference rests on the references of the whole figure
            f.callouts().forEach(c -> claims.add(new Claim(f.file() + " callout " + c.n(), c.text(),
                    passages(f.sources(), c.src() == null ? f.src() : List.of(c.src())))));
            f.steps().forEach(s -> claims.add(new Claim(f.file() + " step " + s.title(), s.caption(),
                    passages(f.sources(), s.src() == null ? f.src() : List.of(s.src())))));
            claims.add(new Claim(f.file() + " description", f.description(), passages(f.sources(), List.copyOf(f.sources().keySet()))));
        }
        for (DecisionTree tree : content.trees()) {
            tree.nodes().forEach(node -> claims.add(new Claim(tree.file() + " " + node.id(), node.text(),
                    node.sources().stream().map(SourceRef::passage).toList())));
        }
        for (CaseScenario c : content.cases()) {
            c.steps().forEach(step -> step.choices().forEach(choice -> claims.add(new Claim(
                    c.file() + " " + step.id() + " '" + choice.label() + "'", choice.feedback(), List.of(choice.src().passage())))));
        }
        content.questions().forEach(q -> claims.add(new Claim(q.file() + " " + q.id(), q.explanation(), List.of(q.src().passage()))));
        return claims;
    }

    /** The absolute words of a statement that none of its passages uses. */
    public static List<AbsoluteWord> absoluteWords(Claim claim) {
        String statement = claim.statement().toLowerCase(Locale.ROOT).replace('’', '\'');
        String passages = String.join(" ", claim.passages()).toLowerCase(Locale.ROOT).replace('’', '\'');
        List<AbsoluteWord> found = new ArrayList<>();
        for (String word : ABSOLUTE) {
            Pattern p = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(s|ed|ing|es)?(?![\\p{L}])");
            if (p.matcher(statement).find() && !p.matcher(passages).find()) {
                found.add(new AbsoluteWord(claim, word));
            }
        }
        return found;
    }

    /** The share of the statement's key terms that occur in its passages (1 when it has no key terms). */
    public static double overlap(Claim claim) {
        Set<String> terms = terms(claim.statement());
        if (terms.isEmpty()) {
            return 1;
        }
        Set<String> cited = terms(String.join(" ", claim.passages()));
        return (double) terms.stream().filter(cited::contains).count() / terms.size();
    }

    /** The key terms of the statement that its passages do not contain. */
    public static Set<String> missingTerms(Claim claim) {
        Set<String> cited = terms(String.join(" ", claim.passages()));
        return terms(claim.statement()).stream().filter(t -> !cited.contains(t))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            String w = m.group();
            boolean number = w.chars().anyMatch(Character::isDigit);
            if ((number || w.length() >= 4) && !STOP.contains(w)) {
                terms.add(number ? w : stem(w));
            }
        }
        return terms;
    }

    /** The reviewed findings: one {@link AbsoluteWord#key()} per line; blank lines and {@code #} comments ignored. */
    public static Set<String> reviewed(java.nio.file.Path dir) {
        java.nio.file.Path file = dir.resolve(REVIEWED);
        if (!java.nio.file.Files.isRegularFile(file)) {
            return Set.of();
        }
        try {
            return java.nio.file.Files.readAllLines(file).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Absolute words not yet in the reviewed list: each needs softening to the source's word, or a review. */
    public static List<AbsoluteWord> unreviewed(AtlasContent content, Set<String> reviewed) {
        return claims(content).stream().flatMap(c -> absoluteWords(c).stream())
                .filter(a -> !reviewed.contains(a.key())).toList();
    }

    private static String stem(String word) {
        for (String suffix : List.of("ing", "ed", "es", "s", "ly")) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    private static List<String> passages(Map<String, SourceRef> sources, List<String> keys) {
        return keys.stream().map(sources::get).filter(r -> r != null).map(SourceRef::passage).toList();
    }
}
