package org.pedalatlas.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.pedalatlas.content.NumberText;
import org.pedalatlas.content.Question;

/** Says in words what a learner answered and what the key is, for feedback and review screens. */
final class AnswerTexts {

    private AnswerTexts() {
    }

    static String response(Question q, Response response) {
        return switch (response) {
            case Response.Choice c -> c.options().isEmpty() ? "(nothing chosen)" : c.options().stream().sorted()
                    .filter(i -> i < q.options().size()).map(i -> q.options().get(i).text()).collect(Collectors.joining("; "));
            case Response.TrueFalse t -> t.value() ? "True" : "False";
            case Response.Numeric n -> n.text().strip();
            case Response.Ordering o -> o.items().stream().filter(i -> i < q.order().size())
                    .map(q.order()::get).collect(Collectors.joining(" → "));
            case Response.Matching m -> {
                List<String> rights = Scorer.distinctRights(q);
                yield IntStream.range(0, q.pairs().size()).mapToObj(i -> q.pairs().get(i).left() + " → "
                        + (m.rights().get(i) == null ? "(none)" : rights.get(m.rights().get(i))))
                        .collect(Collectors.joining("; "));
            }
            case Response.Hotspot h -> region(h.region());
        };
    }

    static String key(Question q) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> q.options().stream().filter(Question.Option::correct)
                    .map(Question.Option::text).collect(Collectors.joining("; "));
            case TRUEFALSE -> Boolean.TRUE.equals(q.answer()) ? "True" : "False";
            case NUMERIC -> NumberText.plain(q.numeric().value())
                    + (q.numeric().tolerance() > 0 ? " ± " + NumberText.plain(q.numeric().tolerance()) : "")
                    + (q.numeric().unit().isBlank() ? "" : " " + q.numeric().unit());
            case ORDERING -> String.join(" → ", q.order());
            case MATCHING -> q.pairs().stream().map(p -> p.left() + " → " + p.right()).collect(Collectors.joining("; "));
            case HOTSPOT -> region(q.hotspot().region());
        };
    }

    static List<QuizRecords.OptionLine> options(Question q, Response response) {
        if (q.type() != Question.Type.SINGLE && q.type() != Question.Type.MULTIPLE) {
            return List.of();
        }
        var chosen = response instanceof Response.Choice c ? c.options() : java.util.Set.<Integer>of();
        List<QuizRecords.OptionLine> lines = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            Question.Option o = q.options().get(i);
            lines.add(new QuizRecords.OptionLine(o.text(), o.correct(), chosen.contains(i), o.why()));
        }
        return lines;
    }

    private static String region(String id) {
        String words = id.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
