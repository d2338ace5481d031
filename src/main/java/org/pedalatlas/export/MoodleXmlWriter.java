package org.pedalatlas.export;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pedalatlas.content.AtlasContent;
import org.pedalatlas.content.Figure;
import org.pedalatlas.content.Question;
import org.pedalatlas.content.SourceRef;
import org.pedalatlas.content.SourceSection;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Moodle XML, every type: multichoice (single and multiple), truefalse, numerical with its units, ordering, matching,
 * and a hotspot as drag-and-drop markers on the figure. Questions go into categories by first zone and first topic;
 * the explanation and the cited passage are the general feedback; tags keep what categories cannot (every zone,
 * topic and page, the difficulty, a number's sensible range), so the file reads back into the bank without loss.
 */
final class MoodleXmlWriter {

    static final String ROOT_CATEGORY = "$course$/Pedal Access Atlas";

    /**
     * Moodle keeps only fractions from its list of grades; a right option of a multiple-response question is worth
     * 100 / k of them and a wrong one -100 / w, written as Moodle writes them.
     */
    private static final Map<Integer, String> SHARES = Map.of(1, "100", 2, "50", 3, "33.33333", 4, "25", 5, "20",
            6, "16.66667", 7, "14.28571", 8, "12.5", 9, "11.11111", 10, "10");

    private final AtlasContent content;

    MoodleXmlWriter(AtlasContent content) {
        this.content = content;
    }

    byte[] write(List<Question> questions) {
        Document doc = Xml.newDocument();
        doc.appendChild(doc.createComment(" Pedal Access Atlas question bank, content version " + content.version()
                + ", " + questions.size() + " questions. Import in Moodle: Question bank > Import > Moodle XML format. "));
        Element quiz = doc.createElement("quiz");
        doc.appendChild(quiz);
        Map<String, List<Question>> byCategory = new LinkedHashMap<>();
        questions.forEach(q -> byCategory.computeIfAbsent(category(q), c -> new ArrayList<>()).add(q));
        byCategory.forEach((category, qs) -> {
            Element c = Xml.child(quiz, "question");
            c.setAttribute("type", "category");
            Xml.child(Xml.child(c, "category"), "text", category);
            Element info = Xml.child(c, "info");
            info.setAttribute("format", "html");
            Xml.child(info, "text", "<p>Exported from Pedal Access Atlas, content version " + content.version() + ".</p>");
            qs.forEach(q -> quiz.appendChild(question(doc, q)));
        });
        return Xml.bytes(doc);
    }

    static String category(Question q) {
        String zone = q.zones().isEmpty() ? "All zones" : "Zone " + q.zones().getFirst();
        String topic = q.topics().isEmpty() ? "General" : q.topics().getFirst();
        return ROOT_CATEGORY + "/" + zone + "/" + topic;
    }

    private Element question(Document doc, Question q) {
        Element e = doc.createElement("question");
        e.setAttribute("type", switch (q.key()) {
            case Question.SingleChoice s -> "multichoice";
            case Question.MultipleChoice m -> "multichoice";
            case Question.TrueFalse t -> "truefalse";
            case Question.Numeric n -> "numerical";
            case Question.Ordering o -> "ordering";
            case Question.Matching m -> "matching";
            case Question.Hotspot h -> "ddmarker";
        });
        Xml.child(Xml.child(e, "name"), "text", q.id());
        html(e, "questiontext", Html.paragraph(q.stem()));
        html(e, "generalfeedback", Html.paragraph(q.explanation()) + citation(q.src()));
        Xml.child(e, "defaultgrade", "1");
        Xml.child(e, "penalty", "0.3333333");
        Xml.child(e, "hidden", "0");
        Xml.child(e, "idnumber", q.id());
        switch (q.key()) {
            case Question.SingleChoice s -> choices(e, true, s.options());
            case Question.MultipleChoice m -> choices(e, false, m.options());
            case Question.TrueFalse t -> {
                answer(e, t.answer() ? "100" : "0", "true", "");
                answer(e, t.answer() ? "0" : "100", "false", "");
            }
            case Question.Numeric n -> numeric(e, n);
            case Question.Ordering o -> ordering(e, o);
            case Question.Matching m -> matching(e, m);
            case Question.Hotspot h -> hotspot(e, h);
        }
        tags(e, q);
        return e;
    }

    /** The source passage, cited; {@code data-section} keeps the section id for a re-import. */
    private String citation(SourceRef src) {
        SourceSection section = content.source().section(src.section());
        return "<p class=\"atlas-source\" data-section=\"" + Html.escape(src.section()) + "\">Source: "
                + Html.escape(content.source().journal()) + ", " + Html.escape(section.label()) + ": <q>"
                + Html.escape(src.passage()) + "</q> <a href=\"" + Html.escape(content.source().doiUrl()) + "\">"
                + Html.escape(content.source().doiUrl()) + "</a></p>";
    }

    private static void choices(Element e, boolean single, List<Question.Option> options) {
        Xml.child(e, "single", Boolean.toString(single));
        Xml.child(e, "shuffleanswers", "true");
        Xml.child(e, "answernumbering", "abc");
        long right = options.stream().filter(Question.Option::correct).count();
        long wrong = options.size() - right;
        for (Question.Option o : options) {
            if (!single && (SHARES.get((int) right) == null || (wrong > 0 && SHARES.get((int) wrong) == null))) {
                throw new IllegalArgumentException("Moodle has no grade for 1/" + right + " or 1/" + wrong
                        + " of a mark: a multiple-response question may have at most 10 right and 10 wrong options");
            }
            String fraction = single ? (o.correct() ? "100" : "0")
                    : o.correct() ? SHARES.get((int) right) : "-" + SHARES.get((int) wrong);
            answer(e, fraction, Html.escape(o.text()), o.why() == null ? "" : Html.paragraph(o.why()));
        }
        combinedFeedback(e);
    }

    private static void numeric(Element e, Question.Numeric n) {
        Element a = answer(e, "100", Xml.number(n.value()), "");
        a.setAttribute("format", "moodle_auto_format");
        // The tolerance belongs after the text, before the feedback, as Moodle writes it.
        a.insertBefore(textNode(a, "tolerance", Xml.number(n.tolerance())), a.getElementsByTagName("feedback").item(0));
        List<String> names = new ArrayList<>();
        if (n.unit() != null && !n.unit().isBlank()) {
            names.add(n.unit());
        }
        n.units().stream().filter(u -> !u.isBlank() && !names.contains(u)).forEach(names::add);
        if (names.isEmpty()) {
            // A count has no unit: Moodle's "units not used" (3), nothing graded.
            Xml.child(e, "unitgradingtype", "0");
            Xml.child(e, "unitpenalty", "0");
            Xml.child(e, "showunits", "3");
            Xml.child(e, "unitsleft", "0");
            return;
        }
        Element units = Xml.child(e, "units");
        for (String name : names) {
            Element unit = Xml.child(units, "unit");
            Xml.child(unit, "multiplier", "1");
            Xml.child(unit, "unit_name", name);
        }
        // Units graded (1): a number without a right unit loses 10 % of the mark; the learner types the unit.
        Xml.child(e, "unitgradingtype", "1");
        Xml.child(e, "unitpenalty", "0.1");
        Xml.child(e, "showunits", "0");
        Xml.child(e, "unitsleft", "0");
    }

    private static Element textNode(Element a, String name, String text) {
        Element t = a.getOwnerDocument().createElement(name);
        t.setTextContent(text);
        return t;
    }

    private static void ordering(Element e, Question.Ordering o) {
        Xml.child(e, "layouttype", "VERTICAL");
        Xml.child(e, "selecttype", "ALL");
        Xml.child(e, "selectcount", "0");
        Xml.child(e, "gradingtype", "ABSOLUTE_POSITION");
        Xml.child(e, "showgrading", "SHOW");
        Xml.child(e, "numberingstyle", "none");
        combinedFeedback(e);
        for (int i = 0; i < o.items().size(); i++) {
            answer(e, Integer.toString(i + 1), Html.escape(o.items().get(i)), "");
        }
    }

    /** Moodle's matching keeps one answer per sub-question, so two lefts sharing a right simply repeat it. */
    private static void matching(Element e, Question.Matching m) {
        Xml.child(e, "shuffleanswers", "true");
        combinedFeedback(e);
        for (Question.Pair p : m.pairs()) {
            Element sub = Xml.child(e, "subquestion");
            sub.setAttribute("format", "html");
            Xml.child(sub, "text", Html.escape(p.left()));
            Xml.child(Xml.child(sub, "answer"), "text", p.right());
        }
    }

    /**
     * One marker, named after the region, to drop on the figure; the drop zones are the region's painted outline.
     * A re-import finds the region again by that name among the figure's hotspots.
     */
    private void hotspot(Element e, Question.Hotspot h) {
        Figure figure = content.figure(h.figure()).orElseThrow();
        Figure.Hotspot region = figure.hotspot(h.region()).orElseThrow();
        Xml.child(e, "showmisplaced");
        combinedFeedback(e);
        Element file = Xml.child(e, "file", pngs.computeIfAbsent(figure.id(), id -> Base64.getEncoder().encodeToString(FigureRaster.png(figure).png())));
        file.setAttribute("name", figure.id() + ".png");
        file.setAttribute("path", "/");
        file.setAttribute("encoding", "base64");
        Element drag = Xml.child(e, "drag");
        Xml.child(drag, "no", "1");
        Xml.child(drag, "text", region.name());
        Xml.child(drag, "noofdrags", "1");
        int no = 1;
        for (FigureRaster.Polygon piece : regions(figure).get(h.region())) {
            Element drop = Xml.child(e, "drop");
            Xml.child(drop, "no", Integer.toString(no++));
            Xml.child(drop, "shape", "polygon");
            Xml.child(drop, "coords", piece.moodleCoords());
            Xml.child(drop, "choice", "1");
        }
    }

    private final Map<String, Map<String, List<FigureRaster.Polygon>>> regions = new java.util.HashMap<>();
    private final Map<String, String> pngs = new java.util.HashMap<>();

    private Map<String, List<FigureRaster.Polygon>> regions(Figure figure) {
        return regions.computeIfAbsent(figure.id(), id -> FigureRaster.regions(figure));
    }

    private static void combinedFeedback(Element e) {
        html(e, "correctfeedback", "<p>Your answer is correct.</p>");
        html(e, "partiallycorrectfeedback", "<p>Your answer is partially correct.</p>");
        html(e, "incorrectfeedback", "<p>Your answer is incorrect.</p>");
        Xml.child(e, "shownumcorrect");
    }

    private static Element answer(Element e, String fraction, String htmlText, String feedbackHtml) {
        Element a = Xml.child(e, "answer");
        a.setAttribute("fraction", fraction);
        a.setAttribute("format", "html");
        Xml.child(a, "text", htmlText);
        Element f = Xml.child(a, "feedback");
        f.setAttribute("format", "html");
        Xml.child(f, "text", feedbackHtml);
        return a;
    }

    private static void html(Element parent, String name, String htmlText) {
        Element e = Xml.child(parent, name);
        e.setAttribute("format", "html");
        Xml.child(e, "text", htmlText);
    }

    /** What categories cannot hold: every zone, topic and page, the difficulty, a number's sensible range. */
    private static void tags(Element e, Question q) {
        List<String> tags = new ArrayList<>();
        tags.add("difficulty:" + q.difficulty());
        q.zones().forEach(z -> tags.add("zone:" + z));
        q.topics().forEach(t -> tags.add("topic:" + t));
        q.pages().forEach(p -> tags.add("page:" + p));
        if (q.key() instanceof Question.Numeric n && n.range() != null && !n.range().isEmpty()) {
            tags.add("range:" + String.join("..", n.range().stream().map(Xml::number).toList()));
        }
        Element t = Xml.child(e, "tags");
        tags.forEach(tag -> Xml.child(Xml.child(t, "tag"), "text", tag));
    }
}
