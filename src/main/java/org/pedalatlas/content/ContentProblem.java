package org.pedalatlas.content;

/**
 * One thing wrong with a content file. {@code line} is 1-based, 0 when no line can be named;
 * {@code field} is the YAML path or body part that is wrong.
 */
public record ContentProblem(String file, int line, String field, String message, String hint) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        if (field != null && !field.isBlank()) {
            text.append(" [").append(field).append(']');
        }
        text.append(": ").append(message);
        if (hint != null && !hint.isBlank()) {
            text.append(" — hint: ").append(hint);
        }
        return text.toString();
    }
}
