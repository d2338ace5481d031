package org.pedalatlas.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** A copy of the valid fixture folder in a temporary directory, which a test may break one file at a time. */
final class ContentFixture {

    static final Path VALID = Path.of("src/test/resources/fixtures/content-valid");

    private final Path dir;

    private ContentFixture(Path dir) {
        this.dir = dir;
    }

    static ContentFixture copyOfValid(Path tempDir) {
        try (Stream<Path> files = Files.walk(VALID)) {
            for (Path from : files.toList()) {
                Path to = tempDir.resolve(VALID.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContentFixture(tempDir);
    }

    ContentFixture edit(String file, UnaryOperator<String> change) {
        try {
            Path path = dir.resolve(file);
            String before = Files.readString(path);
            String after = change.apply(before);
            if (after.equals(before)) {
                throw new IllegalStateException("The edit changed nothing in " + file);
            }
            Files.writeString(path, after);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentFixture write(String file, String text) {
        try {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.writeString(dir.resolve(file), text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentFixture delete(String file) {
        try {
            Files.delete(dir.resolve(file));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the fixture against the source review; skips the calling test when the review is not there. */
    AtlasContent load() {
        return new ContentLoader().load(dir, Optional.of(SourceReview.require()));
    }
}
