package org.pedalatlas.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.pedalatlas.content.AtlasContent;
import org.pedalatlas.content.Figure;
import org.pedalatlas.content.Question;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An IMS QTI 2.1 content package: {@code imsmanifest.xml}, one item file per question under {@code items/}, the
 * figures of hotspot questions as PNG under {@code images/}. 2.1 rather than 3.0 because it is the version Canvas,
 * Blackboard and Brightspace import today, and the one whose published schemas validate offline in our tests.
 * Every item keeps per-option feedback inline and the explanation with its cited passage as modal feedback.
 */
final class QtiPackageWriter {

    static final String QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String CP = "http://www.imsglobal.org/xsd/imscp_v1p1";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final AtlasContent content;
    private final Map<String, Map<String, List<FigureRaster.Polygon>>> regions = new LinkedHashMap<>();
    private final Map<String, FigureRaster.Drawing> drawings = new LinkedHashMap<>();

    QtiPackageWriter(AtlasContent content) {
        this.content = content;
    }

    byte[] write(List<Question> questions) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Document manifest = Xml.newDocument();
        manifest.appendChild(manifest.createComment(" Pedal Access Atlas question bank, content version "
                + content.version() + ", " + questions.size() + " questions "));
        Element root = manifest.createElementNS(CP, "manifest");
        manifest.appendChild(root);
        root.setAttribute("identifier", "pedal-atlas-" + content.version());
        root.setAttributeNS(XSI, "xsi:schemaLocation",
                CP + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd " + QTI + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd");
        Element metadata = Xml.child(root, "metadata");
        Xml.child(metadata, "schema", "QTIv2.1 Package");
        Xml.child(metadata, "schemaversion", "1.0.0");
        Xml.child(root, "organizations");
        Element resources = Xml.child(root, "resources");
        for (Question q : questions) {
            String href = "items/" + q.id() + ".xml";
            Element resource = Xml.child(resources, "resource");
            resource.setAttribute("identifier", "res-" + q.id());
            resource.setAttribute("type", "imsqti_item_xmlv2p1");
            resource.setAttribute("href", href);
            Xml.child(resource, "file").setAttribute("href", href);
            if (q.key() instanceof Question.Hotspot h) {
                String image = "images/" + h.figure() + ".png";
                Xml.child(resource, "file").setAttribute("href", image);
                files.computeIfAbsent(image, i -> drawing(figure(h)).png());
            }
            files.put(href, Xml.bytes(item(q)));
        }
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("imsmanifest.xml", Xml.bytes(manifest));
        all.putAll(files);
        return zip(all);
    }

    Document item(Question q) {
        Document doc = Xml.newDocument();
        doc.appendChild(doc.createComment(" Pedal Access Atlas, content version " + content.version() + " "));
        Element item = doc.createElementNS(QTI, "assessmentItem");
        doc.appendChild(item);
        item.setAttributeNS(XSI, "xsi:schemaLocation", QTI + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd");
        item.setAttribute("identifier", q.id());
        item.setAttribute("title", q.id());
        item.setAttribute("adaptive", "false");
        item.setAttribute("timeDependent", "false");
        Element response = Xml.child(item, "responseDeclaration");
        response.setAttribute("identifier", "RESPONSE");
        outcome(item, "SCORE", "single", "float").appendChild(defaultValue(doc, "0"));
        outcome(item, "MAXSCORE", "single", "float").appendChild(defaultValue(doc, "1"));
        outcome(item, "FEEDBACK", "multiple", "identifier");
        outcome(item, "GENERAL", "single", "identifier");
        Element body = Xml.child(item, "itemBody");
        Element rp = doc.createElementNS(QTI, "responseProcessing");
        boolean mapped = switch (q.key()) {
            case Question.SingleChoice s -> choices(response, body, q, s.options(), true);
            case Question.MultipleChoice m -> choices(response, body, q, m.options(), false);
            case Question.TrueFalse t -> choices(response, body, q, List.of(
                    new Question.Option("True", t.answer(), null), new Question.Option("False", !t.answer(), null)), true);
            case Question.Numeric n -> numeric(response, body, q, n);
            case Question.Ordering o -> ordering(response, body, q, o);
            case Question.Matching m -> matching(response, body, q, m);
            case Question.Hotspot h -> hotspot(response, body, q, h);
        };
        boolean options = q.key() instanceof Question.SingleChoice || q.key() instanceof Question.MultipleChoice
                || q.key() instanceof Question.TrueFalse;
        score(rp, q.key() instanceof Question.Numeric n ? numericMatch(rp, n) : null, mapped, options);
        item.appendChild(rp);
        Element modal = Xml.child(item, "modalFeedback");
        modal.setAttribute("outcomeIdentifier", "GENERAL");
        modal.setAttribute("identifier", "EXPLANATION");
        modal.setAttribute("showHide", "show");
        modal.setAttribute("title", "Explanation");
        Xml.child(modal, "p", q.explanation());
        Element cite = Xml.child(modal, "p", "Source: " + content.source().journal() + ", "
                + content.source().section(q.src().section()).label() + ": ");
        Xml.child(cite, "q", q.src().passage());
        cite.appendChild(doc.createTextNode(" " + content.source().doiUrl()));
        return doc;
    }

    private boolean choices(Element response, Element body, Question q, List<Question.Option> options, boolean single) {
        declare(response, single ? "single" : "multiple", "identifier");
        Element interaction = Xml.child(body, "choiceInteraction");
        interaction.setAttribute("responseIdentifier", "RESPONSE");
        interaction.setAttribute("shuffle", "true");
        interaction.setAttribute("maxChoices", single ? "1" : "0");
        Xml.child(interaction, "prompt", q.stem());
        Element correct = Xml.child(response, "correctResponse");
        long right = options.stream().filter(Question.Option::correct).count();
        long wrong = options.size() - right;
        Element mapping = single ? null : mapping(response);
        for (int i = 0; i < options.size(); i++) {
            Question.Option o = options.get(i);
            String id = "c" + (i + 1);
            Element choice = Xml.child(interaction, "simpleChoice", o.text());
            choice.setAttribute("identifier", id);
            if (o.why() != null && !o.why().isBlank()) {
                Element fb = Xml.child(choice, "feedbackInline", " " + o.why());
                fb.setAttribute("outcomeIdentifier", "FEEDBACK");
                fb.setAttribute("identifier", id);
                fb.setAttribute("showHide", "show");
            }
            if (o.correct()) {
                Xml.child(correct, "value", id);
            }
            if (mapping != null) {
                Element entry = Xml.child(mapping, "mapEntry");
                entry.setAttribute("mapKey", id);
                entry.setAttribute("mappedValue", Xml.number(o.correct() ? 1.0 / right : -1.0 / wrong));
            }
        }
        return !single;
    }

    private boolean numeric(Element response, Element body, Question q, Question.Numeric n) {
        declare(response, "single", "float");
        Xml.child(Xml.child(response, "correctResponse"), "value", Xml.number(n.value()));
        Xml.child(body, "p", q.stem());
        Element p = Xml.child(body, "p", "Answer: ");
        Element entry = Xml.child(p, "textEntryInteraction");
        entry.setAttribute("responseIdentifier", "RESPONSE");
        entry.setAttribute("expectedLength", "8");
        if (n.unit() != null && !n.unit().isBlank()) {
            p.appendChild(p.getOwnerDocument().createTextNode(" " + n.unit()));
        }
        return false;
    }

    private boolean ordering(Element response, Element body, Question q, Question.Ordering o) {
        declare(response, "ordered", "identifier");
        Element correct = Xml.child(response, "correctResponse");
        Element interaction = Xml.child(body, "orderInteraction");
        interaction.setAttribute("responseIdentifier", "RESPONSE");
        interaction.setAttribute("shuffle", "true");
        Xml.child(interaction, "prompt", q.stem());
        for (int i = 0; i < o.items().size(); i++) {
            Xml.child(interaction, "simpleChoice", o.items().get(i)).setAttribute("identifier", "i" + (i + 1));
            Xml.child(correct, "value", "i" + (i + 1));
        }
        return false;
    }

    /** Several prompts may share one answer: that answer may then be matched as often as it is shared. */
    private boolean matching(Element response, Element body, Question q, Question.Matching m) {
        declare(response, "multiple", "directedPair");
        Element correct = Xml.child(response, "correctResponse");
        Element mapping = mapping(response);
        Element interaction = Xml.child(body, "matchInteraction");
        interaction.setAttribute("responseIdentifier", "RESPONSE");
        interaction.setAttribute("shuffle", "true");
        interaction.setAttribute("maxAssociations", Integer.toString(m.pairs().size()));
        Xml.child(interaction, "prompt", q.stem());
        Element lefts = Xml.child(interaction, "simpleMatchSet");
        Element rights = Xml.child(interaction, "simpleMatchSet");
        List<String> distinct = m.distinctRights();
        for (int i = 0; i < m.pairs().size(); i++) {
            Element left = Xml.child(lefts, "simpleAssociableChoice", m.pairs().get(i).left());
            left.setAttribute("identifier", "l" + (i + 1));
            left.setAttribute("matchMax", "1");
            String pair = "l" + (i + 1) + " r" + (distinct.indexOf(m.pairs().get(i).right()) + 1);
            Xml.child(correct, "value", pair);
            Element entry = Xml.child(mapping, "mapEntry");
            entry.setAttribute("mapKey", pair);
            entry.setAttribute("mappedValue", Xml.number(1.0 / m.pairs().size()));
        }
        for (int i = 0; i < distinct.size(); i++) {
            String right = distinct.get(i);
            Element choice = Xml.child(rights, "simpleAssociableChoice", right);
            choice.setAttribute("identifier", "r" + (i + 1));
            choice.setAttribute("matchMax", Long.toString(m.pairs().stream().filter(p -> p.right().equals(right)).count()));
        }
        return true;
    }

    /** Every region of the figure is a choice, as in the app; a region drawn in several pieces is several choices. */
    private boolean hotspot(Element response, Element body, Question q, Question.Hotspot h) {
        declare(response, "single", "identifier");
        Figure figure = figure(h);
        FigureRaster.Drawing drawing = drawing(figure);
        Element correct = Xml.child(response, "correctResponse");
        Element mapping = mapping(response);
        Element interaction = Xml.child(body, "hotspotInteraction");
        interaction.setAttribute("responseIdentifier", "RESPONSE");
        interaction.setAttribute("maxChoices", "1");
        Xml.child(interaction, "prompt", q.stem());
        Element object = Xml.child(interaction, "object", "Figure: " + figure.title() + ". Choose a region.");
        object.setAttribute("type", "image/png");
        object.setAttribute("data", "../images/" + figure.id() + ".png");
        object.setAttribute("width", Integer.toString(drawing.width()));
        object.setAttribute("height", Integer.toString(drawing.height()));
        int n = 0;
        for (Map.Entry<String, List<FigureRaster.Polygon>> region : regions(figure).entrySet()) {
            for (FigureRaster.Polygon piece : region.getValue()) {
                String id = "h" + (++n);
                Element choice = Xml.child(interaction, "hotspotChoice");
                choice.setAttribute("identifier", id);
                choice.setAttribute("shape", "poly");
                choice.setAttribute("coords", piece.qtiCoords());
                choice.setAttribute("hotspotLabel", "Region " + n);
                if (region.getKey().equals(h.region())) {
                    if (!correct.hasChildNodes()) {
                        Xml.child(correct, "value", id);
                    }
                    Element entry = Xml.child(mapping, "mapEntry");
                    entry.setAttribute("mapKey", id);
                    entry.setAttribute("mappedValue", "1");
                }
            }
        }
        return true;
    }

    private Figure figure(Question.Hotspot h) {
        return content.figure(h.figure()).orElseThrow();
    }

    private FigureRaster.Drawing drawing(Figure figure) {
        return drawings.computeIfAbsent(figure.id(), id -> FigureRaster.png(figure));
    }

    private Map<String, List<FigureRaster.Polygon>> regions(Figure figure) {
        return regions.computeIfAbsent(figure.id(), id -> FigureRaster.regions(figure));
    }

    private static void declare(Element response, String cardinality, String baseType) {
        response.setAttribute("cardinality", cardinality);
        response.setAttribute("baseType", baseType);
    }

    private static Element mapping(Element response) {
        Element mapping = Xml.child(response, "mapping");
        mapping.setAttribute("lowerBound", "0");
        mapping.setAttribute("upperBound", "1");
        mapping.setAttribute("defaultValue", "0");
        return mapping;
    }

    private static Element outcome(Element item, String id, String cardinality, String baseType) {
        Element o = Xml.child(item, "outcomeDeclaration");
        o.setAttribute("identifier", id);
        o.setAttribute("cardinality", cardinality);
        o.setAttribute("baseType", baseType);
        return o;
    }

    private static Element defaultValue(Document doc, String value) {
        Element d = doc.createElementNS(QTI, "defaultValue");
        Element v = doc.createElementNS(QTI, "value");
        v.setTextContent(value);
        d.appendChild(v);
        return d;
    }

    /** A number is right within its tolerance either side; an empty answer is never right. */
    private static Element numericMatch(Element rp, Question.Numeric n) {
        Element equal = rp.getOwnerDocument().createElementNS(QTI, "equal");
        equal.setAttribute("toleranceMode", "absolute");
        equal.setAttribute("tolerance", Xml.number(n.tolerance()) + " " + Xml.number(n.tolerance()));
        Xml.child(equal, "variable").setAttribute("identifier", "RESPONSE");
        Xml.child(equal, "correct").setAttribute("identifier", "RESPONSE");
        return equal;
    }

    /**
     * Scores the response (a mapped sum for partial credit, else right or wrong), shows each chosen option's
     * feedback, and always shows the explanation.
     */
    private static void score(Element rp, Element condition, boolean mapped, boolean optionFeedback) {
        if (mapped) {
            Element set = Xml.child(rp, "setOutcomeValue");
            set.setAttribute("identifier", "SCORE");
            Xml.child(set, "mapResponse").setAttribute("identifier", "RESPONSE");
        } else {
            Element when = Xml.child(Xml.child(rp, "responseCondition"), "responseIf");
            if (condition == null) {
                condition = rp.getOwnerDocument().createElementNS(QTI, "match");
                Xml.child(condition, "variable").setAttribute("identifier", "RESPONSE");
                Xml.child(condition, "correct").setAttribute("identifier", "RESPONSE");
            }
            when.appendChild(condition);
            Element set = Xml.child(when, "setOutcomeValue");
            set.setAttribute("identifier", "SCORE");
            Xml.child(set, "baseValue", "1").setAttribute("baseType", "float");
        }
        if (optionFeedback) {
            Element feedback = Xml.child(Xml.child(rp, "responseCondition"), "responseIf");
            Element isNull = Xml.child(Xml.child(feedback, "not"), "isNull");
            Xml.child(isNull, "variable").setAttribute("identifier", "RESPONSE");
            Element setFeedback = Xml.child(feedback, "setOutcomeValue");
            setFeedback.setAttribute("identifier", "FEEDBACK");
            Element multiple = Xml.child(setFeedback, "multiple");
            Xml.child(multiple, "variable").setAttribute("identifier", "RESPONSE");
        }
        Element general = Xml.child(rp, "setOutcomeValue");
        general.setAttribute("identifier", "GENERAL");
        Xml.child(general, "baseValue", "EXPLANATION").setAttribute("baseType", "identifier");
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

}
