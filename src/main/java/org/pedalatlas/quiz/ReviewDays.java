package org.pedalatlas.quiz;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Due dates as the learner's calendar reads them: a card is due on the day its due time falls on in their time
 * zone, and from the start of that day. So at 23:00 and at 01:00 "today" is the learner's today, not UTC's.
 */
final class ReviewDays {

    private ReviewDays() {
    }

    static LocalDate today(Instant now, ZoneId zone) {
        return now.atZone(zone).toLocalDate();
    }

    /** The first instant of the learner's tomorrow: everything due before it is due today. */
    static Instant endOfDay(Instant now, ZoneId zone) {
        return today(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * How many of {@code dues} fall due today (overdue included) and on each of the {@code days} days after it:
     * element 0 is today, element {@code i} is today + i.
     */
    static List<Long> counts(Collection<Instant> dues, Instant now, ZoneId zone, int days) {
        LocalDate today = today(now, zone);
        long[] counts = new long[days + 1];
        for (Instant due : dues) {
            long offset = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(today, due.atZone(zone).toLocalDate()));
            if (offset <= days) {
                counts[(int) offset]++;
            }
        }
        List<Long> list = new ArrayList<>();
        for (long c : counts) {
            list.add(c);
        }
        return list;
    }
}
