package org.pedalatlas.workshop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pedalatlas.content.Question;
import org.pedalatlas.quiz.QuizRecords.QuestionView;
import org.pedalatlas.quiz.QuizRecords.Reveal;
import org.pedalatlas.quiz.Response;
import org.pedalatlas.quiz.ResponseCodec;

/**
 * Counts answers for the presenter's histogram. Before reveal it shows only what does not give the key away:
 * counts per option for choice questions, the most given numbers, and a plain count for the other types.
 */
final class Histogram {

    private Histogram() {
    }

    static List<WorkshopRecords.Bar> bars(QuestionView q, Collection<LiveSession.Given> answers, Reveal reveal) {
        boolean revealed = reveal != null;
        return switch (q.type()) {
            case SINGLE, MULTIPLE, TRUEFALSE -> choices(q, answers, reveal);
            case NUMERIC -> numbers(answers, revealed);
            default -> revealed ? verdicts(answers) : List.of(new WorkshopRecords.Bar("Answers received", answers.size(), null));
        };
    }

    private static List<WorkshopRecords.Bar> choices(QuestionView q, Collection<LiveSession.Given> answers, Reveal reveal) {
        int[] counts = new int[q.choices().size()];
        for (LiveSession.Given g : answers) {
            Response r = ResponseCodec.decode(g.response());
            if (r instanceof Response.Choice c) {
                c.options().stream().filter(i -> i < counts.length).forEach(i -> counts[i]++);
            } else if (r instanceof Response.TrueFalse t) {
                counts[t.value() ? 0 : 1]++;
            }
        }
        List<WorkshopRecords.Bar> bars = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            Boolean correct = null;
            if (reveal != null) {
                String shown = q.choices().get(i);
                correct = q.type() == Question.Type.TRUEFALSE ? shown.equals(reveal.correctAnswer())
                        : reveal.options().stream().anyMatch(o -> o.correct() && o.text().equals(shown));
            }
            bars.add(new WorkshopRecords.Bar(q.choices().get(i), counts[i], correct));
        }
        return bars;
    }

    private static List<WorkshopRecords.Bar> numbers(Collection<LiveSession.Given> answers, boolean revealed) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Boolean> right = new LinkedHashMap<>();
        for (LiveSession.Given g : answers) {
            Response r = ResponseCodec.decode(g.response());
            String label = r instanceof Response.Numeric n ? n.text().strip() : "?";
            counts.computeIfAbsent(label, k -> new int[1])[0]++;
            right.put(label, g.fraction() >= 0.999_999);
        }
        List<Map.Entry<String, int[]>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]));
        List<WorkshopRecords.Bar> bars = new ArrayList<>();
        int other = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i < 5) {
                String label = sorted.get(i).getKey();
                bars.add(new WorkshopRecords.Bar(label, sorted.get(i).getValue()[0], revealed ? right.get(label) : null));
            } else {
                other += sorted.get(i).getValue()[0];
            }
        }
        if (other > 0) {
            bars.add(new WorkshopRecords.Bar("Other answers", other, null));
        }
        return bars;
    }

    private static List<WorkshopRecords.Bar> verdicts(Collection<LiveSession.Given> answers) {
        int all = 0;
        int part = 0;
        int none = 0;
        for (LiveSession.Given g : answers) {
            if (g.fraction() >= 0.999_999) {
                all++;
            } else if (g.fraction() > 0) {
                part++;
            } else {
                none++;
            }
        }
        return List.of(new WorkshopRecords.Bar("All right", all, true), new WorkshopRecords.Bar("Partly right", part, null),
                new WorkshopRecords.Bar("Not right", none, false));
    }
}
