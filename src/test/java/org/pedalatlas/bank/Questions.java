package org.pedalatlas.bank;

import java.util.List;

import org.pedalatlas.content.Question;
import org.pedalatlas.content.SourceRef;

/** Small questions for scoring tests. */
final class Questions {

    private static final SourceRef SRC = new SourceRef("calcification", "NTG (bolus of 200 microgr)");

    private Questions() {
    }

    static Question of(Question.Key key) {
        return new Question("q-" + key.type().name().toLowerCase(), 1, List.of(), List.of("drugs"), List.of("p"),
                "Stem?", "Explanation.", SRC, key, "questions/t.yml");
    }

    static Question single() {
        return of(new Question.SingleChoice(List.of(opt("NTG", true), opt("Heparin", false), opt("Saline", false))));
    }

    static Question multiple() {
        return of(new Question.MultipleChoice(List.of(opt("NTG", true), opt("Verapamil", true), opt("Papaverine", true),
                opt("Saline", false), opt("Contrast", false))));
    }

    static Question numeric() {
        return of(new Question.Numeric(200, 0, "µg", List.of("µg", "mcg", "microgram", "microgr", "ug"),
                List.of(0.0, 1000.0)));
    }

    static Question ordering() {
        return of(new Question.Ordering(List.of("A", "B", "C", "D", "E")));
    }

    static Question matching() {
        return of(new Question.Matching(List.of(new Question.Pair("DP", "Zone 1"), new Question.Pair("PT", "Zone 1"),
                new Question.Pair("Tarsal", "Zone 2"), new Question.Pair("Plantar arch", "Zone 3"))));
    }

    static Question trueFalse() {
        return of(new Question.TrueFalse(true));
    }

    static Question hotspot() {
        return of(new Question.Hotspot("foot-zones", "first-metatarsal"));
    }

    static List<Question> all() {
        return List.of(single(), multiple(), trueFalse(), numeric(), ordering(), matching(), hotspot());
    }

    private static Question.Option opt(String text, boolean correct) {
        return new Question.Option(text, correct, "Because.");
    }
}
