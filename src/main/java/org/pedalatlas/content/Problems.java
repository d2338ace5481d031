package org.pedalatlas.content;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found while loading, so an author sees all of them at once. */
final class Problems {

    private final List<ContentProblem> list = new ArrayList<>();

    void add(String file, int line, String field, String message, String hint) {
        list.add(new ContentProblem(file, line, field, message, hint));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new ContentException(list);
        }
    }
}
