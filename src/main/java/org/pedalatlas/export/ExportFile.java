package org.pedalatlas.export;

import java.util.List;

/**
 * One export, ready to download or write: its bytes, the questions it holds and the content version they came from.
 * {@code skipped} lists the selected questions the format cannot express, each with why.
 */
public record ExportFile(String fileName, String mediaType, byte[] bytes, int questionCount, String contentVersion,
                         List<Skipped> skipped) {

    /** A selected question left out of an export, and why. */
    public record Skipped(String questionId, String reason) {
    }
}
