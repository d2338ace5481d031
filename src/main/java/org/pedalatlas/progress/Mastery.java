package org.pedalatlas.progress;

import org.pedalatlas.base.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.pedalatlas.quiz.QuizRecords.AnsweredQuestion;
import org.pedalatlas.bank.Score;
import org.pedalatlas.content.PageRef;

/**
 * Mastery of a zone or topic: the mean score of the latest answer to each question in it. A question answered
 * twice counts once, as it stands now — progress should reflect what the learner knows today.
 */
public record Mastery(String key, String label, double percent, int questions, List<PageRef> read) {

    static List<Mastery> byZone(List<AnsweredQuestion> answers) {
        return group(answers, a -> a.zones().stream().map(z -> Words.get("atlas.page.zone", z)).toList());
    }

    static List<Mastery> byTopic(List<AnsweredQuestion> answers) {
        return group(answers, AnsweredQuestion::topics);
    }

    /** The weakest groups below 80 %, lowest first, at most {@code limit}. */
    static List<Mastery> weakest(List<Mastery> groups, int limit) {
        return groups.stream().filter(m -> m.percent() < 80).sorted(Comparator.comparingDouble(Mastery::percent))
                .limit(limit).toList();
    }

    private static List<Mastery> group(List<AnsweredQuestion> answers, Function<AnsweredQuestion, List<String>> keys) {
        Map<String, AnsweredQuestion> latest = new LinkedHashMap<>();
        answers.forEach(a -> latest.put(a.questionId(), a));
        Map<String, List<AnsweredQuestion>> groups = new LinkedHashMap<>();
        for (AnsweredQuestion a : latest.values()) {
            for (String key : keys.apply(a)) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
            }
        }
        List<Mastery> result = new ArrayList<>();
        groups.forEach((key, list) -> {
            Set<PageRef> read = new LinkedHashSet<>();
            list.stream().filter(a -> !Score.fullyRight(a.fraction())).forEach(a -> read.addAll(a.pages()));
            double percent = 100 * list.stream().mapToDouble(AnsweredQuestion::fraction).average().orElse(0);
            result.add(new Mastery(key, Character.toUpperCase(key.charAt(0)) + key.substring(1), percent, list.size(),
                    List.copyOf(read)));
        });
        result.sort(Comparator.comparing(Mastery::key));
        return result;
    }
}
