package org.pedalatlas.content;

import java.util.List;
import java.util.Map;

/**
 * The checks every translated item shares: the numbers guard on each field, {@code from} and {@code reviewed-by},
 * and the note the reader sees. One instance per overlay file.
 */
final class OverlayCheck {

    final ContentFile file;
    final String language;
    final String fileReviewer;
    private final Problems problems;
    private final Map<String, TranslationNote> notes;
    private final List<StaleTranslation> stale;

    OverlayCheck(ContentFile file, String language, String fileReviewer, Problems problems,
                 Map<String, TranslationNote> notes, List<StaleTranslation> stale) {
        this.file = file;
        this.language = language;
        this.fileReviewer = fileReviewer;
        this.problems = problems;
        this.notes = notes;
        this.stale = stale;
    }

    void problem(int line, String field, String message, String hint) {
        problems.add(file.path(), line, field, message, hint);
    }

    /** The translated field when present and its numbers agree with the English; otherwise the English. */
    String field(int line, String field, String english, String translated) {
        if (translated == null || translated.isBlank()) {
            return english;
        }
        NumbersGuard.difference(english, translated, language).ifPresent(why -> problem(
                line(field, line), field, "a number differs from the English: " + why,
                "a translation keeps every number, unit and dose of the English (0,5 mg and 0.5 mg are the same)"));
        return translated.strip();
    }

    /** Records the item's note; a missing {@code from} is refused with the fingerprint to write. */
    void item(String key, String id, int line, String from, String reviewedBy, String now) {
        if (from == null || from.isBlank()) {
            problem(line, "from", "'" + id + "' does not say which English version it translates",
                    "add from: " + now + " (the fingerprint of the English item as it stands)");
            return;
        }
        boolean isStale = !from.strip().equals(now);
        if (isStale) {
            stale.add(new StaleTranslation(file.path(), line, id, from.strip(), now));
        }
        boolean reviewed = present(reviewedBy) || present(fileReviewer);
        notes.put(key, new TranslationNote(language, reviewed, isStale));
    }

    /**
     * The line of a field inside an item: the n-th "key:" after the item's line for "options[n].why", the n-th
     * list entry after "order:" for "order[n]"; the item's line when the field cannot be found.
     */
    int line(String field, int itemLine) {
        String last = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        java.util.regex.Matcher index = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(field);
        int n = -1;
        while (index.find()) {
            n = Integer.parseInt(index.group(1));
        }
        String key = last.replaceAll("\\[\\d+]", "");
        int from = Math.max(1, itemLine);
        int found;
        if (last.contains("[")) {
            // order[n]: the n-th line after "order:"
            int list = file.lineOf(key + ":", from);
            found = list > 0 && n >= 0 ? list + 1 + n : list;
        } else {
            found = file.lineOf(key + ":", from);
            for (int i = 0; i < n && found > 0; i++) {
                found = file.lineOf(key + ":", found + 1);
            }
        }
        return found > 0 ? found : itemLine;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
