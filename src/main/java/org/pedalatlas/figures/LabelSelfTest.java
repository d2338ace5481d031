package org.pedalatlas.figures;

import org.pedalatlas.base.Words;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.pedalatlas.figures.FigureRecords.Hotspot;

/**
 * The label self-test of one figure: labels are hidden; the learner selects a region and names it, or names a
 * hidden region outright. Each region counts once; the score is right answers out of all regions.
 */
public final class LabelSelfTest {

    /** What happened to an answer: the region it concerned (if any), whether it was right, and a message. */
    public record Outcome(Optional<Hotspot> region, boolean right, boolean counted, String message) {
    }

    private final Map<String, Hotspot> regions = new LinkedHashMap<>();
    private final Map<String, Boolean> answered = new LinkedHashMap<>();
    private String selected;

    public LabelSelfTest(List<Hotspot> hotspots) {
        hotspots.forEach(h -> regions.put(h.id(), h));
    }

    /** Selects a region to name; false if it is unknown or already answered. */
    public boolean select(String regionId) {
        if (!regions.containsKey(regionId) || answered.containsKey(regionId)) {
            return false;
        }
        selected = regionId;
        return true;
    }

    public Optional<String> selected() {
        return Optional.ofNullable(selected);
    }

    public Outcome answer(String typed) {
        String name = normal(typed);
        if (name.isEmpty()) {
            return new Outcome(Optional.empty(), false, false, Words.get("figures.self-test.type-first"));
        }
        if (selected != null) {
            Hotspot region = regions.get(selected);
            boolean right = matches(region, name);
            answered.put(selected, right);
            selected = null;
            return new Outcome(Optional.of(region), right, true,
                    right ? Words.get("figures.self-test.right", region.name())
                            : Words.get("figures.self-test.not-quite", region.name()));
        }
        Optional<Hotspot> found = regions.values().stream()
                .filter(h -> !answered.containsKey(h.id()) && matches(h, name)).findFirst();
        found.ifPresent(h -> answered.put(h.id(), true));
        return found.map(h -> new Outcome(Optional.of(h), true, true, Words.get("figures.self-test.found", h.name())))
                .orElseGet(() -> new Outcome(Optional.empty(), false, false,
                        Words.get("figures.self-test.no-region")));
    }

    public int right() {
        return (int) answered.values().stream().filter(Boolean::booleanValue).count();
    }

    public int answered() {
        return answered.size();
    }

    public int total() {
        return regions.size();
    }

    public boolean finished() {
        return answered.size() == regions.size();
    }

    private static boolean matches(Hotspot region, String name) {
        return normal(region.name()).equals(name) || region.aliases().stream().map(LabelSelfTest::normal).anyMatch(name::equals);
    }

    static String normal(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        return plain.replaceAll(" (artery|arteries)$", "").replaceAll("^the ", "");
    }
}
