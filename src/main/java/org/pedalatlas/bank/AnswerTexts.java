package org.pedalatlas.bank;

import org.pedalatlas.base.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.pedalatlas.bank.BankRecords.OptionLine;
import org.pedalatlas.content.NumberText;
import org.pedalatlas.content.Question;

/** Says in words what a learner answered and what the key is, for feedback, results and exports. */
final class AnswerTexts {

    private AnswerTexts() {
    }

    static String response(Question q, Response response) {
        return switch (response) {
            case Response.Choice c -> c.options().isEmpty() ? Words.get("bank.answer.nothing-chosen") : c.options().stream().sorted()
                    .filter(i -> i >= 0 && i < options(q).size()).map(i -> options(q).get(i).text())
                    .collect(Collectors.joining("; "));
            case Response.TrueFalse t -> trueFalse(t.value());
            case Response.Numeric n -> n.text().strip();
            case Response.Ordering o -> o.items().stream().filter(i -> i >= 0 && i < items(q).size())
                    .map(items(q)::get).collect(Collectors.joining(" → "));
            case Response.Matching m -> matching(q, m);
            case Response.Hotspot h -> region(h.region());
        };
    }

    static String key(Question q) {
        return switch (q.key()) {
            case Question.SingleChoice k -> rightOptions(k.options());
            case Question.MultipleChoice k -> rightOptions(k.options());
            case Question.TrueFalse k -> trueFalse(k.answer());
            case Question.Numeric k -> NumberText.plain(k.value())
                    + (k.tolerance() > 0 ? " ± " + NumberText.plain(k.tolerance()) : "")
                    + (k.unit().isBlank() ? "" : " " + k.unit());
            case Question.Ordering k -> String.join(" → ", k.items());
            case Question.Matching k -> k.pairs().stream().map(p -> p.left() + " → " + p.right())
                    .collect(Collectors.joining("; "));
            case Question.Hotspot k -> region(k.region());
        };
    }

    /** Every option with whether it is right and whether the response chose it; empty for types without options. */
    static List<OptionLine> options(Question q, Response response) {
        Set<Integer> chosen = response instanceof Response.Choice c ? c.options() : Set.of();
        List<OptionLine> lines = new ArrayList<>();
        List<Question.Option> options = options(q);
        for (int i = 0; i < options.size(); i++) {
            Question.Option o = options.get(i);
            lines.add(new OptionLine(o.text(), o.correct(), chosen.contains(i), o.why()));
        }
        return lines;
    }

    static String trueFalse(boolean value) {
        return Words.get(value ? "bank.answer.true" : "bank.answer.false");
    }

    private static String matching(Question q, Response.Matching m) {
        if (!(q.key() instanceof Question.Matching k)) {
            return "";
        }
        List<String> rights = k.distinctRights();
        return IntStream.range(0, k.pairs().size()).mapToObj(i -> {
            Integer chosen = m.rights().get(i);
            return k.pairs().get(i).left() + " → "
                    + (chosen == null || chosen < 0 || chosen >= rights.size() ? Words.get("bank.answer.none") : rights.get(chosen));
        }).collect(Collectors.joining("; "));
    }

    private static List<Question.Option> options(Question q) {
        return switch (q.key()) {
            case Question.SingleChoice k -> k.options();
            case Question.MultipleChoice k -> k.options();
            case Question.TrueFalse k -> List.of();
            case Question.Numeric k -> List.of();
            case Question.Ordering k -> List.of();
            case Question.Matching k -> List.of();
            case Question.Hotspot k -> List.of();
        };
    }

    private static List<String> items(Question q) {
        return q.key() instanceof Question.Ordering k ? k.items() : List.of();
    }

    private static String rightOptions(List<Question.Option> options) {
        return options.stream().filter(Question.Option::correct).map(Question.Option::text)
                .collect(Collectors.joining("; "));
    }

    private static String region(String id) {
        String words = id.replace('-', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
