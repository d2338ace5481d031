package org.pedalatlas.content;

/** A provenance reference: a section id of the source review and a passage copied from it word for word. */
public record SourceRef(String section, String passage) {
}
