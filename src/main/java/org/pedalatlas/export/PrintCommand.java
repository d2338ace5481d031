package org.pedalatlas.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.pedalatlas.content.AtlasContent;
import org.pedalatlas.content.ContentException;
import org.pedalatlas.content.ContentLoader;
import org.pedalatlas.trees.TreeService;

/**
 * {@code ./mvnw -q compile exec:java@print}: the pocket card, the three zone handouts, and a paper quiz with its answer
 * key, as PDF under {@code target/prints} (or {@code -Dexport.out}), without starting the app. The quiz takes the
 * export command's filters ({@code -Dexport.zones=1 -Dexport.topics=drugs ...}, see {@link ExportCommand}).
 */
public final class PrintCommand {

    private PrintCommand() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = ExportCommand.contentDir(args);
        Path out = Path.of(System.getProperty("export.out", "target/prints"));
        AtlasContent content;
        ExportFilter filter;
        try {
            content = new ContentLoader().load(dir, Optional.empty());
            filter = ExportCommand.filterFromProperties();
        } catch (ContentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("Bad export option: " + e.getMessage());
            System.exit(2);
            return;
        }
        Files.createDirectories(out);
        String v = content.version();
        write(out, Prints.cardName(v), new PocketCard(content).render());
        ZoneHandout handout = new ZoneHandout(content, TreeService::layOut);
        for (int zone = 1; zone <= 3; zone++) {
            write(out, Prints.handoutName(zone, v), handout.render(zone));
        }
        var questions = new Exporter(content).select(filter);
        PaperQuiz paper = new PaperQuiz(content);
        write(out, Prints.quizName(v), paper.quiz(questions, Prints.describe(filter)));
        write(out, Prints.keyName(v), paper.key(questions, Prints.describe(filter)));
        System.out.printf("Paper quiz: %d questions (%s), content version %s%n", questions.size(),
                Prints.describe(filter), v);
    }

    private static void write(Path dir, String name, byte[] pdf) throws IOException {
        Path target = dir.resolve(name);
        Files.write(target, pdf);
        System.out.println(target.toAbsolutePath().normalize());
    }
}
