package org.pedalatlas.trees;

/** A source reference ready to show: the section's reader-facing label and the exact passage. */
public record SourceNote(String label, String passage) {
}
