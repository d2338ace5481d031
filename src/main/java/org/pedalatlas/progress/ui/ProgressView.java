package org.pedalatlas.progress.ui;

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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("My progress · Pedal Access Atlas")
@Menu(title = "My progress", order = 70)
@AnonymousAllowed
public class ProgressView extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault());

    public ProgressView(ProgressService progress, LearnerService learners, CaseResultService caseResults) {
        addClassName("progress-page");
        add(new H1("My progress"));
        Optional<LearnerRef> learner = learners.current();
        if (learner.isEmpty()) {
            add(new Paragraph(new com.vaadin.flow.component.Text("Nothing yet: "), new Anchor("quiz", "take a quiz"),
                    new com.vaadin.flow.component.Text(" and your progress appears here.")));
            return;
        }
        Dashboard d = progress.dashboard(learner.get());
        Paragraph summary = new Paragraph(count(d.questionsAnswered(), "question") + " answered in "
                + count(d.history().size(), "attempt") + ". "
                + (d.reviewsDue() == 0 ? "No reviews due." : count(d.reviewsDue(), "review") + " due."));
        summary.setId("progress-summary");
        add(summary);
        Div reviews = new Div();
        reviews.setId("reviews");
        reviews.addClassName("reviews");
        showReviews(reviews, d.reviews(), progress, learner.get());
        add(new H2("Reviews"), reviews);
        addAttachListener(attach -> attach.getUI().getPage().retrieveExtendedClientDetails(details -> {
            if (progress.rememberTimeZone(learner.get(), details.getTimeZoneId())) {
                showReviews(reviews, progress.reviews(learner.get()), progress, learner.get());
            }
        }));
        if (learner.get().guest()) {
            add(new Paragraph(new Anchor("signup", "Create an account"),
                    new com.vaadin.flow.component.Text(" to keep this progress beyond this browser session.")));
        }
        add(new H2("Mastery by zone"), bars(d.byZone(), "zone-mastery"), new H2("Mastery by topic"),
                bars(d.byTopic(), "topic-mastery"));
        if (!d.weakest().isEmpty()) {
            UnorderedList weak = new UnorderedList();
            weak.setId("weakest");
            for (Mastery m : d.weakest()) {
                ListItem item = new ListItem(new Span(m.label() + " — " + Math.round(m.percent()) + " %. Read: "));
                for (int i = 0; i < m.read().size(); i++) {
                    PageRef link = m.read().get(i);
                    item.add(new Anchor(link.href(), link.title()), new Span(i < m.read().size() - 1 ? " · " : ""));
                }
                weak.add(item);
            }
            add(new H2("Weakest topics"), weak);
        }
        add(new H2("Attempts"), chart(d.history()), history(d.history()));
        if (!learner.get().guest()) {
            add(new CaseResultsSection(caseResults.results(learner.get())));
        }
    }

    /** Due today and on each of the next seven days, in the learner's time zone, and the retention they aim for. */
    private static void showReviews(Div box, ReviewService.Forecast f, ProgressService progress, LearnerRef learner) {
        box.removeAll();
        Paragraph today = new Paragraph(f.today().due() == 0 ? "Nothing to review today."
                : count(f.today().due(), "question") + " to review today.");
        today.setId("review-today");
        box.add(today);
        if (f.today().due() > 0) {
            box.add(new Paragraph(new Anchor("quiz", "Start your review on the quiz page")));
        }
        OrderedList days = new OrderedList();
        days.setId("review-forecast");
        days.addClassName("forecast");
        days.getElement().setAttribute("aria-label", "Questions due today and on each of the next seven days");
        days.add(day("Today", f.today()));
        f.next().forEach(next -> days.add(day(DAY.format(next.date()), next)));
        Paragraph zone = new Paragraph("Days as your calendar counts them (" + f.zone().getId() + ").");
        zone.addClassName("muted");
        Select<Integer> retention = new Select<>();
        retention.setId("review-retention");
        retention.setLabel("Retention you aim for");
        retention.setItems(ReviewService.RETENTIONS);
        retention.setItemLabelGenerator(p -> p + " %");
        retention.setValue(f.retentionPercent());
        retention.setHelperText("How likely you should still know an answer when it comes back. Higher means "
                + "shorter intervals and more reviews; your next answers are scheduled with it.");
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
        item.getElement().setAttribute("aria-label", label + ": " + count(day.due(), "question"));
        if (day.due() == 0) {
            item.addClassName("none");
        }
        return item;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
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
            track.getElement().setAttribute("aria-label", m.label() + ": " + Math.round(m.percent()) + " percent");
            Span label = new Span(m.label());
            Span value = new Span(Math.round(m.percent()) + " % · " + m.questions() + " q");
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
            return new Div(new Paragraph("No finished answers yet."));
        }
        int width = 600;
        int height = 160;
        int n = oldestFirst.size();
        double step = n == 1 ? 0 : (width - 40.0) / (n - 1);
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        StringBuilder alt = new StringBuilder("Attempt scores, oldest first: ");
        for (int i = 0; i < n; i++) {
            double x = 20 + i * step;
            double y = height - 20 - (height - 40) * oldestFirst.get(i).percent() / 100;
            points.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
            dots.append(String.format(java.util.Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='4'/>", x, y));
            alt.append(Math.round(oldestFirst.get(i).percent())).append(i < n - 1 ? " %, " : " %.");
        }
        String svg = "<svg class='history-chart' viewBox='0 0 " + width + " " + height + "' role='img' aria-label='"
                + alt + "'><line x1='20' y1='" + (height - 20) + "' x2='" + (width - 20) + "' y2='" + (height - 20)
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
            String what = (a.mode() == Mode.EXAM ? "Exam" : a.mode() == Mode.REVIEW ? "Review" : "Practice")
                    + " · " + WHEN.format(a.startedAt()) + " · " + a.answered() + "/" + a.questions() + " answered · "
                    + Math.round(a.percent()) + " %" + (a.marks() != null ? " · CBM " + Math.round(a.marks()) : "")
                    + (a.finishedAt() == null ? " · not finished" : "");
            // An unfinished attempt opens where the learner left it; only a finished one opens its results.
            list.add(new ListItem(new Anchor((a.finishedAt() == null ? "quiz/attempt/" : "quiz/review/") + a.id(), what)));
        }
        return list;
    }
}
