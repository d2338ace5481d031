package org.pedalatlas.bank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The order in which a question's options, items or right-hand values are shown: a permutation of the question's
 * own indexes, stored by whoever shows it (an attempt item, a workshop question) so a reload shows the same order
 * and past answers read back the same. Position i shows original index {@code order.get(i)}.
 */
public record Shuffle(List<Integer> order) {

    public Shuffle {
        order = List.copyOf(order);
    }

    /** A random order; with three or more entries never the question's own (authors often put the key first). */
    public static Shuffle random(int size, Random random) {
        List<Integer> order = new ArrayList<>(identity(size).order());
        if (size > 1) {
            do {
                Collections.shuffle(order, random);
            } while (size > 2 && order.equals(identity(size).order()));
        }
        return new Shuffle(order);
    }

    public static Shuffle identity(int size) {
        return new Shuffle(IntStream.range(0, size).boxed().toList());
    }

    public static Shuffle parse(String text) {
        return text == null || text.isBlank() ? new Shuffle(List.of())
                : new Shuffle(Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).toList());
    }

    public String encode() {
        return order.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The original index shown at a position. */
    public int original(int shown) {
        return order.get(shown);
    }

    /** The items in shown order; an order that does not fit the items (the question changed) shows them as they are. */
    public <T> List<T> apply(List<T> items) {
        if (!fits(items.size())) {
            return List.copyOf(items);
        }
        return order.stream().map(items::get).toList();
    }

    /** Whether this order is a permutation of {@code size} indexes. */
    public boolean fits(int size) {
        return order.size() == size && order.stream().distinct().count() == size
                && order.stream().allMatch(i -> i >= 0 && i < size);
    }
}
