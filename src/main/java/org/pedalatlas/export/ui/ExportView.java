package org.pedalatlas.export.ui;

import org.pedalatlas.base.Words;

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
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(title = "Export questions", order = 85)
@RolesAllowed("INSTRUCTOR")
public class ExportView extends Div implements HasDynamicTitle {

    private final ExportService exports;
    private final long instructorId;
    private final CheckboxGroup<Integer> zones = new CheckboxGroup<>(Words.get("workshop.new.zones"));
    private final MultiSelectComboBox<String> topics = new MultiSelectComboBox<>(Words.get("export.topics"));
    private final CheckboxGroup<Question.Type> types = new CheckboxGroup<>(Words.get("export.types"));
    private final CheckboxGroup<Integer> difficulties = new CheckboxGroup<>(Words.get("export.difficulty"));
    private final ComboBox<SessionInfo> workshop = new ComboBox<>(Words.get("export.workshop"));
    private final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>(Words.get("export.format"));
    private final Paragraph summary = new Paragraph();
    private final H2 skippedHeading = new H2();
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
        zones.setItemLabelGenerator(z -> Words.get("atlas.page.zone", z));
        zones.setHelperText(Words.get("export.zones-help"));
        topics.setId("export-topics");
        topics.setItems(Question.TOPICS);
        topics.setPlaceholder(Words.get("export.any-topic"));
        types.setId("export-types");
        types.setItems(Question.Type.values());
        types.setItemLabelGenerator(ExportView::typeLabel);
        difficulties.setId("export-difficulties");
        difficulties.setItems(1, 2, 3);
        difficulties.setItemLabelGenerator(d -> Words.get("export.level", d));
        workshop.setId("export-workshop");
        workshop.setItems(exports.workshopsOf(instructorId));
        workshop.setItemLabelGenerator(s -> Words.get("export.session", s.title(), s.questionCount(), s.code()));
        workshop.setPlaceholder(Words.get("export.whole-bank"));
        workshop.setClearButtonVisible(true);
        workshop.setHelperText(Words.get("export.workshop-help"));
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
        }), Words.get("export.download"));
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
        add(new H1(Words.get("base.menu.route.export")), new Paragraph(Words.get("export.intro")),
                filters, format, summary, download, skippedHeading, skipped);

        // The paper quiz follows the filters above; the card and handouts are the same for everyone (also on /print).
        paperQuiz = PrintView.download("print-quiz", Words.get("export.paper-quiz"), () -> prints.paperQuiz(filter));
        answerKey = PrintView.download("print-key", Words.get("export.answer-key"), () -> prints.answerKey(filter));
        printSummary.setId("print-summary");
        add(new H2(Words.get("export.print")), new Paragraph(Words.get("export.print-intro")),
                printSummary, new UnorderedList(new ListItem(paperQuiz), new ListItem(answerKey),
                        new ListItem(PrintView.download("print-card", Words.get("export.card"), prints::pocketCard)),
                        new ListItem(PrintView.download("print-zone-1", Words.get("export.handout", 1), () -> prints.zoneHandout(1))),
                        new ListItem(PrintView.download("print-zone-2", Words.get("export.handout", 2), () -> prints.zoneHandout(2))),
                        new ListItem(PrintView.download("print-zone-3", Words.get("export.handout", 3), () -> prints.zoneHandout(3)))));
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
        summary.setText(selected == 0 ? Words.get("export.none")
                : preview.questionCount() == 0 ? Words.get("export.none-writable", selected, chosen.label())
                : Words.get("export.summary", preview.questionCount(), preview.contentVersion(), chosen.label()));
        download.setEnabled(preview.questionCount() > 0);
        download.setText(preview.questionCount() == 0 ? Words.get("export.nothing")
                : Words.get("export.download-n", preview.questionCount(), chosen.extension()));
        skipped.removeAll();
        preview.skipped().forEach(s -> skipped.add(new ListItem(s.questionId() + ": " + s.reason())));
        skippedHeading.setVisible(!preview.skipped().isEmpty());
        skipped.setVisible(!preview.skipped().isEmpty());
        int onPaper = prints.quizSize(filter);
        printSummary.setText(onPaper == 0 ? Words.get("export.print-none") : Words.get("export.print-summary", onPaper));
        if (paperQuiz != null) {
            paperQuiz.setEnabled(onPaper > 0);
            answerKey.setEnabled(onPaper > 0);
        }
        skippedHeading.setText(Words.get("export.skipped", preview.skipped().size()));
    }

    private static String typeLabel(Question.Type t) {
        return switch (t) {
            case SINGLE -> Words.get("export.type.single");
            case MULTIPLE -> Words.get("export.type.multiple");
            case TRUEFALSE -> Words.get("export.type.truefalse");
            case NUMERIC -> Words.get("export.type.numeric");
            case ORDERING -> Words.get("export.type.ordering");
            case MATCHING -> Words.get("export.type.matching");
            case HOTSPOT -> Words.get("export.type.hotspot");
        };
    }


    @Override
    public String getPageTitle() {
        return getTranslation("export.title");
    }
}
