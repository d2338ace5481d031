package org.pedalatlas.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.pedalatlas.atlas.NumberRow;
import org.pedalatlas.content.AtlasContent;
import org.pedalatlas.content.AtlasPage;
import org.pedalatlas.content.NumberEntry;
import org.pedalatlas.content.PageKind;
import org.pedalatlas.content.ZoneMap;

/**
 * The pocket card: A6, two sides. Side one holds every number of {@code numbers.yml} (the data behind the
 * /doses page), grouped as that page groups them, each with a note number naming the review section it stands in;
 * side two the three zones, the zone figure's lines, those sections, the source and the disclaimer. The passages
 * themselves are too long for A6: the card names the section, the /doses page quotes the passage.
 */
final class PocketCard {

    private final AtlasContent content;

    PocketCard(AtlasContent content) {
        this.content = content;
    }

    byte[] render() {
        Pdf pdf = new Pdf("Pocket card: doses, numbers and zones · Pedal Access Atlas",
                "Every dose and number the source review gives, with where it stands in the review, and the three "
                        + "puncture zones", "pdf.css", "card.css");
        Element body = pdf.body();
        body.appendElement("div").addClass("footer")
                .text("Pedal Access Atlas · content version " + content.version());
        body.appendElement("h1").text("Doses & numbers — pocket card");

        List<String> sections = new ArrayList<>();
        Map<String, List<NumberEntry>> byCategory = new LinkedHashMap<>();
        content.numbers().forEach(n -> byCategory.computeIfAbsent(n.category(), c -> new ArrayList<>()).add(n));
        Element table = body.appendElement("table").addClass("doses");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").addClass("what").text("What");
        head.appendElement("th").attr("scope", "col").addClass("value").text("Value");
        head.appendElement("th").attr("scope", "col").addClass("src").text("Src");
        Element rows = table.appendElement("tbody");
        byCategory.forEach((category, numbers) -> {
            rows.appendElement("tr").addClass("category").appendElement("th").attr("scope", "colgroup").attr("colspan", "3")
                    .addClass("category").text(NumberRow.categoryLabel(category));
            for (NumberEntry n : numbers) {
                if (!sections.contains(n.src().section())) {
                    sections.add(n.src().section());
                }
                Element tr = rows.appendElement("tr");
                tr.appendElement("th").attr("scope", "row").text(n.what());
                tr.appendElement("td").addClass("value").text(n.value());
                tr.appendElement("td").addClass("src").text(Integer.toString(sections.indexOf(n.src().section()) + 1));
            }
        });

        Element side2 = body.appendElement("div").addClass("side2");
        side2.appendElement("h2").text("The three zones");
        Element zones = side2.appendElement("ul").addClass("zones");
        content.pages().stream().filter(p -> p.kind() == PageKind.ZONE)
                .sorted(java.util.Comparator.comparing(AtlasPage::zone))
                .forEach(z -> {
                    Element li = zones.appendElement("li");
                    li.appendElement("b").text(z.title());
                });
        content.zoneMap().intro().forEach(st -> side2.appendElement("p").text(st.text()));
        side2.appendElement("p").text("The lines of the source's zone figure:");
        Element lines = side2.appendElement("ul").addClass("zones");
        for (ZoneMap.Line line : content.zoneMap().lines()) {
            lines.appendElement("li").text(line.name() + ": " + line.landmark() + ".");
        }
        side2.appendElement("h2").text("Sources of the numbers");
        side2.appendElement("p").addClass("sections").text("Sections of " + content.source().journal() + ", doi:" + content.source().doi()
                + " (the passage of each number is on the atlas's Doses & numbers page):");
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            labels.add((i + 1) + " " + content.source().section(sections.get(i)).label());
        }
        side2.appendElement("p").addClass("sections").text(String.join("; ", labels) + ".");
        Pdf.disclaimer(side2);
        Pdf.version(side2, content.version());
        return pdf.render();
    }
}
