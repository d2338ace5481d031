package org.pedalatlas.quiz;

import java.util.List;

import org.pedalatlas.content.Question;
import org.pedalatlas.content.SourceRef;

/** Small questions for scoring tests. */
final class Questions {

    private static final SourceRef SRC = new SourceRef("calcification", "NTG (bolus of 200 microgr)");

    private Questions() {
    }

    static Question of(Question.Type type, List<Question.Option> options, Boolean answer, Question.Numeric numeric,
                       List<String> order, List<Question.Pair> pairs, Question.Hotspot hotspot) {
        return new Question("q-" + type.name().toLowerCase(), type, 1, List.of(), List.of("drugs"), List.of("p"),
                "Stem?", "Explanation.", SRC, options, answer, numeric, order, pairs, hotspot, "questions/t.yml");
    }

    static Question single() {
        return of(Question.Type.SINGLE, List.of(opt("NTG", true), opt("Heparin", false), opt("Saline", false)),
                null, null, List.of(), List.of(), null);
    }

    static Question multiple() {
        return of(Question.Type.MULTIPLE, List.of(opt("NTG", true), opt("Verapamil", true), opt("Papaverine", true),
                opt("Saline", false), opt("Contrast", false)), null, null, List.of(), List.of(), null);
    }

    static Question numeric() {
        return of(Question.Type.NUMERIC, List.of(), null, new Question.Numeric(200, 0, "µg",
                List.of("µg", "mcg", "microgram", "microgr", "ug"), List.of(0.0, 1000.0)), List.of(), List.of(), null);
    }

    static Question ordering() {
        return of(Question.Type.ORDERING, List.of(), null, null, List.of("A", "B", "C", "D", "E"), List.of(), null);
    }

    static Question matching() {
        return of(Question.Type.MATCHING, List.of(), null, null, List.of(), List.of(new Question.Pair("DP", "Zone 1"),
                new Question.Pair("PT", "Zone 1"), new Question.Pair("Tarsal", "Zone 2"),
                new Question.Pair("Plantar arch", "Zone 3")), null);
    }

    static Question trueFalse() {
        return of(Question.Type.TRUEFALSE, List.of(), true, null, List.of(), List.of(), null);
    }

    static Question hotspot() {
        return of(Question.Type.HOTSPOT, List.of(), null, null, List.of(), List.of(),
                new Question.Hotspot("foot-zones", "first-metatarsal"));
    }

    private static Question.Option opt(String text, boolean correct) {
        return new Question.Option(text, correct, "Because.");
    }
}
