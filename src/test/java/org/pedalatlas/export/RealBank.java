package org.pedalatlas.export;

import java.nio.file.Path;
import java.util.Optional;

import org.pedalatlas.content.AtlasContent;
import org.pedalatlas.content.ContentLoader;

/** The real content/, read once for every export test: the exports are checked on the bank teachers will import. */
final class RealBank {

    static final AtlasContent CONTENT = new ContentLoader()
            .load(Path.of(System.getProperty("atlas.content.dir", "content")), Optional.empty());

    private RealBank() {
    }
}
