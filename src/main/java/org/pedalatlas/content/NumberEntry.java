package org.pedalatlas.content;

import java.util.List;

/** One number the source gives (a dose, size, time, distance or rate), exactly as the source gives it. */
public record NumberEntry(String id, String category, String what, String value, String purpose,
                          List<String> pages, SourceRef src) {

    public static final List<String> CATEGORIES =
            List.of("drug", "anticoagulation", "device", "distance", "time", "rate");
}
