package org.pedalatlas.workshop;

import org.pedalatlas.base.Words;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.pedalatlas.bank.BankRecords.QuestionView;
import org.pedalatlas.bank.BankRecords.Reveal;
import org.pedalatlas.bank.Prompt;
import org.pedalatlas.bank.Response;
import org.pedalatlas.bank.Score;
import org.pedalatlas.workshop.LiveSession.Given;
import org.pedalatlas.workshop.WorkshopRecords.Bar;

/**
 * Counts answers for the presenter's histogram, in the order the room was shown. Before the reveal it shows only
 * what does not give the key away: counts per option, the most given numbers, a plain count for the other types.
 * After it, whether each bar is right comes from the key: the revealed options, or the response scored.
 */
final class Histogram {

    static final int TOP_NUMBERS = 5;

    private Histogram() {
    }

    /**
     * @param reveal the revealed key, or null before the reveal
     * @param right  whether a response is fully right; asked only after the reveal
     */
    static List<Bar> bars(QuestionView q, Collection<Given> answers, Reveal reveal, Predicate<Response> right) {
        boolean revealed = reveal != null;
        return switch (q.prompt()) {
            case Prompt.OneOf p -> choices(p.choices(), answers, reveal);
            case Prompt.AnyOf p -> choices(p.choices(), answers, reveal);
            case Prompt.TrueOrFalse p -> trueFalse(answers, revealed ? right : null);
            case Prompt.Number p -> numbers(answers, revealed);
            case Prompt.Order p -> verdictsOrCount(answers, revealed);
            case Prompt.Match p -> verdictsOrCount(answers, revealed);
            case Prompt.Spot p -> verdictsOrCount(answers, revealed);
        };
    }

    private static List<Bar> choices(List<Prompt.Choice> shown, Collection<Given> answers, Reveal reveal) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (Given g : answers) {
            if (g.response() instanceof Response.Choice c) {
                c.options().forEach(i -> counts.merge(i, 1, Integer::sum));
            }
        }
        return shown.stream().map(choice -> new Bar(choice.text(), counts.getOrDefault(choice.index(), 0),
                reveal == null || choice.index() >= reveal.options().size() ? null
                        : reveal.options().get(choice.index()).correct())).toList();
    }

    private static List<Bar> trueFalse(Collection<Given> answers, Predicate<Response> right) {
        int yes = 0;
        int no = 0;
        for (Given g : answers) {
            if (g.response() instanceof Response.TrueFalse t) {
                if (t.value()) {
                    yes++;
                } else {
                    no++;
                }
            }
        }
        return List.of(new Bar("True", yes, right == null ? null : right.test(new Response.TrueFalse(true))),
                new Bar("False", no, right == null ? null : right.test(new Response.TrueFalse(false))));
    }

    private static List<Bar> numbers(Collection<Given> answers, boolean revealed) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Boolean> right = new LinkedHashMap<>();
        for (Given g : answers) {
            String label = g.response() instanceof Response.Numeric n ? n.text().strip() : "?";
            counts.merge(label, 1, Integer::sum);
            right.put(label, Score.fullyRight(g.fraction()));
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        List<Bar> bars = new ArrayList<>();
        int other = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i < TOP_NUMBERS) {
                String label = sorted.get(i).getKey();
                bars.add(new Bar(label, sorted.get(i).getValue(), revealed ? right.get(label) : null));
            } else {
                other += sorted.get(i).getValue();
            }
        }
        if (other > 0) {
            bars.add(new Bar(Words.get("workshop.histogram.other"), other, null));
        }
        return bars;
    }

    private static List<Bar> verdictsOrCount(Collection<Given> answers, boolean revealed) {
        if (!revealed) {
            return List.of(new Bar(Words.get("workshop.histogram.received"), answers.size(), null));
        }
        int all = 0;
        int part = 0;
        int none = 0;
        for (Given g : answers) {
            Score score = new Score(g.fraction());
            if (score.correct()) {
                all++;
            } else if (score.partlyRight()) {
                part++;
            } else {
                none++;
            }
        }
        return List.of(new Bar(Words.get("workshop.histogram.all-right"), all, true),
                new Bar(Words.get("workshop.play.partly-right"), part, null), new Bar(Words.get("workshop.play.not-right"), none, false));
    }
}
