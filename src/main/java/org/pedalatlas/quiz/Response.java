package org.pedalatlas.quiz;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a learner answered. Indexes refer to the question's own order (options, order items, matching rights),
 * never to the shuffled order the learner saw: views translate before they submit.
 */
public sealed interface Response {

    record Choice(Set<Integer> options) implements Response {
    }

    record TrueFalse(boolean value) implements Response {
    }

    /** The text as typed; parsed on the server with the question's unit. */
    record Numeric(String text) implements Response {
    }

    /** Item indexes in the order the learner put them. */
    record Ordering(List<Integer> items) implements Response {
    }

    /** Left index → index into the question's distinct right values. */
    record Matching(Map<Integer, Integer> rights) implements Response {
    }

    record Hotspot(String region) implements Response {
    }
}
