package org.pedalatlas.export;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import org.pedalatlas.content.AtlasContent;
import org.pedalatlas.content.Question;

/** Selects questions and writes them in a format: the whole export, without Spring, for the service and the command. */
final class Exporter {

    private final AtlasContent content;

    Exporter(AtlasContent content) {
        this.content = content;
    }

    /** The selected questions: in the filter's id order for a workshop's set, else in the bank's order. */
    List<Question> select(ExportFilter filter) {
        List<Question> selected = content.questions().stream().filter(filter::matches).toList();
        if (filter.ids().isEmpty()) {
            return selected;
        }
        return selected.stream().sorted(Comparator.comparingInt(q -> filter.ids().indexOf(q.id()))).toList();
    }

    List<ExportFile.Skipped> skipped(List<Question> questions, ExportFormat format) {
        return switch (format) {
            case GIFT -> questions.stream().flatMap(q -> GiftWriter.skipReason(q)
                    .map(r -> new ExportFile.Skipped(q.id(), r)).stream()).toList();
            case MOODLE_XML, QTI -> List.of();
        };
    }

    ExportFile export(ExportFilter filter, ExportFormat format) {
        List<Question> questions = select(filter);
        List<ExportFile.Skipped> skipped = skipped(questions, format);
        byte[] bytes = switch (format) {
            case MOODLE_XML -> new MoodleXmlWriter(content).write(questions);
            case GIFT -> new GiftWriter(content).write(questions).getBytes(StandardCharsets.UTF_8);
            case QTI -> new QtiPackageWriter(content).write(questions);
        };
        String name = "pedal-atlas-questions-" + content.version() + "." + format.extension();
        return new ExportFile(name, format.mediaType(), bytes, questions.size() - skipped.size(), content.version(),
                skipped);
    }

    String contentVersion() {
        return content.version();
    }
}
