package org.pedalatlas.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/** "Due today" is the learner's today: checked at 23:00 and at 01:00 in New York, where UTC's day differs. */
class ReviewDaysTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(NEW_YORK).toInstant();
    }

    private static boolean dueToday(Instant due, Instant now, ZoneId zone) {
        return due.isBefore(ReviewDays.endOfDay(now, zone));
    }

    @Test
    void at_eleven_at_night_a_card_due_later_that_evening_is_due_today_and_one_due_after_midnight_is_not() {
        Instant now = local("2026-03-09T23:00");
        assertThat(dueToday(local("2026-03-09T23:45"), now, NEW_YORK)).isTrue();
        assertThat(dueToday(local("2026-03-10T00:30"), now, NEW_YORK)).isFalse();
        assertThat(dueToday(local("2026-03-10T00:30"), now, ZoneOffset.UTC))
                .as("in UTC it is already the 10th at 04:00, the learner's tomorrow would count as today").isTrue();
    }

    @Test
    void at_one_in_the_morning_everything_of_the_new_day_is_due_including_later_that_day() {
        Instant now = local("2026-03-10T01:00");
        assertThat(dueToday(local("2026-03-09T23:45"), now, NEW_YORK)).as("overdue").isTrue();
        assertThat(dueToday(local("2026-03-10T18:00"), now, NEW_YORK)).isTrue();
        assertThat(dueToday(local("2026-03-10T21:00"), now, ZoneOffset.UTC))
                .as("in UTC the learner's evening is already tomorrow").isFalse();
    }

    @Test
    void the_forecast_counts_today_with_overdue_then_each_following_day() {
        Instant now = local("2026-03-10T01:00");
        List<Long> counts = ReviewDays.counts(List.of(local("2026-03-01T10:00"), local("2026-03-10T23:59"),
                local("2026-03-11T00:00"), local("2026-03-17T12:00"), local("2026-03-18T12:00")), now, NEW_YORK, 7);
        assertThat(counts).containsExactly(2L, 1L, 0L, 0L, 0L, 0L, 0L, 1L);
    }
}
