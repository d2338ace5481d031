package org.pedalatlas.content;

/** One heading of the source review; {@code label} is what readers see, e.g. "Specific Features › Zone 2". */
public record SourceSection(String id, String heading, String label) {
}
