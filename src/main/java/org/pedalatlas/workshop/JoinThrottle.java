package org.pedalatlas.workshop;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits wrong join codes per client address: at most {@code limit} misses in a sliding window, so six-digit codes
 * cannot be guessed by trying, while a hall of participants behind one address joining correctly is never slowed.
 */
final class JoinThrottle {

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> misses = new ConcurrentHashMap<>();

    JoinThrottle(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    boolean blocked(String client, Instant now) {
        Deque<Instant> list = misses.get(client);
        if (list == null) {
            return false;
        }
        synchronized (list) {
            while (!list.isEmpty() && list.peekFirst().isBefore(now.minus(window))) {
                list.pollFirst();
            }
            return list.size() >= limit;
        }
    }

    void miss(String client, Instant now) {
        Deque<Instant> list = misses.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (list) {
            list.addLast(now);
            while (list.size() > limit * 2) {
                list.pollFirst();
            }
        }
    }
}
