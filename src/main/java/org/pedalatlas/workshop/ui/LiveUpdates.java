package org.pedalatlas.workshop.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;

import org.pedalatlas.workshop.WorkshopRecords.Change;
import org.pedalatlas.workshop.LiveFeed;

/**
 * Subscribes a view to a session's changes while it is attached: registered on attach, released on detach, so
 * abandoned phones (closed tabs, lost connections whose heartbeat stops) stop receiving pushes.
 */
final class LiveUpdates {

    private Runnable unsubscribe;

    void attach(AttachEvent event, LiveFeed feed, long sessionId, Consumer<Change> refresh) {
        detach();
        UI ui = event.getUI();
        unsubscribe = feed.subscribe(sessionId, change -> ui.access(() -> refresh.accept(change)));
    }

    void detach() {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    static void onDetach(Component component, LiveUpdates updates) {
        component.addDetachListener((DetachEvent e) -> updates.detach());
    }
}
