package org.pedalatlas.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pedalatlas.content.AtlasContent;
import org.pedalatlas.content.ContentException;
import org.pedalatlas.content.ContentLoader;
import org.pedalatlas.content.Question;

/**
 * {@code ./mvnw -q compile exec:java@export-questions}: writes the bank in every format (or {@code -Dexport.formats})
 * to {@code target/exports} (or {@code -Dexport.out}), without starting the app. Filters as on the instructor page:
 * {@code -Dexport.zones=1,2 -Dexport.topics=drugs -Dexport.types=single,numeric -Dexport.difficulties=1
 * -Dexport.ids=id1,id2}. The content folder is found as the app finds it ({@code ATLAS_CONTENT_DIR} wins).
 */
public final class ExportCommand {

    private ExportCommand() {
    }

    /** The content folder as the app finds it: {@code ATLAS_CONTENT_DIR} wins, then the first argument, then {@code content}. */
    static Path contentDir(String[] args) {
        return Path.of(Optional.ofNullable(System.getenv("ATLAS_CONTENT_DIR")).filter(s -> !s.isBlank())
                .orElse(args.length > 0 ? args[0] : "content"));
    }

    public static void main(String[] args) throws IOException {
        Path dir = contentDir(args);
        Path out = Path.of(System.getProperty("export.out", "target/exports"));
        AtlasContent content;
        try {
            content = new ContentLoader().load(dir, Optional.empty());
        } catch (ContentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        ExportFilter filter;
        List<ExportFormat> formats;
        try {
            filter = filterFromProperties();
            formats = List.copyOf(list("export.formats", s -> ExportFormat.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'))));
        } catch (IllegalArgumentException e) {
            System.err.println("Bad export option: " + e.getMessage() + ". Types: " + Arrays.toString(Question.Type.values())
                    + "; formats: " + Arrays.toString(ExportFormat.values()));
            System.exit(2);
            return;
        }
        Files.createDirectories(out);
        Exporter exporter = new Exporter(content);
        for (ExportFormat format : formats.isEmpty() ? List.of(ExportFormat.values()) : formats) {
            ExportFile file = exporter.export(filter, format);
            Path target = out.resolve(file.fileName());
            Files.write(target, file.bytes());
            System.out.printf("%s: %d questions (content version %s) -> %s%n", format.label(), file.questionCount(),
                    file.contentVersion(), target.toAbsolutePath().normalize());
            file.skipped().forEach(s -> System.out.printf("  skipped %s: %s%n", s.questionId(), s.reason()));
        }
    }

    /** The filter the {@code export.*} system properties name; the print command takes the same. */
    static ExportFilter filterFromProperties() {
        return new ExportFilter(list("export.zones", Integer::valueOf), list("export.topics", s -> s),
                list("export.types", s -> Question.Type.valueOf(s.toUpperCase(Locale.ROOT))),
                list("export.difficulties", Integer::valueOf),
                List.copyOf(list("export.ids", s -> s)));
    }

    private static <T> Set<T> list(String property, Function<String, T> parse) {
        String value = System.getProperty(property, "");
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(parse)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
