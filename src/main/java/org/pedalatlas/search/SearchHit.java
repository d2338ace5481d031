package org.pedalatlas.search;

/** One search result: where it leads and a snippet whose matches are wrapped in {@code <mark>} (HTML-escaped). */
public record SearchHit(String title, String kind, String href, String snippetHtml) {
}
