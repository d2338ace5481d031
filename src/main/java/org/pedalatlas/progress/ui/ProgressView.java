package org.pedalatlas.progress.ui;

import org.pedalatlas.base.Words;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pedalatlas.progress.Mastery;
import org.pedalatlas.progress.ProgressService;
import org.pedalatlas.progress.ProgressService.Dashboard;
import org.pedalatlas.quiz.Mode;
import org.pedalatlas.quiz.QuizRecords.AttemptSummary;
import org.pedalatlas.content.PageRef;
import org.pedalatlas.quiz.ReviewService;
import org.pedalatlas.security.LearnerRef;
import org.pedalatlas.security.LearnerService;
import org.pedalatlas.trees.CaseResultService;

/**
 * Mastery per zone and topic, the attempt history as a chart, weakest topics to read, and reviews: due today and on
 * each of the next seven days in the learner's time zone, with the retention they aim for.
 */
@Route("progress")
@Menu(title = "My progress", order = 70)
@AnonymousAllowed
public class ProgressView extends Div implements HasDynamicTitle {

    /** Day and month names in the page's language ("Mon 7 Dec", "lun 7 dic", "lun 7 dic"). */
    private static DateTimeFormatter day() {
        return DateTimeFormatter.ofPattern("EEE d MMM", Words.locale());
    }

    static DateTimeFormatter when() {
        return DateTimeFormatter.ofPattern("d MMM HH:mm", Words.locale()).withZone(ZoneId.systemDefault());
    }

    public ProgressView(ProgressService progress, LearnerService learners, CaseResultService caseResults) {
        addClassName("progress-page");
        add(new H1(getTranslation("base.menu.route.progress")));
        Optional<LearnerRef> learner = learners.current();
        if (learner.isEmpty()) {
            add(new Paragraph(new com.vaadin.flow.component.Text(getTranslation("progress.nothing") + " "),
                    new Anchor("quiz", getTranslation("progress.take-quiz")),
                    new com.vaadin.flow.component.Text(" " + getTranslation("progress.appears"))));
            return;
        }
        Dashboard d = progress.dashboard(learner.get());
        Paragraph summary = new Paragraph(getTranslation("progress.summary", d.questionsAnswered(), d.history().size())
                + " " + getTranslation("progress.reviews-due", d.reviewsDue()));
        summary.setId("progress-summary");
        add(summary);
        Div reviews = new Div();
        reviews.setId("reviews");
        reviews.addClassName("reviews");
        showReviews(reviews, d.reviews(), progress, learner.get());
        add(new H2(getTranslation("progress.reviews")), reviews);
        addAttachListener(attach -> attach.getUI().getPage().retrieveExtendedClientDetails(details -> {
            if (progress.rememberTimeZone(learner.get(), details.getTimeZoneId())) {
                showReviews(reviews, progress.reviews(learner.get()), progress, learner.get());
            }
        }));
        if (learner.get().guest()) {
            add(new Paragraph(new Anchor("signup", getTranslation("security.sign-up.heading")),
                    new com.vaadin.flow.component.Text(" " + getTranslation("progress.why-account"))));
        }
        add(new H2(getTranslation("progress.by-zone")), bars(d.byZone(), "zone-mastery"), new H2(getTranslation("progress.by-topic")),
                bars(d.byTopic(), "topic-mastery"));
        if (!d.weakest().isEmpty()) {
            UnorderedList weak = new UnorderedList();
            weak.setId("weakest");
            for (Mastery m : d.weakest()) {
                ListItem item = new ListItem(new Span(getTranslation("progress.weak", m.label(), Math.round(m.percent())) + " "));
                for (int i = 0; i < m.read().size(); i++) {
                    PageRef link = m.read().get(i);
                    item.add(new Anchor(link.href(), link.title()), new Span(i < m.read().size() - 1 ? " · " : ""));
                }
                weak.add(item);
            }
            add(new H2(getTranslation("progress.weakest")), weak);
        }
        add(new H2(getTranslation("quiz.statistics.attempts")), chart(d.history()), history(d.history()));
        if (!learner.get().guest()) {
            add(new CaseResultsSection(caseResults.results(learner.get())));
        }
    }

    /** Due today and on each of the next seven days, in the learner's time zone, and the retention they aim for. */
    private static void showReviews(Div box, ReviewService.Forecast f, ProgressService progress, LearnerRef learner) {
        box.removeAll();
        Paragraph today = new Paragraph(Words.get("progress.today", f.today().due()));
        today.setId("review-today");
        box.add(today);
        if (f.today().due() > 0) {
            box.add(new Paragraph(new Anchor("quiz", Words.get("progress.start-review"))));
        }
        OrderedList days = new OrderedList();
        days.setId("review-forecast");
        days.addClassName("forecast");
        days.getElement().setAttribute("aria-label", Words.get("progress.forecast"));
        days.add(day(Words.get("progress.today-name"), f.today()));
        f.next().forEach(next -> days.add(day(day().format(next.date()), next)));
        Paragraph zone = new Paragraph(Words.get("progress.zone", f.zone().getId()));
        zone.addClassName("muted");
        Select<Integer> retention = new Select<>();
        retention.setId("review-retention");
        retention.setLabel(Words.get("progress.retention"));
        retention.setItems(ReviewService.RETENTIONS);
        retention.setItemLabelGenerator(p -> Words.get("quiz.percent", p));
        retention.setValue(f.retentionPercent());
        retention.setHelperText(Words.get("progress.retention-help"));
        retention.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                progress.chooseRetention(learner, e.getValue());
            }
        });
        box.add(days, zone, retention);
    }

    private static ListItem day(String label, ReviewService.Day day) {
        Span name = new Span(label);
        name.addClassName("day");
        Span due = new Span(String.valueOf(day.due()));
        due.addClassName("count");
        ListItem item = new ListItem(name, due);
        item.getElement().setAttribute("data-date", day.date().toString());
        item.getElement().setAttribute("aria-label", Words.get("progress.day-due", label, day.due()));
        if (day.due() == 0) {
            item.addClassName("none");
        }
        return item;
    }


    private static Div bars(List<Mastery> list, String id) {
        Div bars = new Div();
        bars.addClassName("mastery");
        bars.setId(id);
        for (Mastery m : list) {
            Div bar = new Div();
            bar.addClassName("bar");
            bar.getStyle().set("width", Math.max(1, Math.round(m.percent())) + "%");
            Div track = new Div(bar);
            track.addClassName("track");
            track.getElement().setAttribute("role", "img");
            track.getElement().setAttribute("aria-label", Words.get("progress.bar", m.label(), Math.round(m.percent())));
            Span label = new Span(m.label());
            Span value = new Span(Words.get("progress.bar-value", Math.round(m.percent()), m.questions()));
            value.addClassName("muted");
            Div row = new Div(label, track, value);
            row.addClassName("mastery-row");
            bars.add(row);
        }
        return bars;
    }

    /** A small SVG chart of attempt scores, oldest to newest, with a text alternative. */
    private static Div chart(List<AttemptSummary> history) {
        List<AttemptSummary> oldestFirst = history.reversed().stream().filter(a -> a.answered() > 0).toList();
        if (oldestFirst.isEmpty()) {
            return new Div(new Paragraph(Words.get("progress.no-answers")));
        }
        int width = 600;
        int height = 160;
        int n = oldestFirst.size();
        double step = n == 1 ? 0 : (width - 40.0) / (n - 1);
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        StringBuilder alt = new StringBuilder(Words.get("progress.chart") + " ");
        for (int i = 0; i < n; i++) {
            double x = 20 + i * step;
            double y = height - 20 - (height - 40) * oldestFirst.get(i).percent() / 100;
            points.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
            dots.append(String.format(java.util.Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='4'/>", x, y));
            alt.append(Math.round(oldestFirst.get(i).percent())).append(i < n - 1 ? " %, " : " %.");
        }
        String svg = "<svg class='history-chart' viewBox='0 0 " + width + " " + height + "' role='img' aria-label='"
                + org.pedalatlas.base.HtmlText.escape(alt.toString()) + "'><line x1='20' y1='" + (height - 20) + "' x2='" + (width - 20) + "' y2='" + (height - 20)
                + "' class='axis'/><line x1='20' y1='20' x2='" + (width - 20) + "' y2='20' class='grid'/>"
                + "<text x='0' y='24' class='label'>100</text><text x='8' y='" + (height - 16) + "' class='label'>0</text>"
                + "<polyline points='" + points + "' class='line'/>" + dots + "</svg>";
        Div wrapper = new Div(new Html("<div>" + svg + "</div>"));
        wrapper.addClassName("chart");
        wrapper.setId("history-chart");
        return wrapper;
    }

    private static UnorderedList history(List<AttemptSummary> history) {
        UnorderedList list = new UnorderedList();
        list.setId("attempt-history");
        list.addClassName("history");
        for (AttemptSummary a : history) {
            String what = Words.get("progress.attempt", Words.get("quiz.mode." + a.mode().name().toLowerCase(Locale.ROOT)),
                    when().format(a.startedAt()), a.answered(), a.questions(), Math.round(a.percent()))
                    + (a.marks() != null ? " · " + Words.get("progress.cbm", Math.round(a.marks())) : "")
                    + (a.finishedAt() == null ? " · " + Words.get("progress.not-finished") : "");
            // An unfinished attempt opens where the learner left it; only a finished one opens its results.
            list.add(new ListItem(new Anchor((a.finishedAt() == null ? "quiz/attempt/" : "quiz/review/") + a.id(), what)));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progress.title");
    }
}
