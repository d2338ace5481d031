package org.pedalatlas.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The authors' checker: {@code ./mvnw -q compile exec:java@check-content} validates content/ without the app. */
public final class ContentCheck {

    private ContentCheck() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "content");
        Optional<Path> source = Optional.of(Path.of(args.length > 1 ? args[1] : "../shared/source/bta-punctures-review.txt"))
                .filter(Files::isRegularFile);
        if (source.isEmpty()) {
            System.out.println("Note: the source review was not found, so passages are not compared with its text.");
        }
        try {
            AtlasContent content = new ContentLoader().load(dir, source);
            System.out.printf("Content OK: %d pages, %d glossary terms, %d numbers, %d trees, %d cases, %d files (version %s)%n",
                    content.pages().size(), content.glossary().size(), content.numbers().size(),
                    content.trees().size(), content.cases().size(),
                    content.fileCount(), content.version());
        } catch (ContentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
