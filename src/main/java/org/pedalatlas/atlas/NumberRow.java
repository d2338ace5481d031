package org.pedalatlas.atlas;

import java.util.List;

/** One row of the drug, dose and size card: a number exactly as the source gives it, and where it is taught. */
public record NumberRow(String id, String category, String what, String value, String purpose, List<PageLink> pages,
                        String sourceHtml) {

    public String categoryLabel() {
        return categoryLabel(category);
    }

    /** The heading a number category is shown under, on the card page and on the printed pocket card. */
    public static String categoryLabel(String category) {
        return switch (category) {
            case "drug" -> "Vasodilators";
            case "anticoagulation" -> "Anticoagulation";
            case "device" -> "Needles, wires and devices";
            case "distance" -> "Distances";
            case "time" -> "Times";
            case "rate" -> "Rates";
            default -> category;
        };
    }
}
