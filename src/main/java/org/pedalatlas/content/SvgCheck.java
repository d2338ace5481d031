package org.pedalatlas.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an authored SVG with a real XML parser (no DTDs, no entities) and rejects anything that could run code
 * or fetch something when the drawing is placed in a page: script and foreignObject elements, event-handler
 * attributes, javascript: URLs, hrefs that are not to an element of the same drawing, external CSS. The drawings
 * are inlined into the atlas's pages, so this is what stands between an authored file and the learner's browser.
 */
final class SvgCheck {

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Set<String> FORBIDDEN = Set.of("script", "foreignobject", "iframe", "embed", "object",
            "handler", "listener", "audio", "video", "canvas");
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatetransform", "animatemotion");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?\\s*(?!#)", Pattern.CASE_INSENSITIVE);

    /** What is wrong at a line of the drawing. */
    record Issue(int line, String message, String hint) {
    }

    /** The element ids of a drawing that passed, or the issues of one that did not. */
    record Result(Set<String> ids, List<Issue> issues) {
        boolean ok() {
            return issues.isEmpty();
        }
    }

    Result check(String svg) {
        Set<String> ids = new LinkedHashSet<>();
        List<Issue> issues = new ArrayList<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new StringReader(svg));
            boolean root = true;
            String inStyle = null;
            while (xml.hasNext()) {
                int event = xml.next();
                int line = xml.getLocation().getLineNumber();
                switch (event) {
                    case XMLStreamConstants.DTD -> issues.add(new Issue(line, "a DOCTYPE is not allowed",
                            "start the file with <svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"…\">"));
                    case XMLStreamConstants.ENTITY_REFERENCE -> issues.add(new Issue(line,
                            "entity reference '&" + xml.getLocalName() + ";' is not allowed", "write the character itself"));
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> issues.add(new Issue(line,
                            "processing instruction '<?" + xml.getPITarget() + "' is not allowed",
                            "styles belong in the drawing's own <style> or attributes"));
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = xml.getLocalName().toLowerCase(Locale.ROOT);
                        if (root) {
                            root = false;
                            if (!name.equals("svg") || !SVG_NS.equals(xml.getNamespaceURI())) {
                                issues.add(new Issue(line, "the root element is not an SVG <svg>",
                                        "use <svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"…\">"));
                            } else if (xml.getAttributeValue(null, "viewBox") == null) {
                                issues.add(new Issue(line, "the <svg> has no viewBox",
                                        "a viewBox lets the viewer zoom and scale the drawing crisply"));
                            }
                        }
                        element(xml, name, line, ids, issues);
                        inStyle = name.equals("style") ? "" : null;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (inStyle != null) {
                            css(xml.getText(), "<style>", line, issues);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> inStyle = null;
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            issues.add(new Issue(line, "not well-formed XML: " + firstLine(e.getMessage()),
                    "check that every tag is closed and attribute values are quoted"));
        } finally {
            close(xml);
        }
        return new Result(Set.copyOf(ids), List.copyOf(issues));
    }

    private static void element(XMLStreamReader xml, String name, int line, Set<String> ids, List<Issue> issues) {
        if (FORBIDDEN.contains(name)) {
            issues.add(new Issue(line, "<" + xml.getLocalName() + "> is not allowed in a figure",
                    "figures are drawings only: no scripts, embedded HTML or embedded media"));
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String attribute = xml.getAttributeLocalName(i).toLowerCase(Locale.ROOT);
            String value = xml.getAttributeValue(i);
            String compact = value.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
            if (attribute.startsWith("on")) {
                issues.add(new Issue(line, "event attribute '" + xml.getAttributeLocalName(i) + "' on <"
                        + xml.getLocalName() + "> is not allowed", "the viewer adds all behaviour; remove the attribute"));
            } else if (compact.contains("javascript:") || compact.contains("data:text/html")) {
                issues.add(new Issue(line, "script URL in attribute '" + xml.getAttributeLocalName(i) + "'",
                        "remove it: figures may not contain script"));
            } else if (attribute.equals("href") && !value.startsWith("#")) {
                issues.add(new Issue(line, "external href '" + value + "' on <" + xml.getLocalName() + ">",
                        "a figure may only refer to its own elements (href=\"#id\"); draw the content instead"));
            } else if (attribute.equals("style")) {
                css(value, "style attribute", line, issues);
            } else if (attribute.equals("attributename") && ANIMATIONS.contains(name)
                    && (compact.equals("href") || compact.startsWith("on") || compact.equals("xlink:href"))) {
                issues.add(new Issue(line, "<" + xml.getLocalName() + "> may not change '" + value + "'",
                        "animations may not change links or event attributes"));
            } else if (attribute.equals("id")) {
                if (!ids.add(value)) {
                    issues.add(new Issue(line, "duplicate id '" + value + "'", "element ids are unique in a drawing"));
                }
            }
        }
    }

    private static void css(String css, String where, int line, List<Issue> issues) {
        String lower = css.toLowerCase(Locale.ROOT);
        if (lower.contains("@import") || CSS_URL.matcher(css).find() || lower.contains("expression(")
                || lower.replaceAll("\\s", "").contains("javascript:")) {
            issues.add(new Issue(line, "the " + where + " loads something from outside the drawing",
                    "CSS in a figure may only use url(#id) of its own gradients and markers"));
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().reduce((a, b) -> b).orElse(message).strip();
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // nothing left to read
            }
        }
    }
}
