package org.pedalatlas.workshop.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import org.pedalatlas.security.LearnerService;
import org.pedalatlas.workshop.WorkshopRecords.QuestionResult;
import org.pedalatlas.workshop.WorkshopRecords.Results;
import org.pedalatlas.workshop.WorkshopRecords.Standing;
import org.pedalatlas.workshop.ResultsService;

/** A session's results, read-only: per question and per participant, with a CSV export. */
@Route("workshop/:id/results")
@RolesAllowed("INSTRUCTOR")
public class ResultsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ResultsService workshops;
    private final LearnerService learners;

    public ResultsView(ResultsService workshops, LearnerService learners) {
        this.workshops = workshops;
        this.learners = learners;
        addClassName("results-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long me = learners.current().orElseThrow().id();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        Results results = workshops.results(id, me);
        Grid<QuestionResult> questions = new Grid<>();
        questions.addColumn(QuestionResult::position).setHeader("#").setAutoWidth(true);
        questions.addColumn(QuestionResult::stem).setHeader(getTranslation("workshop.new.question")).setFlexGrow(4);
        questions.addColumn(QuestionResult::answers).setHeader(getTranslation("workshop.results.answers")).setAutoWidth(true);
        questions.addColumn(q -> getTranslation("workshop.results.percent", q.meanPercent() / 100))
                .setHeader(getTranslation("workshop.results.mean")).setAutoWidth(true);
        questions.setItems(results.questions());
        questions.setAllRowsVisible(true);
        questions.setId("question-results");
        Grid<Standing> people = new Grid<>();
        people.addColumn(Standing::rank).setHeader(getTranslation("workshop.results.rank")).setAutoWidth(true);
        people.addColumn(Standing::nickname).setHeader(getTranslation("workshop.results.participant")).setFlexGrow(2);
        people.addColumn(Standing::score).setHeader(getTranslation("workshop.results.points")).setAutoWidth(true);
        people.setItems(results.standings());
        people.setAllRowsVisible(true);
        people.setId("participant-results");
        String file = "workshop-" + results.info().code() + ".csv";
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = workshops.csv(id, me).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), file, "text/csv;charset=utf-8", bytes.length);
        }), getTranslation("workshop.results.csv"));
        csv.setId("csv-export");
        csv.getElement().setAttribute("download", file);
        add(new H1(getTranslation("workshop.results.heading", results.info().title())),
                new Paragraph(getTranslation("workshop.results.summary", results.info().code(),
                        results.info().participants(), results.info().scoring().formula())), csv,
                new H2(getTranslation("workshop.results.per-question")), questions,
                new H2(getTranslation("workshop.results.per-participant")), people);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.results.title");
    }
}
