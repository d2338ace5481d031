package org.pedalatlas.export;

import org.pedalatlas.base.Words;

/** The formats the bank exports to, with the file each one downloads as. */
public enum ExportFormat {
    MOODLE_XML("Moodle XML", "xml", "application/xml"),
    GIFT("GIFT (Moodle, other LMSs)", "gift.txt", "text/plain;charset=UTF-8"),
    QTI("IMS QTI 2.1 package (Canvas, Blackboard, Brightspace)", "qti21.zip", "application/zip");

    private final String label;
    private final String extension;
    private final String mediaType;

    ExportFormat(String label, String extension, String mediaType) {
        this.label = label;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String label() {
        return Words.get("export.format." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
