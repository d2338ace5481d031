package org.pedalatlas.quiz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.pedalatlas.content.Question;
import org.pedalatlas.quiz.QuizRecords.QuestionView;

/**
 * Builds the key-free view of a question in its shuffled order, and maps a response given in shown indexes back
 * to the question's own indexes.
 */
final class QuestionViews {

    private QuestionViews() {
    }

    static QuestionView of(long attemptId, int position, int total, Question q, Shuffle shuffle, int tries) {
        List<String> choices = switch (q.type()) {
            case SINGLE, MULTIPLE -> shuffle.apply(q.options().stream().map(Question.Option::text).toList());
            case TRUEFALSE -> List.of("True", "False");
            case ORDERING -> shuffle.apply(q.order());
            default -> List.of();
        };
        List<String> lefts = q.type() == Question.Type.MATCHING
                ? q.pairs().stream().map(Question.Pair::left).toList() : List.of();
        List<String> rights = q.type() == Question.Type.MATCHING ? shuffle.apply(Scorer.distinctRights(q)) : List.of();
        String unit = q.type() == Question.Type.NUMERIC ? q.numeric().unit() : "";
        String figure = q.type() == Question.Type.HOTSPOT ? q.hotspot().figure() : null;
        return new QuestionView(attemptId, position, total, q.id(), q.type(), q.stem(), choices, lefts, rights, unit,
                figure, tries);
    }

    static Response toOriginal(Question q, Shuffle shuffle, Response shown) {
        return switch (shown) {
            case Response.Choice c when q.type() == Question.Type.SINGLE || q.type() == Question.Type.MULTIPLE ->
                    new Response.Choice(c.options().stream().filter(i -> i >= 0 && i < shuffle.order().size())
                            .map(shuffle::original).collect(Collectors.toSet()));
            case Response.Ordering o when q.type() == Question.Type.ORDERING ->
                    new Response.Ordering(o.items().stream().filter(i -> i >= 0 && i < shuffle.order().size())
                            .map(shuffle::original).toList());
            case Response.Matching m when q.type() == Question.Type.MATCHING -> {
                Map<Integer, Integer> mapped = new LinkedHashMap<>();
                m.rights().forEach((left, right) -> {
                    if (right != null && right >= 0 && right < shuffle.order().size()) {
                        mapped.put(left, shuffle.original(right));
                    }
                });
                yield new Response.Matching(mapped);
            }
            default -> shown;
        };
    }
}
