package org.pedalatlas.content;

/** A translated item whose English original has changed: {@code from} is what it names, {@code now} the current one. */
public record StaleTranslation(String file, int line, String id, String from, String now) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + " [" + id + "]: translated from " + from
                + ", the English is now " + now + " — update the translation, then set from: " + now;
    }
}
