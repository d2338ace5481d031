package org.pedalatlas.workshop;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The workshop's four-times-a-second tick runs on Spring's scheduler. */
@Configuration
@EnableScheduling
class SchedulingConfig {
}
