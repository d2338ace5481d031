package org.pedalatlas.content;

import org.pedalatlas.base.Words;

import java.util.List;

/** One line of a vessel card (depth, guidance, needle…), with the key of its provenance reference. */
public record CardFact(String key, String text, String src) {

    /** The card keys in display order, with the label readers see. */
    public static final List<String> KEYS = List.of("caliber", "depth", "bone-support", "calcification", "mobility",
            "guidance", "projection", "approach", "needle", "wire", "sheath", "hemostasis", "pitfalls");

    public String label() {
        return switch (key) {
            case "bone-support", "pitfalls", "caliber", "depth", "calcification", "mobility", "guidance", "projection",
                    "approach", "needle", "wire", "sheath", "hemostasis" -> Words.get("atlas.card." + key);
            default -> Character.toUpperCase(key.charAt(0)) + key.substring(1);
        };
    }
}
