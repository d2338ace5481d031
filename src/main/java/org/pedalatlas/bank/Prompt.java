package org.pedalatlas.bank;

import java.util.List;

/**
 * What a learner is shown to answer, per question type, without the key. Choices come in the shown order and carry
 * their index in the question's own order, which is what a {@link Response} holds.
 */
public sealed interface Prompt {

    /** A choice as shown: its text and its index in the question's own order. */
    record Choice(int index, String text) {
    }

    /** Choose one. */
    record OneOf(List<Choice> choices) implements Prompt {
    }

    /** Choose every right one. */
    record AnyOf(List<Choice> choices) implements Prompt {
    }

    /** Say whether the stem is true. */
    record TrueOrFalse() implements Prompt {
    }

    /** Type a number, in {@code unit} (blank for a plain number). */
    record Number(String unit) implements Prompt {
    }

    /** Put the items in order. */
    record Order(List<Choice> items) implements Prompt {
    }

    /** Match each left item (in the question's own order) with one of the rights. */
    record Match(List<String> lefts, List<Choice> rights) implements Prompt {
    }

    /** Choose a region of a figure. */
    record Spot(String figure) implements Prompt {
    }
}
