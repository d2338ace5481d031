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
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(title = "Workshops", order = 65)
@RolesAllowed("INSTRUCTOR")
public class WorkshopsView extends Div implements HasDynamicTitle {

    public WorkshopsView(WorkshopService workshops, QuestionBank quiz, LearnerService learners) {
        addClassName("workshops-page");
        long me = learners.current().orElseThrow().id();
        TextField title = new TextField(getTranslation("workshop.new.title"));
        title.setId("session-title");
        title.setMaxLength(120);
        title.setWidthFull();
        Grid<BankEntry> picker = new Grid<>();
        picker.setSelectionMode(Grid.SelectionMode.MULTI);
        picker.addColumn(BankEntry::stem).setHeader(getTranslation("workshop.new.question")).setFlexGrow(4);
        picker.addColumn(b -> b.type().name().toLowerCase()).setHeader(getTranslation("workshop.new.type")).setAutoWidth(true);
        picker.addColumn(b -> b.zones().isEmpty() ? getTranslation("workshop.new.all-zones") : b.zones().toString())
                .setHeader(getTranslation("workshop.new.zones")).setAutoWidth(true);
        var items = picker.setItems(quiz.entries());
        picker.setHeight("22rem");
        TextField filter = new TextField(getTranslation("workshop.new.filter"));
        filter.setId("question-filter");
        filter.setPlaceholder(getTranslation("workshop.new.filter-placeholder"));
        filter.setClearButtonVisible(true);
        filter.setWidthFull();
        filter.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> items.setFilter(b -> matches(b, e.getValue())));
        picker.setId("question-picker");
        picker.setAriaLabel(getTranslation("workshop.new.picker"));
        IntegerField limit = new IntegerField(getTranslation("workshop.new.limit"));
        limit.setId("session-limit");
        limit.setMin(5);
        limit.setMax(600);
        limit.setValue(30);
        RadioButtonGroup<Scoring> scoring = new RadioButtonGroup<>(getTranslation("workshop.new.scoring"));
        scoring.setItems(Scoring.values());
        scoring.setItemLabelGenerator(Scoring::formula);
        scoring.setValue(Scoring.CORRECTNESS);
        scoring.setId("session-scoring");
        Paragraph problem = new Paragraph();
        problem.addClassName("field-problem");
        problem.setId("session-problem");
        Button create = new Button(getTranslation("workshop.new.create"), e -> {
            try {
                Set<BankEntry> chosen = picker.getSelectedItems();
                var ids = quiz.entries().stream().filter(chosen::contains).map(BankEntry::id).toList();
                if (ids.isEmpty()) {
                    problem.setText(getTranslation("workshop.new.tick"));
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
        past.addColumn(SessionInfo::title).setHeader(getTranslation("workshop.list.session")).setFlexGrow(3);
        past.addColumn(SessionInfo::code).setHeader(getTranslation("workshop.list.code")).setAutoWidth(true);
        past.addColumn(s -> getTranslation(s.phase() == Phase.ENDED ? "workshop.list.ended" : "workshop.list.open"))
                .setHeader(getTranslation("workshop.list.state")).setAutoWidth(true);
        past.addColumn(SessionInfo::participants).setHeader(getTranslation("workshop.list.participants")).setAutoWidth(true);
        past.addComponentColumn(s -> s.phase() == Phase.ENDED
                ? new Anchor("workshop/" + s.id() + "/results", getTranslation("workshop.list.results"))
                : new Anchor("workshop/" + s.id() + "/present", getTranslation("workshop.list.present"))).setHeader("").setAutoWidth(true);
        past.setItems(workshops.sessionsOf(me));
        past.setAllRowsVisible(true);
        past.setId("past-sessions");
        add(new H1(getTranslation("workshop.list.heading")), new Paragraph(getTranslation("workshop.list.intro")),
                new H2(getTranslation("workshop.new.heading")), form, new H2(getTranslation("workshop.list.yours")), past);
    }

    private static boolean matches(BankEntry entry, String filter) {
        String f = filter == null ? "" : filter.strip().toLowerCase(java.util.Locale.ROOT);
        return f.isEmpty() || entry.stem().toLowerCase(java.util.Locale.ROOT).contains(f) || entry.id().equals(f)
                || entry.type().name().toLowerCase(java.util.Locale.ROOT).equals(f) || entry.topics().contains(f);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.list.title");
    }
}
