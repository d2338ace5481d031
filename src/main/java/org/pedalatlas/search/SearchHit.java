package org.pedalatlas.search;

/**
 * One search result: where it leads and a snippet whose matches are wrapped in {@code <mark>} (HTML-escaped). The
 * kind is the bundle key of the item's kind (a page kind, the glossary, the number card), named in the reader's
 * language where it is shown: the index is built once at start, before any reader's language is known.
 */
public record SearchHit(String title, String kind, String href, String snippetHtml) {
}
