package org.pedalatlas.search;

/** What the index holds for one item: plain text fields, where a hit leads, and its kind as a bundle key. */
record SearchDocument(String title, String kind, String href, String summary, String body) {
}
