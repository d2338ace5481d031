package org.pedalatlas.trees;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pedalatlas.content.AtlasContent;
import org.pedalatlas.content.AtlasPage;
import org.pedalatlas.content.PageKind;
import org.pedalatlas.content.SourceInfo;
import org.pedalatlas.content.SourceRef;
import org.pedalatlas.content.SourceSection;
import org.pedalatlas.content.ZoneMap;

/** What the workshop presenter will read: trees in order, nodes by id, and the children of a node. */
class TreeServiceTest {

    private final TreeService trees = new TreeService(new AtlasContent(
            new SourceInfo("A review", "A journal", "10.0/x", List.of(new SourceSection("zone-3", "Zone 3",
                    "Specific Features › Zone 3"))),
            new ZoneMap(List.of(), List.of()),
            List.of(new AtlasPage("wire-entry", PageKind.TECHNIQUE, "Getting the wire in", "Summary", 1, null,
                    List.of(), List.of(), List.of(), List.of(), Map.of(), "", "atlas/techniques/wire-entry.md")),
            List.of(), List.of(), List.of(), List.of(), List.of(Trees.wire()), List.of(Trees.twoSteps()), "", "v1", 1));

    @Test
    void trees_and_cases_are_found_by_id() {
        assertThat(trees.trees()).extracting(t -> t.id()).containsExactly("wire");
        assertThat(trees.tree("wire")).isPresent();
        assertThat(trees.tree("nope")).isEmpty();
        assertThat(trees.scenario("c")).isPresent();
    }

    @Test
    void a_node_is_found_by_id_with_its_children_in_the_authors_order() {
        assertThat(trees.node("wire", "toc")).isPresent();
        assertThat(trees.children("wire", "toc")).extracting(b -> b.label() + ">" + b.node().id())
                .containsExactly("Engages>in", "Not yet: withdraw 1 mm and repeat>toc");
        assertThat(trees.children("wire", "in")).isEmpty();
    }

    @Test
    void links_and_source_notes_are_ready_to_show() {
        assertThat(trees.pages(List.of("wire-entry", "no-such-page"))).singleElement()
                .satisfies(p -> assertThat(p.href()).isEqualTo("atlas/wire-entry"));
        assertThat(trees.note(new SourceRef("zone-3", " a passage ")))
                .isEqualTo(new SourceNote("Specific Features › Zone 3", "a passage"));
    }

    @Test
    void the_overview_map_is_laid_out_once_per_tree() {
        assertThat(trees.map(Trees.wire())).isSameAs(trees.map(Trees.wire()));
    }
}
