package org.pedalatlas.base;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * What a page does while the server is away and after it comes back, for a hall of phones and a projector that
 * nobody touches: Vaadin's connection indicator says "Reconnecting… your answers are safe." (in the page's language:
 * {@code base.connection.*}, set by {@code base.ui.LanguageChoice}) and keeps trying for as long as a
 * workshop lasts, instead of giving up after a few tries; when the server has restarted, its old session is gone
 * and the page reloads by itself (no "Session expired" notice to click), so the phone rejoins with the token its
 * browser kept and the presenter screen comes back (or, when the instructor's sign-in was lost, the sign-in page).
 */
@Component
class ConnectionMessages implements VaadinServiceInitListener {

    /** Between tries: short enough that a restarted server is found within seconds. */
    static final int RETRY_INTERVAL_MS = 2_000;
    /** About two hours of tries: a workshop's length, so a long outage never strands a phone silently. */
    static final int RETRIES = 3_600;

    /** How often an open page checks that the server is there, while it is visible. */
    static final int PROBE_INTERVAL_MS = 5_000;

    /**
     * The push connection here is WEBSOCKET_XHR: server to browser only, so Vaadin's client does not show its
     * reconnecting state when that socket drops, only when the user next sends something. A phone waiting for the
     * next question would look alive while the server is away. This probe asks {@link LivenessProbeFilter} (no cookie,
     * no session, no database) every few seconds while the page is visible and sets Vaadin's own connection state:
     * the indicator then says it is reconnecting until the server answers again; Vaadin's push, reconnecting
     * on its own, then reloads the page when the server's session is gone. Pages without push (the atlas and
     * quizzes, see {@link LivePush}) get the same indicator; they reload at the reader's next action instead.
     */
    private static final String PROBE = """
            if (!window.atlasServerProbe) {
              window.atlasServerProbe = true;
              let away = false;
              const url = new URL($1, document.baseURI);
              const setState = s => { const c = window.Vaadin && window.Vaadin.connectionState; if (c) c.state = s; };
              setInterval(() => {
                if (document.visibilityState !== 'visible') return;
                fetch(url, { cache: 'no-store', credentials: 'omit' })
                  .then(r => { if (r.ok && away) { away = false; setState('connected'); } })
                  .catch(() => { away = true; setState('reconnecting'); });
              }, $0);
            }
            """;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> systemMessages());
        event.getSource().addUIInitListener(init -> {
            configure(init.getUI().getReconnectDialogConfiguration());
            init.getUI().getPage().addStyleSheet("styles/connection.css");
            init.getUI().getPage().executeJs(PROBE, PROBE_INTERVAL_MS, LivenessProbeFilter.PATH);
        });
    }

    static CustomizedSystemMessages systemMessages() {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        // Vaadin's default too, set here on purpose: an expired session (a server restart) reloads the page at once.
        messages.setSessionExpiredNotificationEnabled(false);
        return messages;
    }

    static void configure(ReconnectDialogConfiguration reconnect) {
        reconnect.setReconnectInterval(RETRY_INTERVAL_MS);
        reconnect.setReconnectAttempts(RETRIES);
    }
}
