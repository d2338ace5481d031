package org.pedalatlas.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moodle's item statistics over finished exam attempts: the facility index (mean score on the item, as a percentage)
 * and the discrimination index (correlation between the item score and the score on the rest of the attempt,
 * as a percentage). Flags follow Moodle's guidance: facility above 90 % is too easy, below 20 % too hard, and a
 * negative discrimination means better learners did worse on the item.
 */
public final class ItemStatistics {

    /** One item's statistics; {@code discrimination} is null when fewer than three attempts or no variance. */
    /** Why an item deserves a look: typed, so the page names it in the reader's language. */
    public enum Flag { TOO_EASY, TOO_HARD, NEGATIVE_DISCRIMINATION }

    public record Item(String questionId, int attempts, double facility, Double discrimination, List<Flag> flags) {
    }

    /** One scored answer: the attempt it belongs to, the question and its fraction. */
    public record Scored(long attemptId, String questionId, double fraction) {
    }

    private ItemStatistics() {
    }

    public static List<Item> compute(List<Scored> answers) {
        Map<Long, Double> totals = new HashMap<>();
        Map<String, List<Scored>> byQuestion = new HashMap<>();
        for (Scored a : answers) {
            totals.merge(a.attemptId(), a.fraction(), Double::sum);
            byQuestion.computeIfAbsent(a.questionId(), q -> new ArrayList<>()).add(a);
        }
        List<Item> items = new ArrayList<>();
        byQuestion.forEach((question, list) -> {
            double facility = 100 * list.stream().mapToDouble(Scored::fraction).average().orElse(0);
            Double discrimination = discrimination(list, totals);
            List<Flag> flags = new ArrayList<>();
            if (facility > 90) {
                flags.add(Flag.TOO_EASY);
            }
            if (facility < 20) {
                flags.add(Flag.TOO_HARD);
            }
            if (discrimination != null && discrimination < 0) {
                flags.add(Flag.NEGATIVE_DISCRIMINATION);
            }
            items.add(new Item(question, list.size(), facility, discrimination, List.copyOf(flags)));
        });
        items.sort((a, b) -> a.questionId().compareTo(b.questionId()));
        return items;
    }

    private static Double discrimination(List<Scored> list, Map<Long, Double> totals) {
        int n = list.size();
        if (n < 3) {
            return null;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = list.get(i).fraction();
            y[i] = totals.get(list.get(i).attemptId()) - x[i];
        }
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? null : 100 * sxy / Math.sqrt(sxx * syy);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
