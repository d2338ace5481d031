package org.pedalatlas.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StartupBreakdownTest {

    private static StartupBreakdown.Step bean(long id, Long parent, String name, long millis) {
        return new StartupBreakdown.Step(id, parent, "spring.beans.instantiate", name, Duration.ofMillis(millis));
    }

    @Test
    void a_bean_is_charged_only_for_its_own_time_not_for_the_beans_it_waited_for() {
        List<StartupBreakdown.Step> steps = List.of(
                bean(1, null, "workshopService", 900),
                bean(2, 1L, "contentStore", 400),
                bean(3, 1L, "answerLog", 100),
                new StartupBreakdown.Step(4, 2L, "spring.beans.smart-initialize", null, Duration.ofMillis(50)));

        assertThat(StartupBreakdown.slowestBeans(steps, 2)).containsExactly(
                new StartupBreakdown.Slow("workshopService", Duration.ofMillis(400)),
                new StartupBreakdown.Slow("contentStore", Duration.ofMillis(350)));
    }

    @Test
    void the_log_text_lists_every_phase_in_order_and_the_slowest_beans_in_seconds() {
        Map<String, Duration> phases = new LinkedHashMap<>();
        phases.put("JVM start to the Spring context", Duration.ofMillis(1200));
        phases.put("JVM start to ready", Duration.ofMillis(9870));

        String text = StartupBreakdown.describe(phases,
                List.of(new StartupBreakdown.Slow("contentStore", Duration.ofMillis(420))));

        assertThat(text).containsSubsequence("JVM start to the Spring context", "1.20 s", "JVM start to ready", "9.87 s",
                "slowest beans", "contentStore", "0.42 s");
    }
}
