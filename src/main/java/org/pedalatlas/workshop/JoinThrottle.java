package org.pedalatlas.workshop;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throttles guessing of join codes, counting wrong codes only, at two levels:
 * <ul>
 *   <li><b>per browser</b> (its HTTP session): at most {@code browserMisses} wrong codes in {@code browserWindow}
 *       (default 10 a minute). A person who mistypes that often waits until the oldest miss is a window old.</li>
 *   <li><b>per address</b>: at most {@code addressMisses} wrong codes in {@code addressWindow} from all browsers
 *       behind it (default 300 in 5 minutes): a ceiling for a script that throws its cookie away after each try.</li>
 * </ul>
 * A correct code is never counted, so a hall behind one NAT address joining with the code on the screen is never
 * refused: 2,000 joins in a minute add nothing here, and the address ceiling is reached only by hundreds of wrong
 * codes (a hall of 2,000 where one in ten mistypes once makes 200). Wrong codes from one browser never hold back
 * another browser until the address ceiling.
 *
 * <p>Once a limit is reached, every attempt from that browser (or address) is refused <em>before the code is
 * looked at</em>, the correct one too. That is the point of a throttle: if a throttled client's right guess still
 * joined, "too many wrong codes" would just be another way to say "wrong" and guessing would go at full speed.
 *
 * <p>What guessing costs with the defaults: a browser that keeps its cookie gets 600 tries an hour; one address
 * discarding cookies gets 3,600 an hour. With six-digit codes (10<sup>6</sup>) that is a 0.06 % or 0.36 % chance an
 * hour of finding one given open session, and on average some 140 hours of systematic trying (half the codes) from
 * one address. A botnet of many addresses scales that down, which is why the instructor can lock a session once the
 * room has joined (a locked session refuses new participants whatever their code). The price: someone on the
 * hall's own address who floods it with hundreds of wrong codes delays everyone's joining there for up to the
 * address window; they are in the room and could read the code on the screen anyway.
 *
 * <p>Keeps only recent misses; keys whose misses have all aged out are swept now and then, so a script
 * inventing browsers cannot grow this without bound.
 */
final class JoinThrottle {

    private static final int SWEEP_EVERY = 1024;

    private final Limit browsers;
    private final Limit addresses;
    private final AtomicInteger sinceSweep = new AtomicInteger();

    JoinThrottle(int browserMisses, Duration browserWindow, int addressMisses, Duration addressWindow) {
        this.browsers = new Limit(browserMisses, browserWindow);
        this.addresses = new Limit(addressMisses, addressWindow);
    }

    /** Whether this browser or its address has reached its limit of wrong codes: then no code is tried. */
    boolean blocked(String browser, String address, Instant now) {
        return browsers.reached(browser, now) || addresses.reached(address, now);
    }

    /** Counts a wrong code against the browser and its address. */
    void miss(String browser, String address, Instant now) {
        browsers.add(browser, now);
        addresses.add(address, now);
        if (sinceSweep.incrementAndGet() >= SWEEP_EVERY) {
            sinceSweep.set(0);
            browsers.sweep(now);
            addresses.sweep(now);
        }
    }

    /** How many keys are remembered, for the test that the sweep forgets. */
    int remembered() {
        return browsers.misses.size() + addresses.misses.size();
    }

    /** A sliding window of misses per key. */
    private record Limit(int max, Duration window, Map<String, Deque<Instant>> misses) {

        Limit(int max, Duration window) {
            this(max, window, new ConcurrentHashMap<>());
        }

        boolean reached(String key, Instant now) {
            Deque<Instant> list = misses.get(key);
            if (list == null) {
                return false;
            }
            synchronized (list) {
                dropOld(list, now);
                return list.size() >= max;
            }
        }

        void add(String key, Instant now) {
            Deque<Instant> list = misses.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (list) {
                list.addLast(now);
                while (list.size() > max) {
                    list.pollFirst();
                }
            }
        }

        void sweep(Instant now) {
            misses.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    dropOld(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }

        private void dropOld(Deque<Instant> list, Instant now) {
            Instant oldest = now.minus(window);
            while (!list.isEmpty() && !list.peekFirst().isAfter(oldest)) {
                list.pollFirst();
            }
        }
    }
}
