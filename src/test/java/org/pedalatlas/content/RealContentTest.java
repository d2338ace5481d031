package org.pedalatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real content/ folder, checked against the real source review in every build: every passage stands in its
 * section, every number of the dose and size table is one the source itself writes.
 */
@ExtendWith(SourceReview.class)
class RealContentTest {

    private static AtlasContent content;
    private static String sourceText;

    @BeforeAll
    static void load() throws Exception {
        if (!SourceReview.available()) {
            return; // every test is skipped by SourceReview
        }
        Path source = SourceReview.path();
        sourceText = SourceText.normalise(Files.readString(source));
        content = new ContentLoader().load(Path.of(System.getProperty("atlas.content.dir", "content")), Optional.of(source));
    }

    @Test
    void real_content_loads_with_every_passage_found_in_the_source() {
        assertThat(content.pages()).isNotEmpty();
    }

    @Test
    void every_number_in_the_dose_and_size_table_occurs_in_the_source_text() {
        for (NumberEntry n : content.numbers()) {
            Matcher m = NumbersReader.NUMBER.matcher(n.value());
            while (m.find()) {
                assertThat(sourceText).as("%s: %s", n.id(), n.value()).contains(m.group());
            }
            assertThat(sourceText).contains(SourceText.normalise(n.src().passage()));
        }
    }

    @Test
    void the_three_zones_exist_with_members_and_the_zone_map_has_three_lines() {
        Set<Integer> zones = content.pages().stream().filter(p -> p.kind() == PageKind.ZONE).map(AtlasPage::zone)
                .collect(Collectors.toSet());
        assertThat(zones).containsExactlyInAnyOrder(1, 2, 3);
        content.pages().stream().filter(p -> p.kind() == PageKind.ZONE)
                .forEach(z -> assertThat(z.members()).as(z.id()).isNotEmpty());
        assertThat(content.zoneMap().lines()).hasSize(3);
    }

    @Test
    void the_six_decision_trees_and_three_cases_load_and_every_node_links_to_the_atlas() {
        assertThat(content.trees()).extracting(DecisionTree::id).containsExactly("choosing-the-access",
                "guidance-and-projection", "needle-wont-get-in", "wire-wont-advance", "catheter-wont-follow",
                "closing-the-access");
        assertThat(content.cases()).hasSizeGreaterThanOrEqualTo(3);
        for (DecisionTree tree : content.trees()) {
            for (DecisionTree.Node node : tree.nodes()) {
                assertThat(node.sources()).as(tree.id() + "/" + node.id()).isNotEmpty();
                assertThat(node.pages()).as(tree.id() + "/" + node.id() + " links to an atlas page").isNotEmpty();
            }
        }
    }
}
