package org.pedalatlas.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Rules for ids written in content files. */
public final class ContentIds {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ContentIds() {
    }

    public static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
