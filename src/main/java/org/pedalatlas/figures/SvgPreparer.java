package org.pedalatlas.figures;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.pedalatlas.base.Words;
import org.pedalatlas.content.Figure;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Turns an authored drawing (already checked safe at load) into the markup the viewer inlines: hotspots become
 * focusable, named links; layers, step elements and labels get data attributes the viewer's script and styles use;
 * the numbered callouts are drawn on top. For a question, labels and callouts are removed and hotspot ids replaced
 * by tokens, so nothing in the page names the regions.
 */
final class SvgPreparer {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    String forPage(Figure figure) {
        Document doc = parse(figure.svg());
        Map<String, Element> byId = index(doc);
        Element root = doc.getDocumentElement();
        root.setAttribute("role", "group");
        root.setAttribute("aria-label", figure.alt());
        root.setAttribute("class", "figure-svg");
        figure.layers().forEach(l -> byId.get(l.id()).setAttribute("data-layer", l.id()));
        for (Figure.Hotspot h : figure.hotspots()) {
            Element e = byId.get(h.id());
            e.setAttribute("data-hotspot", h.id());
            e.setAttribute("tabindex", "0");
            e.setAttribute("role", "link");
            e.setAttribute("aria-label", h.name());
            hideTextOutsideName(e, h.name());
            e.setAttribute("class", "hotspot");
            if (h.label() != null) {
                byId.get(h.label()).setAttribute("data-label-for", h.id());
            }
        }
        markSteps(figure, byId);
        if (!figure.callouts().isEmpty()) {
            Element group = doc.createElementNS(SVG_NS, "g");
            group.setAttribute("data-layer", "callouts");
            group.setAttribute("class", "callout-marks");
            group.setAttribute("aria-hidden", "true");
            for (Figure.Callout c : figure.callouts()) {
                group.appendChild(calloutMark(doc, c));
                byId.get(c.anchor()).setAttribute("data-callout", append(byId.get(c.anchor()).getAttribute("data-callout"), c.n()));
            }
            root.appendChild(group);
        }
        return serialize(doc);
    }

    /**
     * A hotspot is named by its hotspot name; drawn text inside it that the name does not contain (the "12" of a
     * clock face) is decoration for a screen reader, and would otherwise make the visible label disagree with the
     * accessible name (WCAG 2.5.3, axe's label-content-name-mismatch).
     */
    private static void hideTextOutsideName(Element hotspot, String name) {
        org.w3c.dom.NodeList texts = hotspot.getElementsByTagNameNS(SVG_NS, "text");
        String lowerName = name.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (!lowerName.contains(text.getTextContent().strip().toLowerCase(java.util.Locale.ROOT))) {
                text.setAttribute("aria-hidden", "true");
            }
        }
    }

    /**
     * A small copy for galleries, as a data URI for an {@code <img>}: an image cannot be focused or scripted and
     * keeps its ids and styles to itself when several figures share a page.
     */
    String thumbnail(Figure figure) {
        Document doc = parse(figure.svg());
        markSteps(figure, index(doc));
        return "data:image/svg+xml;base64," + java.util.Base64.getEncoder()
                .encodeToString(serialize(doc).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * The drawing for a hotspot question; {@code tokenOf} gives each region its one-off token. Made per question
     * shown, so its names for screen readers are in the page's language.
     */
    String forQuestion(Figure figure, Function<String, String> tokenOf) {
        Document doc = parse(figure.svg());
        Map<String, Element> byId = index(doc);
        Element root = doc.getDocumentElement();
        root.setAttribute("role", "group");
        root.setAttribute("aria-label", Words.get("figures.hotspot.svg-label", figure.title()));
        root.setAttribute("class", "figure-svg");
        for (Figure.Layer l : figure.layers()) {
            if (l.id().equals("labels") || l.id().endsWith("-names")) {
                remove(byId.get(l.id()));
            }
        }
        figure.hotspots().stream().filter(h -> h.label() != null && byId.get(h.label()).getParentNode() != null)
                .forEach(h -> remove(byId.get(h.label())));
        List<Figure.Hotspot> regions = figure.hotspots();
        for (int i = 0; i < regions.size(); i++) {
            Element e = byId.get(regions.get(i).id());
            e.removeAttribute("id");
            e.setAttribute("data-hotspot", tokenOf.apply(regions.get(i).id()));
            e.setAttribute("data-region", tokenOf.apply(regions.get(i).id()));
            e.setAttribute("tabindex", "0");
            e.setAttribute("role", "button");
            e.setAttribute("aria-pressed", "false");
            e.setAttribute("aria-label", Words.get("figures.hotspot.region", i + 1));
            e.setAttribute("class", "hotspot");
        }
        stripTitles(doc);
        markSteps(figure, byId);
        stripUnreferencedIds(figure.svg(), byId);
        return serialize(doc);
    }

    /** Ids name things ("needle-18g", "panel-buddy"); in a question only those the drawing itself refers to stay. */
    private static void stripUnreferencedIds(String svg, Map<String, Element> byId) {
        java.util.Set<String> referenced = new java.util.HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:url\\(\\s*['\"]?#|href=\"#)([^)'\"\\s]+)").matcher(svg);
        while (m.find()) {
            referenced.add(m.group(1));
        }
        byId.forEach((id, e) -> {
            if (!referenced.contains(id)) {
                e.removeAttribute("id");
            }
        });
    }

    private static void markSteps(Figure figure, Map<String, Element> byId) {
        Map<String, List<Integer>> stepsOf = new HashMap<>();
        for (int i = 0; i < figure.steps().size(); i++) {
            for (String id : figure.steps().get(i).show()) {
                stepsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
            }
        }
        stepsOf.forEach((id, steps) -> {
            Element e = byId.get(id);
            e.setAttribute("data-steps", " " + String.join(" ", steps.stream().map(String::valueOf).toList()) + " ");
            if (!steps.contains(0)) {
                e.setAttribute("display", "none");
            }
        });
    }

    private static Element calloutMark(Document doc, Figure.Callout c) {
        Element g = doc.createElementNS(SVG_NS, "g");
        g.setAttribute("class", "callout-mark");
        g.setAttribute("data-callout-mark", String.valueOf(c.n()));
        Element circle = doc.createElementNS(SVG_NS, "circle");
        circle.setAttribute("cx", number(c.x()));
        circle.setAttribute("cy", number(c.y()));
        circle.setAttribute("r", "14");
        circle.setAttribute("fill", "#ffffff");
        circle.setAttribute("stroke", "#1b2433");
        circle.setAttribute("stroke-width", "2.5");
        Element text = doc.createElementNS(SVG_NS, "text");
        text.setAttribute("x", number(c.x()));
        text.setAttribute("y", number(c.y() + 5.5));
        text.setAttribute("text-anchor", "middle");
        text.setAttribute("font-size", "16");
        text.setAttribute("font-weight", "700");
        text.setAttribute("font-family", "Helvetica, Arial, sans-serif");
        text.setAttribute("fill", "#1b2433");
        text.setTextContent(String.valueOf(c.n()));
        g.appendChild(circle);
        g.appendChild(text);
        return g;
    }

    private static String append(String existing, int n) {
        return existing == null || existing.isEmpty() ? String.valueOf(n) : existing + " " + n;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static void stripTitles(Document doc) {
        NodeList titles = doc.getElementsByTagNameNS(SVG_NS, "title");
        List<Node> all = new ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            all.add(titles.item(i));
        }
        all.forEach(SvgPreparer::remove);
    }

    private static void remove(Node node) {
        if (node != null && node.getParentNode() != null) {
            node.getParentNode().removeChild(node);
        }
    }

    private static Map<String, Element> index(Document doc) {
        Map<String, Element> byId = new HashMap<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("id")) {
                byId.put(e.getAttribute("id"), e);
            }
        }
        return byId;
    }

    private static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new IllegalStateException("A figure that passed validation could not be parsed", e);
        }
    }

    private static String serialize(Document doc) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write a figure", e);
        }
    }
}
