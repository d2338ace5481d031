package org.pedalatlas.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Lays a translated question over its English original: stem, explanation, option texts and their why, ordering
 * items, matching pairs. Lists are translated position by position, so they must be as long as the English ones;
 * the answer key (which option is right, the numeric value, the hotspot) is never translated.
 */
final class QuestionOverlay {

    private QuestionOverlay() {
    }

    static Optional<Question> apply(Question en, RawOverlay.Item t, int line, OverlayCheck check) {
        String stem = check.field(line, "stem", en.stem(), t.stem());
        String explanation = check.field(line, "explanation", en.explanation(), t.explanation());
        Question.Key key = switch (en.key()) {
            case Question.SingleChoice k -> new Question.SingleChoice(options(k.options(), t, line, check));
            case Question.MultipleChoice k -> new Question.MultipleChoice(options(k.options(), t, line, check));
            case Question.Ordering k -> new Question.Ordering(items(k.items(), t, line, check));
            case Question.Matching k -> new Question.Matching(pairs(k.pairs(), t, line, check));
            case Question.TrueFalse k -> none(k, t, line, check);
            case Question.Numeric k -> none(k, t, line, check);
            case Question.Hotspot k -> none(k, t, line, check);
        };
        return Optional.of(new Question(en.id(), en.difficulty(), en.zones(), en.topics(), en.pages(), stem,
                explanation, en.src(), key, en.file()));
    }

    private static Question.Key none(Question.Key key, RawOverlay.Item t, int line, OverlayCheck check) {
        if (t.options() != null || t.order() != null || t.pairs() != null) {
            check.problem(line, "options/order/pairs", "a " + key.type().name().toLowerCase() + " question has no "
                    + "options, order or pairs to translate", "translate only stem and explanation");
        }
        return key;
    }

    private static List<Question.Option> options(List<Question.Option> en, RawOverlay.Item t, int line,
                                                 OverlayCheck check) {
        if (t.order() != null || t.pairs() != null) {
            check.problem(line, "order/pairs", "this question has options, not order or pairs", "use options:");
        }
        if (t.options() == null) {
            return en;
        }
        if (t.options().size() != en.size()) {
            check.problem(check.line("options", line), "options", "the English has " + en.size() + " options, the "
                    + "translation " + t.options().size(), "translate every option, in the English order");
            return en;
        }
        List<Question.Option> out = new ArrayList<>();
        for (int i = 0; i < en.size(); i++) {
            Question.Option o = en.get(i);
            RawOverlay.Option tr = t.options().get(i);
            String f = "options[" + i + "]";
            out.add(new Question.Option(check.field(line, f + ".text", o.text(), tr == null ? null : tr.text()),
                    o.correct(), check.field(line, f + ".why", o.why(), tr == null ? null : tr.why())));
        }
        return out;
    }

    private static List<String> items(List<String> en, RawOverlay.Item t, int line, OverlayCheck check) {
        if (t.options() != null || t.pairs() != null) {
            check.problem(line, "options/pairs", "an ordering question has order:, not options or pairs", "use order:");
        }
        if (t.order() == null) {
            return en;
        }
        if (t.order().size() != en.size()) {
            check.problem(check.line("order", line), "order", "the English has " + en.size() + " items, the "
                    + "translation " + t.order().size(), "translate every item, in the English (correct) order");
            return en;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < en.size(); i++) {
            out.add(check.field(line, "order[" + i + "]", en.get(i), t.order().get(i)));
        }
        return out;
    }

    private static List<Question.Pair> pairs(List<Question.Pair> en, RawOverlay.Item t, int line,
                                             OverlayCheck check) {
        if (t.options() != null || t.order() != null) {
            check.problem(line, "options/order", "a matching question has pairs:, not options or order", "use pairs:");
        }
        if (t.pairs() == null) {
            return en;
        }
        if (t.pairs().size() != en.size()) {
            check.problem(check.line("pairs", line), "pairs", "the English has " + en.size() + " pairs, the "
                    + "translation " + t.pairs().size(), "translate every pair, in the English order");
            return en;
        }
        List<Question.Pair> out = new ArrayList<>();
        Map<String, String> rights = new HashMap<>();
        for (int i = 0; i < en.size(); i++) {
            Question.Pair p = en.get(i);
            Question.Pair tr = t.pairs().get(i);
            String f = "pairs[" + i + "]";
            String left = check.field(line, f + ".left", p.left(), tr == null ? null : tr.left());
            String right = check.field(line, f + ".right", p.right(), tr == null ? null : tr.right());
            // Left items sharing a right value in English must share it in the translation, or scoring would change.
            String before = rights.putIfAbsent(p.right(), right);
            if (before != null && !before.equals(right)) {
                check.problem(check.line("pairs", line), f + ".right", "'" + p.right() + "' is translated as both '"
                        + before + "' and '" + right + "'", "a shared right-hand value needs one translation");
            }
            out.add(new Question.Pair(left, right));
        }
        long distinctEn = en.stream().map(Question.Pair::right).distinct().count();
        long distinctTr = out.stream().map(Question.Pair::right).filter(Objects::nonNull).distinct().count();
        if (distinctEn != distinctTr) {
            check.problem(check.line("pairs", line), "pairs", "different English right-hand values got the same "
                    + "translation", "keep them distinct, as in the English");
        }
        return out;
    }
}
