package org.pedalatlas.content;

/** A file being read: its path relative to content/ (for messages) and its text (to name lines). */
record ContentFile(String path, String text) {

    /** The 1-based line of the first line containing {@code needle}, searching from {@code fromLine}; 0 if none. */
    int lineOf(String needle, int fromLine) {
        if (needle == null || needle.isBlank()) {
            return 0;
        }
        // Walks the lines instead of splitting the whole text per call: the loader asks this for every field it
        // checks, and splitting each time was a tenth of the content load at start-up.
        int line = 0;
        for (java.util.Iterator<String> lines = text.lines().iterator(); lines.hasNext(); ) {
            String current = lines.next();
            line++;
            if (line >= fromLine && current.contains(needle)) {
                return line;
            }
        }
        return 0;
    }

    int lineOf(String needle) {
        return lineOf(needle, 1);
    }
}
