package org.pedalatlas.security;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Failed sign-ins under one key (an account name or a client address), as Bucket4j token buckets with two limits:
 * the first {@code free} failures cost nothing, after that one more try is allowed per {@code delay} (the growing
 * wait), and after {@code lockAfter} failures the key is locked until {@code lockFor} has passed since the series
 * began. Only failures take tokens, so a learner who types correctly is never slowed down.
 *
 * <p>Keys are held in a bounded least-recently-used map: names typed by an attacker cannot fill the heap. An
 * attacker who evicts a victim's entry needs {@code maxKeys} fresh names, which the per-client throttle refuses
 * long before.
 */
final class SignInThrottle {

    /** How a key is throttled; see the class comment. */
    record Limits(int free, Duration delay, int lockAfter, Duration lockFor) {

        Limits {
            if (free < 1 || lockAfter < free || delay.isNegative() || delay.isZero() || lockFor.compareTo(delay) < 0) {
                throw new IllegalArgumentException("Sign-in limits need 1 <= free <= lock-after and "
                        + "0 < delay <= lock-for, not " + free + ", " + delay + ", " + lockAfter + ", " + lockFor);
            }
        }
    }

    private final Limits limits;
    private final TimeMeter clock;
    private final Map<String, Bucket> buckets;

    SignInThrottle(Limits limits, int maxKeys) {
        this(limits, maxKeys, TimeMeter.SYSTEM_MILLISECONDS);
    }

    SignInThrottle(Limits limits, int maxKeys, TimeMeter clock) {
        this.limits = limits;
        this.clock = clock;
        this.buckets = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        });
    }

    /** How long this key must wait before its next try; empty when it may try now. */
    Optional<Duration> waitFor(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            return Optional.empty();
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty()
                : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /**
     * Counts a failed try. Two tries racing past {@link #waitFor} both count (the bucket may go below zero), so a
     * burst of parallel guesses lengthens the wait instead of slipping through.
     *
     * @return the failures this key may still make before it must wait
     */
    long failed(String key) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> newBucket());
        bucket.consumeIgnoringRateLimits(1);
        return Math.max(0, bucket.getAvailableTokens());
    }

    /** A correct sign-in forgives the account's earlier slips. */
    void succeeded(String key) {
        buckets.remove(key);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(limits.free()).refillGreedy(1, limits.delay()))
                .addLimit(limit -> limit.capacity(limits.lockAfter()).refillIntervally(limits.lockAfter(), limits.lockFor()))
                .withCustomTimePrecision(clock)
                .build();
    }
}
