package org.pedalatlas.export;

import java.util.List;

import org.pedalatlas.content.ContentStore;
import org.pedalatlas.content.Question;
import org.pedalatlas.workshop.WorkshopRecords.SessionInfo;
import org.pedalatlas.workshop.WorkshopService;
import org.springframework.stereotype.Service;

/** Exports of the question bank for instructors: what a filter selects, and the file in a chosen format. */
@Service
public class ExportService {

    private final Exporter exporter;
    private final WorkshopService workshops;

    ExportService(ContentStore store, WorkshopService workshops) {
        this.exporter = new Exporter(store.content());
        this.workshops = workshops;
    }

    /** What an export with this filter and format would hold, without writing it. */
    public record Preview(int questionCount, String contentVersion, List<ExportFile.Skipped> skipped) {
    }

    public Preview preview(ExportFilter filter, ExportFormat format) {
        List<Question> selected = exporter.select(filter);
        List<ExportFile.Skipped> skipped = exporter.skipped(selected, format);
        return new Preview(selected.size() - skipped.size(), exporter.contentVersion(), skipped);
    }

    public ExportFile export(ExportFilter filter, ExportFormat format) {
        return exporter.export(filter, format);
    }

    /** The instructor's workshop sessions, whose question sets can be exported. */
    public List<SessionInfo> workshopsOf(long instructorId) {
        return workshops.sessionsOf(instructorId);
    }

    /** The question ids of one of the instructor's sessions, in the order they are asked. */
    public List<String> workshopQuestions(long sessionId, long instructorId) {
        return workshops.questionIdsOf(sessionId, instructorId);
    }
}
