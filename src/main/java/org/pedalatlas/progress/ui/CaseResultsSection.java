package org.pedalatlas.progress.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.pedalatlas.trees.CaseResultService.Result;

/** The progress page's section on case scenarios: a signed-in learner's best score per case they have played. */
final class CaseResultsSection extends Section {

    CaseResultsSection(List<Result> results) {
        setId("case-results");
        add(new H2(getTranslation("progress.cases")));
        if (results.isEmpty()) {
            add(new Paragraph(new Text(getTranslation("progress.no-case") + " "),
                    new Anchor("trees#case-scenarios", getTranslation("progress.try-case")),
                    new Text(".")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (Result r : results) {
            Span detail = new Span(" — " + getTranslation("progress.case-best", r.points(), r.max(), r.plays(),
                    ProgressView.when().format(r.lastPlayed())));
            list.add(new ListItem(new Anchor(r.href(), r.title()), detail));
        }
        add(list);
    }
}
