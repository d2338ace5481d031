package org.pedalatlas.content;

/** A file being read: its path relative to content/ (for messages) and its text (to name lines). */
record ContentFile(String path, String text) {

    /** The 1-based line of the first line containing {@code needle}, searching from {@code fromLine}; 0 if none. */
    int lineOf(String needle, int fromLine) {
        if (needle == null || needle.isBlank()) {
            return 0;
        }
        String[] lines = text.split("\\R", -1);
        for (int i = Math.max(0, fromLine - 1); i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }

    int lineOf(String needle) {
        return lineOf(needle, 1);
    }
}
