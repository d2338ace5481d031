package org.pedalatlas;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature packages talk through their public types only, and never in a cycle. */
class ModuleStructureTest {

    @Test
    void feature_modules_respect_their_boundaries() {
        ApplicationModules.of(Application.class).verify();
    }
}
