package org.pedalatlas.quiz;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The FSRS-6 spaced-repetition scheduler with its 21 published default weights, written after the reference
 * py-fsrs v6.3.1 ({@code Scheduler.review_card}): learning and relearning steps, the same-day (short-term) stability
 * update, whole-day intervals rounded as Python rounds, a maximum interval and the reference's fuzz ranges.
 * No FSRS implementation resolves from Maven Central for this build, so the reference's own tests are the proof
 * ({@code FsrsReferenceTest}).
 * <p>
 * One deliberate difference, shown by {@code FsrsDifferencesTest}: days are counted in the learner's calendar
 * ({@code zone}), not in 24-hour periods from the last review. A card answered at 23:00 and again at 01:00 has had
 * one day pass, as the learner sees it; py-fsrs would count none. In UTC at the reference's review times the two
 * agree, which is how the reference vectors run.
 */
public final class Fsrs {

    public static final int AGAIN = 1;
    public static final int HARD = 2;
    public static final int GOOD = 3;
    public static final int EASY = 4;

    /** FSRS-6 default weights, as in py-fsrs v6.3.1 {@code DEFAULT_PARAMETERS} and ts-fsrs v5.4.1 {@code default_w}. */
    static final double[] DEFAULT_WEIGHTS = {0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722,
            0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    static final double STABILITY_MIN = 0.001;
    private static final double[][] FUZZ_RANGES = {{2.5, 7.0, 0.15}, {7.0, 20.0, 0.1}, {20.0, Double.POSITIVE_INFINITY, 0.05}};

    public enum State { LEARNING, REVIEW, RELEARNING }

    /**
     * What the scheduler may be told. The reference's defaults: retention 0.9, at most 36,500 days, learning steps
     * 1 and 10 minutes, one relearning step of 10 minutes, fuzz on.
     */
    public record Settings(double desiredRetention, int maximumInterval, List<Duration> learningSteps,
                           List<Duration> relearningSteps, boolean fuzz) {

        public Settings {
            if (!(desiredRetention > 0 && desiredRetention <= 1)) {
                throw new IllegalArgumentException("desired retention must be in (0, 1], was " + desiredRetention);
            }
            if (maximumInterval < 1) {
                throw new IllegalArgumentException("maximum interval must be at least one day");
            }
            learningSteps = List.copyOf(learningSteps);
            relearningSteps = List.copyOf(relearningSteps);
        }

        public static Settings defaults() {
            return new Settings(0.9, 36500, List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                    List.of(Duration.ofMinutes(10)), true);
        }

        public Settings withRetention(double retention) {
            return new Settings(retention, maximumInterval, learningSteps, relearningSteps, fuzz);
        }
    }

    /**
     * A card's memory state. A new card is in {@link State#LEARNING} at step 0 with no last review; {@code step} is
     * null in {@link State#REVIEW}. {@code reps} and {@code lapses} are kept for people, the scheduler ignores them.
     */
    public record Card(State state, Integer step, double stability, double difficulty, Instant due,
                       Instant lastReview, int reps, int lapses) {

        public static Card fresh(Instant now) {
            return new Card(State.LEARNING, 0, 0, 0, now, null, 0, 0);
        }

        boolean isNew() {
            return lastReview == null;
        }
    }

    private final double[] w;
    private final double decay;
    private final double factor;
    private final Settings settings;

    public Fsrs(Settings settings) {
        this(DEFAULT_WEIGHTS, settings);
    }

    Fsrs(double[] weights, Settings settings) {
        if (weights.length != 21) {
            throw new IllegalArgumentException("FSRS-6 has 21 weights, got " + weights.length);
        }
        this.w = weights.clone();
        this.settings = settings;
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    public Settings settings() {
        return settings;
    }

    /** Whole days between two instants as the learner's calendar counts them. */
    static long elapsedDays(Instant from, Instant to, ZoneId zone) {
        return Math.max(0, ChronoUnit.DAYS.between(from.atZone(zone).toLocalDate(), to.atZone(zone).toLocalDate()));
    }

    public double retrievability(Card card, Instant now, ZoneId zone) {
        return card.isNew() ? 0 : forgettingCurve(elapsedDays(card.lastReview(), now, zone), card.stability());
    }

    double forgettingCurve(double elapsedDays, double stability) {
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    /**
     * Reviews {@code card} with {@code rating} (1 again … 4 easy) at {@code now}. {@code random} draws the fuzz,
     * as py-fsrs's {@code random()} does, and is only asked when a review interval of three days or more is fuzzed.
     */
    public Card review(Card card, int rating, Instant now, ZoneId zone, RandomGenerator random) {
        if (rating < AGAIN || rating > EASY) {
            throw new IllegalArgumentException("rating must be 1..4, was " + rating);
        }
        boolean sameDay = !card.isNew() && elapsedDays(card.lastReview(), now, zone) < 1;
        double s;
        double d;
        if (card.isNew()) {
            s = initialStability(rating);
            d = initialDifficulty(rating, true);
        } else if (sameDay) {
            s = shortTermStability(card.stability(), rating);
            d = nextDifficulty(card.difficulty(), rating);
        } else {
            s = nextStability(card.difficulty(), card.stability(), retrievability(card, now, zone), rating);
            d = nextDifficulty(card.difficulty(), rating);
        }
        Step next = switch (card.state()) {
            case LEARNING -> stepped(settings.learningSteps(), card.step(), rating, s, true);
            case RELEARNING -> stepped(settings.relearningSteps(), card.step(), rating, s, false);
            case REVIEW -> rating == AGAIN && !settings.relearningSteps().isEmpty()
                    ? new Step(State.RELEARNING, 0, settings.relearningSteps().getFirst(), 0)
                    : new Step(State.REVIEW, null, null, nextInterval(s));
        };
        Instant due;
        if (next.state() == State.REVIEW) {
            long days = settings.fuzz() ? fuzzedInterval(next.days(), random) : next.days();
            due = now.atZone(zone).plusDays(days).toInstant();
        } else {
            due = now.plus(next.delay());
        }
        int lapses = card.lapses() + (card.state() == State.REVIEW && rating == AGAIN ? 1 : 0);
        return new Card(next.state(), next.step(), s, d, due, now, card.reps() + 1, lapses);
    }

    private record Step(State state, Integer step, Duration delay, long days) {
    }

    /** py-fsrs's learning and relearning branches, which differ only in the steps they walk. */
    private Step stepped(List<Duration> steps, Integer current, int rating, double s, boolean learning) {
        int step = current == null ? 0 : current;
        State stay = learning ? State.LEARNING : State.RELEARNING;
        if (steps.isEmpty() || (step >= steps.size() && rating != AGAIN)) {
            return new Step(State.REVIEW, null, null, nextInterval(s));
        }
        return switch (rating) {
            case AGAIN -> new Step(stay, 0, steps.getFirst(), 0);
            case HARD -> new Step(stay, step, step == 0 && steps.size() == 1
                    ? Duration.ofNanos(Math.round(steps.getFirst().toNanos() * 1.5))
                    : step == 0 ? steps.get(0).plus(steps.get(1)).dividedBy(2) : steps.get(step), 0);
            case GOOD -> step + 1 == steps.size()
                    ? new Step(State.REVIEW, null, null, nextInterval(s))
                    : new Step(stay, step + 1, steps.get(step + 1), 0);
            default -> new Step(State.REVIEW, null, null, nextInterval(s));
        };
    }

    long nextInterval(double stability) {
        double days = stability / factor * (Math.pow(settings.desiredRetention(), 1 / decay) - 1);
        return Math.min(Math.max((long) Math.rint(days), 1), settings.maximumInterval());
    }

    double initialStability(int rating) {
        return Math.max(w[rating - 1], STABILITY_MIN);
    }

    double initialDifficulty(int rating, boolean clamp) {
        double d = w[4] - Math.exp(w[5] * (rating - 1)) + 1;
        return clamp ? clampDifficulty(d) : d;
    }

    double nextDifficulty(double d, int rating) {
        double delta = -(w[6] * (rating - 3));
        double damped = d + (10.0 - d) * delta / 9.0;
        return clampDifficulty(w[7] * initialDifficulty(EASY, false) + (1 - w[7]) * damped);
    }

    double shortTermStability(double s, int rating) {
        double increase = Math.exp(w[17] * (rating - 3 + w[18])) * Math.pow(s, -w[19]);
        if (rating >= GOOD) {
            increase = Math.max(increase, 1.0);
        }
        return Math.max(s * increase, STABILITY_MIN);
    }

    double nextStability(double d, double s, double r, int rating) {
        return Math.max(rating == AGAIN ? nextForgetStability(d, s, r) : nextRecallStability(d, s, r, rating),
                STABILITY_MIN);
    }

    double nextForgetStability(double d, double s, double r) {
        double longTerm = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]);
        return Math.min(longTerm, s / Math.exp(w[17] * w[18]));
    }

    double nextRecallStability(double d, double s, double r, int rating) {
        double hardPenalty = rating == HARD ? w[15] : 1;
        double easyBonus = rating == EASY ? w[16] : 1;
        return s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp((1 - r) * w[10]) - 1)
                * hardPenalty * easyBonus);
    }

    /** py-fsrs's {@code _get_fuzz_range}: the days a fuzzed interval may fall on. */
    long[] fuzzRange(long intervalDays) {
        double delta = 1.0;
        for (double[] range : FUZZ_RANGES) {
            delta += range[2] * Math.max(Math.min(intervalDays, range[1]) - range[0], 0.0);
        }
        long min = Math.max(2, (long) Math.rint(intervalDays - delta));
        long max = Math.min((long) Math.rint(intervalDays + delta), settings.maximumInterval());
        return new long[] {Math.min(min, max), max};
    }

    long fuzzedInterval(long intervalDays, RandomGenerator random) {
        if (intervalDays < 2.5) {
            return intervalDays;
        }
        long[] range = fuzzRange(intervalDays);
        double fuzzed = random.nextDouble() * (range[1] - range[0] + 1) + range[0];
        return Math.min((long) Math.rint(fuzzed), settings.maximumInterval());
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, 1.0), 10.0);
    }
}
