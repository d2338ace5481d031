package org.pedalatlas.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Prints the address to open once the server listens, so the README's run command ends with a URL. */
@Component
class StartupUrl implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupUrl.class);

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        log.info("Pedal Access Atlas is running: open http://localhost:{}/ in a browser",
                event.getWebServer().getPort());
    }
}
