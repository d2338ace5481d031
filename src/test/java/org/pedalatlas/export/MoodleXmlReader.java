package org.pedalatlas.export;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.pedalatlas.content.AtlasContent;
import org.pedalatlas.content.Figure;
import org.pedalatlas.content.Question;
import org.pedalatlas.content.SourceRef;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a Moodle XML file back into the bank's own {@link Question} records, as Moodle's importer reads it: by
 * element name, question type and tags, without any help from the writer. {@code file} is not in an export and is
 * read back empty. Each question is returned with the category it was filed under.
 */
final class MoodleXmlReader {

    record Imported(String category, Question question) {
    }

    private static final Pattern PARAGRAPH = Pattern.compile("^<p>(.*?)</p>", Pattern.DOTALL);
    private static final Pattern SECTION = Pattern.compile("data-section=\"([^\"]*)\"");
    private static final Pattern PASSAGE = Pattern.compile("<q>(.*?)</q>", Pattern.DOTALL);

    private final AtlasContent content;

    MoodleXmlReader(AtlasContent content) {
        this.content = content;
    }

    List<Imported> read(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        List<Imported> out = new ArrayList<>();
        String category = null;
        for (Element q : children(doc.getDocumentElement(), "question")) {
            String type = q.getAttribute("type");
            if (type.equals("category")) {
                category = text(first(q, "category"));
                continue;
            }
            out.add(new Imported(category, question(q, type)));
        }
        return out;
    }

    private Question question(Element q, String type) {
        String id = text(first(q, "name"));
        Map<String, List<String>> tags = new LinkedHashMap<>();
        for (Element tag : children(first(q, "tags"), "tag")) {
            String[] kv = text(tag).split(":", 2);
            tags.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1]);
        }
        String feedback = text(first(q, "generalfeedback"));
        Matcher section = SECTION.matcher(feedback);
        Matcher passage = PASSAGE.matcher(feedback);
        if (!section.find() || !passage.find()) {
            throw new IllegalArgumentException(id + ": no cited source in the general feedback");
        }
        Question.Key key = switch (type) {
            case "multichoice" -> {
                List<Question.Option> options = new ArrayList<>();
                for (Element a : children(q, "answer")) {
                    String why = paragraph(text(first(a, "feedback")));
                    options.add(new Question.Option(Html.unescape(text(a)), Double.parseDouble(a.getAttribute("fraction")) > 0,
                            why.isEmpty() ? null : why));
                }
                yield Boolean.parseBoolean(first(q, "single").getTextContent())
                        ? new Question.SingleChoice(options) : new Question.MultipleChoice(options);
            }
            case "truefalse" -> new Question.TrueFalse(children(q, "answer").stream()
                    .filter(a -> a.getAttribute("fraction").equals("100")).findFirst().map(a -> text(a).equals("true"))
                    .orElseThrow());
            case "numerical" -> {
                Element a = first(q, "answer");
                List<String> units = children(first(q, "units"), "unit").stream().map(u -> first(u, "unit_name").getTextContent()).toList();
                List<Double> range = tags.getOrDefault("range", List.of()).stream()
                        .flatMap(r -> java.util.Arrays.stream(r.split("\\.\\."))).map(Double::valueOf).toList();
                yield new Question.Numeric(Double.parseDouble(text(a)), Double.parseDouble(first(a, "tolerance").getTextContent()),
                        units.isEmpty() ? "" : units.getFirst(), units, range);
            }
            case "ordering" -> new Question.Ordering(children(q, "answer").stream().map(a -> Html.unescape(text(a))).toList());
            case "matching" -> new Question.Matching(children(q, "subquestion").stream()
                    .map(s -> new Question.Pair(Html.unescape(text(s)), text(first(s, "answer")))).toList());
            case "ddmarker" -> {
                String figureId = first(q, "file").getAttribute("name").replaceFirst("\\.png$", "");
                Figure figure = content.figure(figureId).orElseThrow();
                String marker = text(first(q, "drag"));
                String region = figure.hotspots().stream().filter(h -> h.name().equals(marker)).findFirst()
                        .orElseThrow().id();
                yield new Question.Hotspot(figureId, region);
            }
            default -> throw new IllegalArgumentException(id + ": unknown Moodle question type " + type);
        };
        return new Question(id, Integer.parseInt(tags.get("difficulty").getFirst()),
                tags.getOrDefault("zone", List.of()).stream().map(Integer::valueOf).toList(),
                tags.getOrDefault("topic", List.of()), tags.getOrDefault("page", List.of()),
                paragraph(text(first(q, "questiontext"))), paragraph(feedback),
                new SourceRef(Html.unescape(section.group(1)), Html.unescape(passage.group(1))), key, null);
    }

    private static String paragraph(String html) {
        Matcher m = PARAGRAPH.matcher(html);
        return m.find() ? Html.unescape(m.group(1)) : Html.unescape(html);
    }

    /** The text of an element's {@code <text>} child. */
    private static String text(Element e) {
        Element t = first(e, "text");
        return t == null ? "" : t.getTextContent();
    }

    private static Element first(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.getFirst();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }
}
