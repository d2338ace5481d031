package org.pedalatlas.base;

import jakarta.servlet.ServletConfig;

import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;

/**
 * Smaller read buffers for each push WebSocket (issue #12: heap per phone). Atmosphere gives every socket a byte and
 * a char buffer of {@code org.atmosphere.websocket.bufferSize}, which Vaadin sets to 16,384: 48 KB per phone, a
 * third of a phone's heap in a 2,000-phone hall (heap dump, docs/benchmark.md). Those buffers only assemble messages
 * the browser sends over the socket, and the live pages send none: their transport is WEBSOCKET_XHR
 * ({@link LivePush}), requests go by XHR. Atmosphere also grows them when a longer message does arrive. Vaadin's
 * value is set on the framework itself, before servlet parameters are read, so it is changed there.
 */
@Component
class PushBuffers implements VaadinServiceInitListener {

    static final String BUFFER_SIZE = "org.atmosphere.websocket.bufferSize";

    private static final Logger LOG = LoggerFactory.getLogger(PushBuffers.class);

    private final int size;

    /** @param size bytes and chars per buffer; 16384 is Vaadin's own, for a before/after measurement */
    PushBuffers(@Value("${atlas.push.websocket-buffer}") int size) {
        this.size = size;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service) || service.getServlet() == null) {
            return;
        }
        ServletConfig config = service.getServlet().getServletConfig();
        Object framework = config.getServletContext().getAttribute(
                JSR356WebsocketInitializer.getAttributeName(config.getServletName()));
        if (framework instanceof AtmosphereFramework atmosphere) {
            atmosphere.addInitParameter(BUFFER_SIZE, String.valueOf(size));
        } else {
            LOG.warn("Push WebSocket buffers keep Vaadin's default size: no Atmosphere framework for servlet {}",
                    config.getServletName());
        }
    }
}
