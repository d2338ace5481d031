package org.pedalatlas.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Errors by kind, counted from every tab: HTTP status, appError / syncId -1 bodies, push drops, timeouts. */
final class Errors {

    private final Map<String, LongAdder> kinds = new ConcurrentHashMap<>();

    void count(String kind) {
        kinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    long total() {
        return kinds.values().stream().mapToLong(LongAdder::sum).sum();
    }

    Map<String, Long> byKind() {
        Map<String, Long> out = new TreeMap<>();
        kinds.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
