package org.pedalatlas.workshop;

import org.pedalatlas.workshop.WorkshopRecords.Refused;

/** The workshop tests' way to see why an action was refused. */
final class Refusals {

    private Refusals() {
    }

    /** The refusal {@code action} was met with; fails the test when it was not refused. */
    static WorkshopRefusal refusal(Runnable action) {
        try {
            action.run();
        } catch (Refused refused) {
            return refused.refusal();
        }
        throw new AssertionError("not refused");
    }
}
