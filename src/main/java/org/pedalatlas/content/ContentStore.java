package org.pedalatlas.content;

import java.nio.file.Files;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The content store: loads and validates content/ once at start-up and serves the immutable result.
 * A bad file throws here, so the application does not start half-taught.
 */
@Service
@EnableConfigurationProperties(ContentProperties.class)
public class ContentStore {

    private static final Logger log = LoggerFactory.getLogger(ContentStore.class);

    private final AtlasContent content;

    ContentStore(ContentProperties properties) {
        Optional<java.nio.file.Path> source = Optional.of(properties.sourceTextPath()).filter(Files::isRegularFile);
        if (source.isEmpty()) {
            log.info("Source review not found at {}: passages are not compared with its text in this run "
                    + "(the build's content test always compares them).", properties.sourceTextPath().toAbsolutePath());
        }
        long started = System.nanoTime();
        this.content = new ContentLoader().load(properties.dirPath(), source);
        log.info("Content loaded and validated in {} ms from {}: {} pages, {} glossary terms, {} numbers (version {})",
                (System.nanoTime() - started) / 1_000_000, properties.dirPath().toAbsolutePath().normalize(),
                content.pages().size(), content.glossary().size(), content.numbers().size(), content.version());
    }

    public AtlasContent content() {
        return content;
    }
}
