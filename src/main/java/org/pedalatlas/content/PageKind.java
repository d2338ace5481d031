package org.pedalatlas.content;

import org.pedalatlas.base.Words;

/** The four kinds of atlas page; each lives in its own folder under {@code content/atlas/}. */
public enum PageKind {
    TOPIC("topics", "Topic"),
    ZONE("zones", "Zone"),
    VESSEL("vessels", "Vessel"),
    TECHNIQUE("techniques", "Technique");

    private final String folder;
    private final String label;

    PageKind(String folder, String label) {
        this.folder = folder;
        this.label = label;
    }

    public String folder() {
        return folder;
    }

    public String label() {
        return Words.get(labelKey());
    }

    /** The kind's name in {@code locale}, for HTML written before a page exists. */
    public String label(java.util.Locale locale) {
        return Words.in(locale, labelKey());
    }

    private String labelKey() {
        return "atlas.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
