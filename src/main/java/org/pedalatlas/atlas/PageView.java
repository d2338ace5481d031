package org.pedalatlas.atlas;

import java.util.List;

/**
 * An atlas page ready to show: rendered body HTML (sanitised, with source markers and glossary terms), the vessel
 * card lines, related pages in both directions, the breadcrumb and the learning-path neighbours.
 */
public record PageView(String id, String kind, String title, String summary, List<Integer> zones, String bodyHtml,
                       List<CardLine> card, List<PageLink> related, List<PageLink> breadcrumb, PageLink previous,
                       PageLink next, String sourceFile) {

    /** One line of a vessel card: its label and its rendered text with the source marker. */
    public record CardLine(String label, String html) {
    }
}
