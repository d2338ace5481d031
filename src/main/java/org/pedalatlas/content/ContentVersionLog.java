package org.pedalatlas.content;

import java.time.Instant;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Remembers in the database since when each content version has been served. */
@Component
class ContentVersionLog {

    private final ContentStore store;
    private final ContentLoadRepository repository;

    ContentVersionLog(ContentStore store, ContentLoadRepository repository) {
        this.store = store;
        this.repository = repository;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    void recordVersion() {
        AtlasContent content = store.content();
        if (repository.findFirstByContentVersionOrderByLoadedAtAsc(content.version()).isEmpty()) {
            repository.save(new ContentLoad(content.version(), content.fileCount(), Instant.now()));
        }
    }
}
