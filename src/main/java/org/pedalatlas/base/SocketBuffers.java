package org.pedalatlas.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's read and write buffer of each open connection (issue #12: heap per phone). A hall's phones each keep a
 * WebSocket open for the whole session, and Tomcat gives every connection an 8 K read and an 8 K write buffer
 * (heap dump, docs/benchmark.md). The atlas's messages to a phone are a few hundred bytes; a longer one is simply
 * written in more than one pass. {@code atlas.socket-buffer} bytes each, 8192 being Tomcat's own.
 */
@Configuration
class SocketBuffers {

    @Bean
    TomcatConnectorCustomizer smallSocketBuffers(@Value("${atlas.socket-buffer}") int size) {
        return connector -> {
            connector.setProperty("socket.appReadBufSize", String.valueOf(size));
            connector.setProperty("socket.appWriteBufSize", String.valueOf(size));
        };
    }
}
