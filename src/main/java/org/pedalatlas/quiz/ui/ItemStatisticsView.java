package org.pedalatlas.quiz.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.pedalatlas.quiz.ItemStatistics;
import org.pedalatlas.bank.BankRecords.BankEntry;
import org.pedalatlas.bank.QuestionBank;
import org.pedalatlas.quiz.QuizService;

/** For instructors: attempts, facility and discrimination per question, with Moodle's flags. */
@Route("quiz/statistics")
@Menu(title = "Item statistics", order = 80)
@RolesAllowed("INSTRUCTOR")
public class ItemStatisticsView extends Div implements HasDynamicTitle {

    public ItemStatisticsView(QuizService quiz, QuestionBank bank) {
        addClassName("statistics-page");
        List<ItemStatistics.Item> items = quiz.itemStatistics();
        Grid<ItemStatistics.Item> grid = new Grid<>();
        grid.addColumn(i -> bank.entry(i.questionId()).map(BankEntry::stem).orElse(i.questionId())).setHeader(getTranslation("workshop.new.question")).setFlexGrow(4);
        grid.addColumn(ItemStatistics.Item::attempts).setHeader(getTranslation("quiz.statistics.attempts")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation("quiz.percent", Math.round(i.facility()))).setHeader(getTranslation("quiz.statistics.facility")).setAutoWidth(true);
        grid.addColumn(i -> i.discrimination() == null ? "—" : String.valueOf(Math.round(i.discrimination())))
                .setHeader(getTranslation("quiz.statistics.discrimination")).setAutoWidth(true);
        grid.addColumn(i -> String.join(", ", i.flags().stream().map(f -> getTranslation("quiz.statistics.flag."
                        + f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))).toList())).setHeader(getTranslation("quiz.statistics.flags")).setAutoWidth(true);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setId("item-statistics");
        add(new H1(getTranslation("base.menu.route.quiz.statistics")), new Paragraph(getTranslation("quiz.statistics.intro")),
                grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quiz.statistics.title");
    }
}
