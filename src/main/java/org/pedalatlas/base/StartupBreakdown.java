package org.pedalatlas.base;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a start-up's time went, from the steps Spring recorded: the phases from JVM start to "ready" and the beans
 * that took longest by their own time (a bean's time minus the beans it waited for), so a slow start points at one
 * line of the log instead of a profiler session.
 */
final class StartupBreakdown {

    /** One recorded step: its id, its parent's id (or null), its name and, for a bean, the bean's name. */
    record Step(long id, Long parentId, String name, String beanName, Duration duration) {
    }

    /** A bean and the time it took itself. */
    record Slow(String beanName, Duration own) {
    }

    private StartupBreakdown() {
    }

    /** The {@code limit} beans with the longest own time, longest first. */
    static List<Slow> slowestBeans(List<Step> steps, int limit) {
        Map<Long, Duration> childTime = new HashMap<>();
        for (Step step : steps) {
            if (step.parentId() != null) {
                childTime.merge(step.parentId(), step.duration(), Duration::plus);
            }
        }
        List<Slow> beans = new ArrayList<>();
        for (Step step : steps) {
            if (step.beanName() != null) {
                Duration own = step.duration().minus(childTime.getOrDefault(step.id(), Duration.ZERO));
                beans.add(new Slow(step.beanName(), own.isNegative() ? Duration.ZERO : own));
            }
        }
        beans.sort(Comparator.comparing(Slow::own).reversed());
        return beans.subList(0, Math.min(limit, beans.size()));
    }

    /** The log text: the phases in order with their durations, then the slowest beans. */
    static String describe(Map<String, Duration> phases, List<Slow> slowest) {
        StringBuilder text = new StringBuilder("Start-up breakdown:");
        phases.forEach((phase, took) -> text.append(String.format(Locale.ROOT, "%n  %-44s %7.2f s", phase, seconds(took))));
        if (!slowest.isEmpty()) {
            text.append(String.format("%n  slowest beans by their own time:"));
            slowest.forEach(s -> text.append(String.format(Locale.ROOT, "%n    %-42s %7.2f s", s.beanName(), seconds(s.own()))));
        }
        return text.toString();
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
