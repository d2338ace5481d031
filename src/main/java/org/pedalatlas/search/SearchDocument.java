package org.pedalatlas.search;

/** What the index holds for one item: plain text fields and where a hit leads. */
record SearchDocument(String title, String kind, String href, String summary, String body) {
}
