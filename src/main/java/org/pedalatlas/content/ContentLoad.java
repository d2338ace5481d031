package org.pedalatlas.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A record that a content version was served from a given moment; answers and results will point at versions. */
@Entity
@Table(name = "content_load")
class ContentLoad {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "content_version", nullable = false, length = 64)
    private String contentVersion;

    @Column(name = "file_count", nullable = false)
    private int fileCount;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    protected ContentLoad() {
    }

    ContentLoad(String contentVersion, int fileCount, Instant loadedAt) {
        this.contentVersion = contentVersion;
        this.fileCount = fileCount;
        this.loadedAt = loadedAt;
    }
}
