package org.pedalatlas.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Rules for ids written in content files. */
public final class ContentIds {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    // Compiled once: the page renderer slugs every glossary term for every match on every page at start-up, and
    // String.replaceAll compiling these each time was the largest share of the atlas's start-up (JFR, 2026-12-07).
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASH = Pattern.compile("(^-|-$)");

    private ContentIds() {
    }

    public static String slug(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String dashed = NOT_ALNUM.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        return EDGE_DASH.matcher(dashed).replaceAll("");
    }
}
