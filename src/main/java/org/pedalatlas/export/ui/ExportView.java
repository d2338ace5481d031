package org.pedalatlas.export.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import org.pedalatlas.content.Question;
import org.pedalatlas.export.ExportFile;
import org.pedalatlas.export.ExportFilter;
import org.pedalatlas.export.ExportFormat;
import org.pedalatlas.export.ExportService;
import org.pedalatlas.export.PrintService;
import org.pedalatlas.security.LearnerService;
import org.pedalatlas.workshop.WorkshopRecords.SessionInfo;

/**
 * For instructors: the question bank, all of it or filtered (or one workshop's question set), downloaded as Moodle XML,
 * GIFT or a QTI package, with the count and content version shown before the download and GIFT's skipped questions
 * listed with why.
 */
@Route("export")
@PageTitle("Export questions · Pedal Access Atlas")
@Menu(title = "Export questions", order = 85)
@RolesAllowed("INSTRUCTOR")
public class ExportView extends Div {

    private final ExportService exports;
    private final long instructorId;
    private final CheckboxGroup<Integer> zones = new CheckboxGroup<>("Zones");
    private final MultiSelectComboBox<String> topics = new MultiSelectComboBox<>("Topics");
    private final CheckboxGroup<Question.Type> types = new CheckboxGroup<>("Question types");
    private final CheckboxGroup<Integer> difficulties = new CheckboxGroup<>("Difficulty");
    private final ComboBox<SessionInfo> workshop = new ComboBox<>("Workshop question set");
    private final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>("Format");
    private final Paragraph summary = new Paragraph();
    private final H2 skippedHeading = new H2("Not in the GIFT file");
    private final UnorderedList skipped = new UnorderedList();
    private final Anchor download;
    private final PrintService prints;
    private final Paragraph printSummary = new Paragraph();
    private final Anchor paperQuiz;
    private final Anchor answerKey;

    /** What the next download exports: read by the download request, which runs outside the UI's lock. */
    private volatile ExportFilter filter = ExportFilter.all();
    private volatile ExportFormat chosen = ExportFormat.MOODLE_XML;

    public ExportView(ExportService exports, PrintService prints, LearnerService learners) {
        this.exports = exports;
        this.prints = prints;
        this.instructorId = learners.current().orElseThrow().id();
        addClassName("export-page");

        zones.setId("export-zones");
        zones.setItems(1, 2, 3);
        zones.setItemLabelGenerator(z -> "Zone " + z);
        zones.setHelperText("Questions about no single zone (doses, strategy) are always included.");
        topics.setId("export-topics");
        topics.setItems(Question.TOPICS);
        topics.setPlaceholder("Any topic");
        types.setId("export-types");
        types.setItems(Question.Type.values());
        types.setItemLabelGenerator(ExportView::typeLabel);
        difficulties.setId("export-difficulties");
        difficulties.setItems(1, 2, 3);
        difficulties.setItemLabelGenerator(d -> "Level " + d);
        workshop.setId("export-workshop");
        workshop.setItems(exports.workshopsOf(instructorId));
        workshop.setItemLabelGenerator(s -> s.title() + " (" + s.questionCount() + " questions, code " + s.code() + ")");
        workshop.setPlaceholder("The whole bank");
        workshop.setClearButtonVisible(true);
        workshop.setHelperText("Only the questions of this session, in its order; the filters above still apply.");
        format.setId("export-format");
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(ExportFormat::label);
        format.setValue(ExportFormat.MOODLE_XML);
        summary.setId("export-summary");
        skipped.setId("export-skipped");

        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            ExportFile file = exports.export(filter, chosen);
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), file.mediaType(),
                    file.bytes().length);
        }), "Download");
        download.setId("export-download");
        download.addClassName("export-download");

        zones.addValueChangeListener(e -> refresh());
        topics.addValueChangeListener(e -> refresh());
        types.addValueChangeListener(e -> refresh());
        difficulties.addValueChangeListener(e -> refresh());
        workshop.addValueChangeListener(e -> refresh());
        format.addValueChangeListener(e -> refresh());

        Div filters = new Div(zones, topics, types, difficulties, workshop);
        filters.addClassName("export-filters");
        // Side by side where there is room, one under the other on a phone; no stylesheet of its own needed.
        filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("align-items", "flex-start");
        topics.setMinWidth("14rem");
        workshop.setMinWidth("14rem");
        workshop.setMaxWidth("100%");
        add(new H1("Export questions"),
                new Paragraph("Take the question bank to your course's learning platform: Moodle XML keeps every "
                        + "question type (hotspots become drag-and-drop markers on the figure); GIFT is plain text for "
                        + "the types it can hold; the QTI 2.1 package is for Canvas, Blackboard and Brightspace. "
                        + "Each file names the content version it came from."),
                filters, format, summary, download, skippedHeading, skipped);

        // The paper quiz follows the filters above; the card and handouts are the same for everyone (also on /print).
        paperQuiz = PrintView.download("print-quiz", "Paper quiz", () -> prints.paperQuiz(filter));
        answerKey = PrintView.download("print-key", "Answer key, for the instructor", () -> prints.answerKey(filter));
        printSummary.setId("print-summary");
        add(new H2("Print"), new Paragraph("A paper quiz of the questions chosen above, with its answer key as a "
                        + "separate PDF; and the reading material anyone can print from the Print page."),
                printSummary, new UnorderedList(new ListItem(paperQuiz), new ListItem(answerKey),
                        new ListItem(PrintView.download("print-card", "Pocket card (A6)", prints::pocketCard)),
                        new ListItem(PrintView.download("print-zone-1", "Zone 1 handout", () -> prints.zoneHandout(1))),
                        new ListItem(PrintView.download("print-zone-2", "Zone 2 handout", () -> prints.zoneHandout(2))),
                        new ListItem(PrintView.download("print-zone-3", "Zone 3 handout", () -> prints.zoneHandout(3)))));
        refresh();
    }

    private void refresh() {
        List<String> ids = workshop.getValue() == null ? List.of()
                : exports.workshopQuestions(workshop.getValue().id(), instructorId);
        filter = new ExportFilter(Set.copyOf(zones.getValue()), Set.copyOf(topics.getValue()),
                Set.copyOf(types.getValue()), Set.copyOf(difficulties.getValue()), ids);
        chosen = format.getValue() == null ? ExportFormat.MOODLE_XML : format.getValue();
        ExportService.Preview preview = exports.preview(filter, chosen);
        int selected = preview.questionCount() + preview.skipped().size();
        summary.setText(selected == 0 ? "No question matches these filters: widen them to export."
                : preview.questionCount() == 0 ? "None of the " + selected + " selected questions can be written as "
                        + chosen.label() + ": the list below says why. Choose another format."
                : preview.questionCount() + (preview.questionCount() == 1 ? " question" : " questions")
                        + " from content version " + preview.contentVersion() + ", as " + chosen.label() + ".");
        download.setEnabled(preview.questionCount() > 0);
        download.setText(preview.questionCount() == 0 ? "Nothing to download"
                : "Download " + preview.questionCount() + " questions (" + chosen.extension() + ")");
        skipped.removeAll();
        preview.skipped().forEach(s -> skipped.add(new ListItem(s.questionId() + ": " + s.reason())));
        skippedHeading.setVisible(!preview.skipped().isEmpty());
        skipped.setVisible(!preview.skipped().isEmpty());
        int onPaper = prints.quizSize(filter);
        printSummary.setText(onPaper == 0 ? "No question matches these filters: widen them to print a quiz."
                : "The paper quiz holds the " + onPaper + (onPaper == 1 ? " question" : " questions")
                        + " chosen above (every type, hotspots on the figure).");
        if (paperQuiz != null) {
            paperQuiz.setEnabled(onPaper > 0);
            answerKey.setEnabled(onPaper > 0);
        }
        skippedHeading.setText(preview.skipped().size() + " selected "
                + (preview.skipped().size() == 1 ? "question is" : "questions are") + " not in the GIFT file");
    }

    private static String typeLabel(Question.Type t) {
        return switch (t) {
            case SINGLE -> "Single choice";
            case MULTIPLE -> "Multiple response";
            case TRUEFALSE -> "True/false";
            case NUMERIC -> "Numeric";
            case ORDERING -> "Ordering";
            case MATCHING -> "Matching";
            case HOTSPOT -> "Hotspot";
        };
    }

}
