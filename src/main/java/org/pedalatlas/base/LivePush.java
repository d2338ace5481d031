package org.pedalatlas.base;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Server push only for the pages that are live (the workshop's presenter screen and phones), not app-wide. Vaadin's
 * push client (Atmosphere) is a script of its own that registers an {@code unload} handler: on every page that has
 * push the browser cannot keep the page in its back/forward cache, and Lighthouse counts the deprecated API against
 * best practices. With push off by default, a reader of the atlas or a quiz never downloads that script; a page
 * under one of {@code atlas.live-routes} turns push on for its UI, and Vaadin's client then loads the script and
 * opens the WebSocket by itself.
 *
 * <p>Push is decided twice, from the same route: when the UI is created (the init request names the route the
 * browser opened, so the init response already carries the push configuration a phone connects with) and before
 * each navigation (a reader who follows a link from the atlas into a workshop). Once on, it stays on for that UI:
 * switching the socket off and on while a phone moves between join and play pages would only add reconnects.
 */
@Component
class LivePush implements VaadinServiceInitListener {

    private final Set<String> liveRoutes;

    LivePush(@Value("${atlas.live-routes}") List<String> liveRoutes) {
        this.liveRoutes = liveRoutes.stream().map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                applyTo(ui, request.getParameter("location"));
            }
            ui.addBeforeEnterListener(enter -> applyTo(ui, enter.getLocation().getPath()));
        });
    }

    private void applyTo(UI ui, String location) {
        if (isLive(location) && !ui.getPushConfiguration().getPushMode().isEnabled()) {
            // WEBSOCKET_XHR as @Push had it: pushes over the socket, the browser's own requests over XHR.
            ui.getPushConfiguration().setTransport(Transport.WEBSOCKET_XHR);
            ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        }
    }

    /** Whether a route (as the browser's location, with or without a leading slash or query) is a live page. */
    boolean isLive(String location) {
        if (location == null) {
            return false;
        }
        String path = location.strip();
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        int slash = path.indexOf('/');
        return liveRoutes.contains(slash < 0 ? path : path.substring(0, slash));
    }
}
