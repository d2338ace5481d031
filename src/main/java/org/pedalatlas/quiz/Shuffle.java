package org.pedalatlas.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The order in which a learner sees a question's options, items or right-hand values: a permutation of the
 * question's own indexes, stored with the attempt so a reload shows the same order. Position i shows original
 * index {@code order.get(i)}.
 */
record Shuffle(List<Integer> order) {

    static Shuffle random(int size, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        if (size > 1) {
            do {
                Collections.shuffle(order, random);
            } while (size > 2 && isIdentity(order));
        }
        return new Shuffle(List.copyOf(order));
    }

    static Shuffle identity(int size) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        return new Shuffle(List.copyOf(order));
    }

    static Shuffle parse(String text) {
        return text.isBlank() ? new Shuffle(List.of())
                : new Shuffle(Arrays.stream(text.split(",")).map(Integer::valueOf).toList());
    }

    String encode() {
        return order.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    int original(int shown) {
        return order.get(shown);
    }

    <T> List<T> apply(List<T> items) {
        return order.stream().map(items::get).toList();
    }

    private static boolean isIdentity(List<Integer> order) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) != i) {
                return false;
            }
        }
        return true;
    }
}
