package org.pedalatlas.base;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;
import org.springframework.stereotype.Component;

/**
 * Logs the start-up breakdown once the atlas is ready. A crashed server keeps a hall waiting for exactly this long,
 * so the log says where the time went. The bean timings exist when the app is started through
 * {@code Application.main}, which records them; tests that start the context another way log the phases only.
 */
@Component
public class StartupReport implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    /** Installed by {@code Application.main}; absent when the context was started another way (tests). */
    private static final BufferingApplicationStartup RECORDER = new BufferingApplicationStartup(20_000);

    /** The recorder {@code Application.main} installs before the context starts. */
    public static BufferingApplicationStartup recorder() {
        return RECORDER;
    }

    StartupReport() {
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        Instant ready = Instant.now();
        Optional<StartupTimeline> timeline = event.getApplicationContext().getApplicationStartup() == RECORDER
                ? Optional.of(RECORDER.drainBufferedTimeline()) : Optional.empty();
        Map<String, Duration> phases = new LinkedHashMap<>();
        List<StartupBreakdown.Step> steps = timeline.map(StartupReport::steps).orElse(List.of());
        Optional<StartupTimeline.TimelineEvent> refresh = timeline.flatMap(t -> t.getEvents().stream()
                .filter(e -> e.getStartupStep().getName().equals("spring.context.refresh")).findFirst());
        if (refresh.isPresent()) {
            phases.put("JVM start to the Spring context", Duration.between(jvmStart, refresh.get().getStartTime()));
            phases.put("context: beans, database, content, web server", refresh.get().getDuration());
            phases.put("after the context until ready", Duration.between(refresh.get().getEndTime(), ready));
        }
        phases.put("JVM start to ready", Duration.between(jvmStart, ready));
        log.info(StartupBreakdown.describe(phases, StartupBreakdown.slowestBeans(steps, 8)));
    }

    private static List<StartupBreakdown.Step> steps(StartupTimeline timeline) {
        return timeline.getEvents().stream().map(e -> {
            StartupStep step = e.getStartupStep();
            String bean = null;
            if (step.getName().equals("spring.beans.instantiate")) {
                for (StartupStep.Tag tag : step.getTags()) {
                    if (tag.getKey().equals("beanName")) {
                        bean = tag.getValue();
                    }
                }
            }
            return new StartupBreakdown.Step(step.getId(), step.getParentId(), step.getName(), bean, e.getDuration());
        }).toList();
    }
}
