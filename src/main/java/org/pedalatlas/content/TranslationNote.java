package org.pedalatlas.content;

/**
 * What a reader is told about a translated item: whether a clinician has reviewed the translation
 * ({@code reviewed-by} recorded) and whether the English has changed since it was translated ({@code from} no
 * longer matches the English fingerprint).
 */
public record TranslationNote(String language, boolean reviewed, boolean stale) {
}
