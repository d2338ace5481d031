package org.pedalatlas.quiz;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pedalatlas.security.LearnerRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's spaced review seen from outside the quiz: what is due today and in the days after, the retention
 * they aim for, and the time zone their days are counted in (the browser's, remembered here).
 */
@Service
public class ReviewService {

    public static final int FORECAST_DAYS = 7;
    /** The retentions a learner may choose, in percent: 80 to 97. */
    public static final List<Integer> RETENTIONS = java.util.stream.IntStream.rangeClosed(80, 97).boxed().toList();

    /** One day of the forecast. */
    public record Day(LocalDate date, long due) {
    }

    /** Due today (overdue included), then each of the next {@link #FORECAST_DAYS} days; retention in percent. */
    public record Forecast(Day today, List<Day> next, int retentionPercent, ZoneId zone) {
    }

    private final ReviewCardRepository cards;
    private final ReviewSettingsRepository settings;
    private final ReviewScheduler scheduler;
    private final Clock clock;

    ReviewService(ReviewCardRepository cards, ReviewSettingsRepository settings, ReviewScheduler scheduler,
                  Optional<Clock> clock) {
        this.cards = cards;
        this.settings = settings;
        this.scheduler = scheduler;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public Forecast forecast(LearnerRef learner) {
        ReviewSettings mine = scheduler.settingsOf(learner.id());
        Instant now = clock.instant();
        List<Long> counts = ReviewDays.counts(cards.findByLearnerId(learner.id()).stream().map(ReviewCard::due).toList(),
                now, mine.zone(), FORECAST_DAYS);
        LocalDate today = ReviewDays.today(now, mine.zone());
        List<Day> next = new ArrayList<>();
        for (int i = 1; i <= FORECAST_DAYS; i++) {
            next.add(new Day(today.plusDays(i), counts.get(i)));
        }
        return new Forecast(new Day(today, counts.getFirst()), next,
                (int) Math.round(mine.desiredRetention() * 100), mine.zone());
    }

    /** Sets the retention the next answers are scheduled for; cards keep the due dates they have. */
    @Transactional
    public void chooseRetention(LearnerRef learner, int percent) {
        ReviewSettings mine = scheduler.settingsOf(learner.id());
        mine.retention(percent / 100.0);
        settings.save(mine);
    }

    /**
     * Remembers the learner's time zone as their browser names it; an unknown name leaves it as it was.
     * Returns whether it changed.
     */
    @Transactional
    public boolean rememberTimeZone(LearnerRef learner, String zoneId) {
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneId);
        } catch (DateTimeException | NullPointerException unknown) {
            return false;
        }
        Optional<ReviewSettings> stored = settings.findById(learner.id());
        ReviewSettings mine = stored.orElseGet(() -> new ReviewSettings(learner.id()));
        if (stored.isEmpty() || !mine.zone().equals(zone)) {
            boolean changed = !mine.zone().equals(zone);
            mine.zone(zone);
            settings.save(mine);
            return changed;
        }
        return false;
    }
}
