package org.pedalatlas.bank;

import java.util.List;
import java.util.Map;

import org.pedalatlas.content.Question;

/**
 * Scores a response against a question's key. Partial credit follows Moodle: multiple response gains per right
 * option chosen and loses per wrong option chosen; ordering counts items followed by their correct successor;
 * matching counts correct pairs. A response of another type than the question's scores nothing.
 */
final class Scorer {

    private Scorer() {
    }

    static Score score(Question q, Response response) {
        return switch (q.key()) {
            case Question.SingleChoice k -> response instanceof Response.Choice c && c.options().size() == 1
                    && isRightOption(k.options(), c.options().iterator().next()) ? Score.RIGHT : Score.WRONG;
            case Question.MultipleChoice k -> response instanceof Response.Choice c ? multiple(k.options(), c) : Score.WRONG;
            case Question.TrueFalse k -> response instanceof Response.TrueFalse t && k.answer() == t.value()
                    ? Score.RIGHT : Score.WRONG;
            case Question.Numeric k -> response instanceof Response.Numeric n ? numeric(k, n) : Score.WRONG;
            case Question.Ordering k -> response instanceof Response.Ordering o ? ordering(k, o.items()) : Score.WRONG;
            case Question.Matching k -> response instanceof Response.Matching m ? matching(k, m.rights()) : Score.WRONG;
            case Question.Hotspot k -> response instanceof Response.Hotspot h && k.region().equals(h.region())
                    ? Score.RIGHT : Score.WRONG;
        };
    }

    private static boolean isRightOption(List<Question.Option> options, int index) {
        return index >= 0 && index < options.size() && options.get(index).correct();
    }

    private static Score multiple(List<Question.Option> options, Response.Choice c) {
        if (c.options().stream().anyMatch(i -> i < 0 || i >= options.size())) {
            return Score.WRONG;
        }
        long rightCount = options.stream().filter(Question.Option::correct).count();
        long wrongCount = options.size() - rightCount;
        long rightChosen = c.options().stream().filter(i -> options.get(i).correct()).count();
        long wrongChosen = c.options().size() - rightChosen;
        return new Score((double) rightChosen / rightCount - (wrongCount == 0 ? 0 : (double) wrongChosen / wrongCount));
    }

    private static Score numeric(Question.Numeric key, Response.Numeric n) {
        return NumericAnswer.parse(n.text(), key)
                .map(v -> Math.abs(v - key.value()) <= key.tolerance() + 1e-9 ? Score.RIGHT : Score.WRONG)
                .orElse(Score.WRONG);
    }

    private static Score ordering(Question.Ordering key, List<Integer> items) {
        int n = key.items().size();
        if (items.size() != n || items.stream().distinct().count() != n) {
            return Score.WRONG;
        }
        int pairs = 0;
        for (int i = 0; i < n - 1; i++) {
            if (items.get(i + 1) == items.get(i) + 1) {
                pairs++;
            }
        }
        return new Score((double) pairs / (n - 1));
    }

    private static Score matching(Question.Matching key, Map<Integer, Integer> rights) {
        List<String> distinct = key.distinctRights();
        int right = 0;
        for (int i = 0; i < key.pairs().size(); i++) {
            Integer chosen = rights.get(i);
            if (chosen != null && chosen >= 0 && chosen < distinct.size()
                    && distinct.get(chosen).equals(key.pairs().get(i).right())) {
                right++;
            }
        }
        return new Score((double) right / key.pairs().size());
    }
}
