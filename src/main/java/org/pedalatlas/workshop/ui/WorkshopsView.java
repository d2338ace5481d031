package org.pedalatlas.workshop.ui;

import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.pedalatlas.bank.BankRecords.BankEntry;
import org.pedalatlas.bank.QuestionBank;
import org.pedalatlas.security.LearnerService;
import org.pedalatlas.workshop.Phase;
import org.pedalatlas.workshop.Scoring;
import org.pedalatlas.workshop.WorkshopRecords.NewSession;
import org.pedalatlas.workshop.WorkshopRecords.Refused;
import org.pedalatlas.workshop.WorkshopRecords.SessionInfo;
import org.pedalatlas.workshop.WorkshopService;

/** For instructors: create a live session from hand-picked questions, and open past ones (read-only results). */
@Route("workshop")
@PageTitle("Workshops · Pedal Access Atlas")
@Menu(title = "Workshops", order = 65)
@RolesAllowed("INSTRUCTOR")
public class WorkshopsView extends Div {

    public WorkshopsView(WorkshopService workshops, QuestionBank quiz, LearnerService learners) {
        addClassName("workshops-page");
        long me = learners.current().orElseThrow().id();
        TextField title = new TextField("Title");
        title.setId("session-title");
        title.setMaxLength(120);
        title.setWidthFull();
        Grid<BankEntry> picker = new Grid<>();
        picker.setSelectionMode(Grid.SelectionMode.MULTI);
        picker.addColumn(BankEntry::stem).setHeader("Question").setFlexGrow(4);
        picker.addColumn(b -> b.type().name().toLowerCase()).setHeader("Type").setAutoWidth(true);
        picker.addColumn(b -> b.zones().isEmpty() ? "all" : b.zones().toString()).setHeader("Zones").setAutoWidth(true);
        var items = picker.setItems(quiz.entries());
        picker.setHeight("22rem");
        TextField filter = new TextField("Filter questions");
        filter.setId("question-filter");
        filter.setPlaceholder("Words of the question, a type, a topic or an id");
        filter.setClearButtonVisible(true);
        filter.setWidthFull();
        filter.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> items.setFilter(b -> matches(b, e.getValue())));
        picker.setId("question-picker");
        picker.setAriaLabel("Questions for the session");
        IntegerField limit = new IntegerField("Time limit per question (seconds, empty for none)");
        limit.setId("session-limit");
        limit.setMin(5);
        limit.setMax(600);
        limit.setValue(30);
        RadioButtonGroup<Scoring> scoring = new RadioButtonGroup<>("Scoring");
        scoring.setItems(Scoring.values());
        scoring.setItemLabelGenerator(Scoring::formula);
        scoring.setValue(Scoring.CORRECTNESS);
        scoring.setId("session-scoring");
        Paragraph problem = new Paragraph();
        problem.addClassName("field-problem");
        problem.setId("session-problem");
        Button create = new Button("Create session", e -> {
            try {
                Set<BankEntry> chosen = picker.getSelectedItems();
                var ids = quiz.entries().stream().filter(chosen::contains).map(BankEntry::id).toList();
                if (ids.isEmpty()) {
                    problem.setText("Tick at least one question in the list.");
                    return;
                }
                SessionInfo info = workshops.create(me, new NewSession(title.getValue(), ids, limit.getValue(),
                        scoring.getValue()));
                getUI().ifPresent(ui -> ui.navigate("workshop/" + info.id() + "/present"));
            } catch (Refused refused) {
                problem.setText(refused.getMessage());
            }
        });
        create.setId("session-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(title, filter, picker, limit, scoring, problem, create);
        form.addClassName("workshop-form");
        Grid<SessionInfo> past = new Grid<>();
        past.addColumn(SessionInfo::title).setHeader("Session").setFlexGrow(3);
        past.addColumn(SessionInfo::code).setHeader("Code").setAutoWidth(true);
        past.addColumn(s -> s.phase() == Phase.ENDED ? "ended" : "open").setHeader("State").setAutoWidth(true);
        past.addColumn(SessionInfo::participants).setHeader("Participants").setAutoWidth(true);
        past.addComponentColumn(s -> s.phase() == Phase.ENDED
                ? new Anchor("workshop/" + s.id() + "/results", "Results")
                : new Anchor("workshop/" + s.id() + "/present", "Present")).setHeader("").setAutoWidth(true);
        past.setItems(workshops.sessionsOf(me));
        past.setAllRowsVisible(true);
        past.setId("past-sessions");
        add(new H1("Live workshops"), new Paragraph("Participants join on their phones with a code, no account. "
                + "Everything is saved as it happens: a restart resumes the session."), new H2("New session"), form,
                new H2("Your sessions"), past);
    }

    private static boolean matches(BankEntry entry, String filter) {
        String f = filter == null ? "" : filter.strip().toLowerCase(java.util.Locale.ROOT);
        return f.isEmpty() || entry.stem().toLowerCase(java.util.Locale.ROOT).contains(f) || entry.id().equals(f)
                || entry.type().name().toLowerCase(java.util.Locale.ROOT).equals(f) || entry.topics().contains(f);
    }
}
