package org.pedalatlas.quiz.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.pedalatlas.quiz.ItemStatistics;
import org.pedalatlas.bank.BankRecords.BankEntry;
import org.pedalatlas.bank.QuestionBank;
import org.pedalatlas.quiz.QuizService;

/** For instructors: attempts, facility and discrimination per question, with Moodle's flags. */
@Route("quiz/statistics")
@PageTitle("Item statistics · Pedal Access Atlas")
@Menu(title = "Item statistics", order = 80)
@RolesAllowed("INSTRUCTOR")
public class ItemStatisticsView extends Div {

    public ItemStatisticsView(QuizService quiz, QuestionBank bank) {
        addClassName("statistics-page");
        List<ItemStatistics.Item> items = quiz.itemStatistics();
        Grid<ItemStatistics.Item> grid = new Grid<>();
        grid.addColumn(i -> bank.entry(i.questionId()).map(BankEntry::stem).orElse(i.questionId())).setHeader("Question").setFlexGrow(4);
        grid.addColumn(ItemStatistics.Item::attempts).setHeader("Attempts").setAutoWidth(true);
        grid.addColumn(i -> Math.round(i.facility()) + " %").setHeader("Facility").setAutoWidth(true);
        grid.addColumn(i -> i.discrimination() == null ? "—" : String.valueOf(Math.round(i.discrimination())))
                .setHeader("Discrimination").setAutoWidth(true);
        grid.addColumn(i -> String.join(", ", i.flags())).setHeader("Flags").setAutoWidth(true);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setId("item-statistics");
        add(new H1("Item statistics"), new Paragraph("Over finished exam attempts. Facility: mean score on the item. "
                + "Discrimination: correlation of the item score with the score on the rest of the attempt (×100; "
                + "needs three attempts). Flags: above 90 % too easy, below 20 % too hard, negative discrimination."),
                grid);
    }
}
