package org.pedalatlas.bank;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a learner answered. Every index refers to the question's own order (its options, its order items, its
 * distinct right-hand values), never to the order the learner saw: views build responses from the
 * {@link Prompt.Choice#index() indexes of the choices} they show, so a stored response means one thing everywhere.
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
