package org.pedalatlas.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The short hash of an English item's translatable fields that a translation names in {@code from:}. When the
 * English wording changes, the hash changes and the translation is stale. Ids, keys, zones and references are not
 * hashed: they are not translated, so changing them does not make a translation wrong.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(GlossaryTerm t) {
        return hash(List.of(t.term(), t.expansion(), String.join("|", t.aliases()), t.definition()));
    }

    public static String of(AtlasPage p) {
        return hash(List.of(p.title(), p.summary(), p.markdown()));
    }

    public static String of(ZoneMap map) {
        StringBuilder all = new StringBuilder();
        map.intro().forEach(s -> all.append(s.text()).append('\u0000'));
        map.lines().forEach(l -> all.append(l.id()).append('|').append(l.name()).append('|').append(l.landmark())
                .append('\u0000'));
        return hash(List.of(all.toString()));
    }

    public static String of(Question q) {
        StringBuilder key = new StringBuilder();
        switch (q.key()) {
            case Question.SingleChoice k -> k.options().forEach(o -> key.append(o.text()).append('|').append(o.why()).append('\u0000'));
            case Question.MultipleChoice k -> k.options().forEach(o -> key.append(o.text()).append('|').append(o.why()).append('\u0000'));
            case Question.TrueFalse k -> key.append("");
            case Question.Numeric k -> key.append("");
            case Question.Ordering k -> k.items().forEach(i -> key.append(i).append('\u0000'));
            case Question.Matching k -> k.pairs().forEach(p -> key.append(p.left()).append('|').append(p.right()).append('\u0000'));
            case Question.Hotspot k -> key.append("");
        }
        return hash(List.of(q.stem(), q.explanation(), key.toString()));
    }

    private static String hash(List<String> parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
