package org.pedalatlas.trees;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class OverviewLayoutTest {

    @Test
    void every_node_gets_a_box_inside_the_map_and_no_two_boxes_overlap() {
        OverviewMap map = OverviewLayout.layout(Trees.wire());
        assertThat(map.boxes()).extracting(OverviewMap.Box::nodeId).containsExactlyInAnyOrder("bleed", "toc", "in", "stop");
        for (OverviewMap.Box a : map.boxes()) {
            assertThat(a.x() + a.width()).isLessThanOrEqualTo(map.width());
            assertThat(a.y() + a.height()).isLessThanOrEqualTo(map.height());
            for (OverviewMap.Box b : map.boxes()) {
                boolean apart = a == b || a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
                        || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
                assertThat(apart).as(a.nodeId() + " and " + b.nodeId() + " overlap").isTrue();
            }
        }
    }

    @Test
    void the_layout_flows_down_from_the_start_and_routes_every_choice_including_the_repeat_loop() {
        OverviewMap map = OverviewLayout.layout(Trees.wire());
        double startY = map.boxes().stream().filter(b -> b.nodeId().equals("bleed")).findFirst().orElseThrow().y();
        assertThat(map.boxes()).allSatisfy(b -> assertThat(b.y()).isGreaterThanOrEqualTo(startY));
        assertThat(map.lines()).extracting(l -> l.from() + ">" + l.to())
                .containsExactlyInAnyOrder("bleed>toc", "bleed>stop", "toc>in", "toc>toc");
        assertThat(map.lines()).allSatisfy(l -> assertThat(l.points()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void a_choice_leading_back_to_the_start_does_not_lift_another_node_above_it() {
        OverviewMap map = OverviewLayout.layout(Trees.withBackEdge());
        OverviewMap.Box start = map.boxes().stream().filter(b -> b.nodeId().equals("bleed")).findFirst().orElseThrow();
        assertThat(map.boxes()).allSatisfy(b -> assertThat(b.y()).isGreaterThanOrEqualTo(start.y()));
        assertThat(OverviewLayout.backEdges(Trees.withBackEdge())).containsExactly("retry>bleed");
        OverviewMap.Line back = map.lines().stream().filter(l -> l.from().equals("retry")).findFirst().orElseThrow();
        assertThat(back.points().getLast().y()).as("the arrow ends at the start, up the map")
                .isLessThan(back.points().getFirst().y());
    }

    @Test
    void long_titles_wrap_and_are_cut_with_an_ellipsis() {
        assertThat(OverviewLayout.wrap("Short")).containsExactly("Short");
        String longTitle = "word ".repeat(40).strip();
        assertThat(OverviewLayout.wrap(longTitle)).hasSize(OverviewLayout.MAX_LINES).last().asString().endsWith("…");
    }

    @Test
    void the_svg_links_every_node_and_marks_the_current_one() {
        OverviewMap map = OverviewLayout.layout(Trees.wire());
        String svg = OverviewSvg.render("Wire <test>", map, "toc", Set.of("bleed", "toc"), id -> "trees/wire/" + id);
        assertThat(svg).startsWith("<svg").contains("aria-label=\"Map of Wire &lt;test&gt;\"")
                .contains("href=\"trees/wire/stop\"").contains("class=\"map-node kind-action current walked\"")
                .contains("aria-current=\"step\"").contains("(you are here)");
        assertThat(svg.split("<a ", -1)).hasSize(5);
    }
}
