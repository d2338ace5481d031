package org.pedalatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The wording of the real content against the passages it cites (needs no copy of the source): an absolute word
 * that the cited passage does not use fails the build until it is softened or reviewed, and the reviewed list
 * holds no line that no longer matches anything.
 */
class ContentWordingTest {

    private static final Path DIR = Path.of(System.getProperty("atlas.content.dir", "content"));
    private static final AtlasContent CONTENT = new ContentLoader().load(DIR, Optional.empty());

    @Test
    void no_absolute_word_that_the_cited_passage_does_not_use_is_left_unreviewed() {
        assertThat(ClaimCheck.unreviewed(CONTENT, ClaimCheck.reviewed(DIR))).extracting(ClaimCheck.AbsoluteWord::key)
                .as("use the source's own word, or review the statement and add its line to content/%s",
                        ClaimCheck.REVIEWED)
                .isEmpty();
    }

    @Test
    void every_line_of_the_reviewed_list_still_matches_a_statement() {
        Set<String> current = ClaimCheck.unreviewed(CONTENT, Set.of()).stream().map(ClaimCheck.AbsoluteWord::key)
                .collect(java.util.stream.Collectors.toSet());
        assertThat(ClaimCheck.reviewed(DIR)).as("stale lines in content/%s", ClaimCheck.REVIEWED)
                .allMatch(current::contains);
    }

    @Test
    void a_stronger_word_than_the_passage_is_flagged_and_the_passages_own_word_is_not() {
        ClaimCheck.Claim prevents = new ClaimCheck.Claim("x.md ¶1", "This prevents in-line alignment.",
                List.of("as this hinders the “in-line” alignment of the needle"));
        ClaimCheck.Claim hinders = new ClaimCheck.Claim("x.md ¶2", "This hinders in-line alignment.",
                List.of("as this hinders the “in-line” alignment of the needle"));
        ClaimCheck.Claim preventing = new ClaimCheck.Claim("x.md ¶3", "Soft tissue can block it, preventing back-bleeding.",
                List.of("could have blocked the needle’s lumen preventing the back bleeding"));
        assertThat(ClaimCheck.absoluteWords(prevents)).extracting(ClaimCheck.AbsoluteWord::word).containsExactly("prevent");
        assertThat(ClaimCheck.absoluteWords(hinders)).isEmpty();
        assertThat(ClaimCheck.absoluteWords(preventing)).isEmpty();
    }

    @Test
    void a_statement_resting_on_another_passage_has_low_key_term_overlap() {
        ClaimCheck.Claim wrongPassage = new ClaimCheck.Claim("tree node", "Most operators use a 0.018″ workhorse wire.",
                List.of("the V-18 guidewire presents a short tip which provides a good balance between profile and support"));
        ClaimCheck.Claim rightPassage = new ClaimCheck.Claim("tree node", "Most physicians use a 0.018″ workhorse wire.",
                List.of("for a workhorse wire to access these small vessels, most physicians do not use a 0.014″ wire but a 0.018″ one"));
        assertThat(ClaimCheck.overlap(wrongPassage)).isLessThan(0.3);
        assertThat(ClaimCheck.overlap(rightPassage)).isGreaterThan(0.6);
        assertThat(ClaimCheck.missingTerms(wrongPassage)).contains("workhorse");
    }
}
