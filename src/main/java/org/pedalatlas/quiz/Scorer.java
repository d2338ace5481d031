package org.pedalatlas.quiz;

import java.util.List;
import java.util.Map;

import org.pedalatlas.content.Question;

/**
 * Scores a response against a question's key. Partial credit follows Moodle: multiple response gains per right
 * option chosen and loses per wrong option chosen; ordering counts items followed by their correct successor;
 * matching counts correct pairs.
 */
public final class Scorer {

    private Scorer() {
    }

    public static Score score(Question q, Response response) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> response instanceof Response.Choice c ? choice(q, c) : Score.WRONG;
            case TRUEFALSE -> response instanceof Response.TrueFalse t && q.answer() == t.value() ? Score.RIGHT : Score.WRONG;
            case NUMERIC -> response instanceof Response.Numeric n ? numeric(q, n) : Score.WRONG;
            case ORDERING -> response instanceof Response.Ordering o ? ordering(q, o.items()) : Score.WRONG;
            case MATCHING -> response instanceof Response.Matching m ? matching(q, m.rights()) : Score.WRONG;
            case HOTSPOT -> response instanceof Response.Hotspot h && q.hotspot().region().equals(h.region())
                    ? Score.RIGHT : Score.WRONG;
        };
    }

    private static Score choice(Question q, Response.Choice c) {
        List<Question.Option> options = q.options();
        long rightCount = options.stream().filter(Question.Option::correct).count();
        long wrongCount = options.size() - rightCount;
        long rightChosen = c.options().stream().filter(i -> i >= 0 && i < options.size() && options.get(i).correct()).count();
        long wrongChosen = c.options().stream().filter(i -> i >= 0 && i < options.size() && !options.get(i).correct()).count();
        if (q.type() == Question.Type.SINGLE) {
            return c.options().size() == 1 && rightChosen == 1 ? Score.RIGHT : Score.WRONG;
        }
        return new Score((double) rightChosen / rightCount - (wrongCount == 0 ? 0 : (double) wrongChosen / wrongCount));
    }

    private static Score numeric(Question q, Response.Numeric n) {
        return NumericAnswer.parse(n.text(), q.numeric())
                .map(v -> Math.abs(v - q.numeric().value()) <= q.numeric().tolerance() + 1e-9 ? Score.RIGHT : Score.WRONG)
                .orElse(Score.WRONG);
    }

    private static Score ordering(Question q, List<Integer> items) {
        int n = q.order().size();
        if (items.size() != n) {
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

    private static Score matching(Question q, Map<Integer, Integer> rights) {
        List<String> distinct = distinctRights(q);
        int right = 0;
        for (int i = 0; i < q.pairs().size(); i++) {
            Integer chosen = rights.get(i);
            if (chosen != null && chosen >= 0 && chosen < distinct.size()
                    && distinct.get(chosen).equals(q.pairs().get(i).right())) {
                right++;
            }
        }
        return new Score((double) right / q.pairs().size());
    }

    /** The distinct right-hand values of a matching question, in first-appearance order. */
    public static List<String> distinctRights(Question q) {
        return q.pairs().stream().map(Question.Pair::right).distinct().toList();
    }
}
