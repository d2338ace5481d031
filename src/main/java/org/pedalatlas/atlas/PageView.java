package org.pedalatlas.atlas;

import java.util.List;

import org.pedalatlas.content.CardFact;
import org.pedalatlas.content.PageKind;

/**
 * An atlas page ready to show (its kind and card facts as types, named in the reader's language when shown): rendered body HTML (sanitised, with source markers and glossary terms), the vessel
 * card lines, related pages in both directions, the breadcrumb and the learning-path neighbours.
 */
public record PageView(String id, PageKind kind, String title, String summary, List<Integer> zones, String bodyHtml,
                       List<CardLine> card, List<PageLink> related, List<PageLink> breadcrumb, PageLink previous,
                       PageLink next, String sourceFile) {

    /** One line of a vessel card: which fact it is and its rendered text with the source marker. */
    public record CardLine(CardFact fact, String html) {

        /** The fact's name in the reader's language (pages are built once, at start, and read in many languages). */
        public String label() {
            return fact.label();
        }
    }
}
