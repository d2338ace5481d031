package org.pedalatlas.search.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import org.pedalatlas.search.SearchHit;
import org.pedalatlas.search.SearchService;

/** Ranked search results with highlighted snippets, at {@code /search?q=…}. */
@AnonymousAllowed
@Route("search")
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SearchService search;
    private final TextField field = new TextField(getTranslation("search.field"));
    private final Div results = new Div();

    public SearchView(SearchService search) {
        this.search = search;
        addClassName("search-page");
        field.setId("search-page-field");
        field.setWidthFull();
        field.setMaxLength(SearchService.MAX_QUERY_LENGTH);
        field.setHelperText(getTranslation("search.help"));
        field.addKeyPressListener(Key.ENTER, e -> getUI().ifPresent(ui ->
                ui.navigate("search", QueryParameters.simple(Map.of("q", field.getValue().strip())))));
        results.setId("search-results");
        results.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("search.heading")), field, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String q = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("").strip();
        field.setValue(q);
        show(q);
    }

    private void show(String q) {
        results.removeAll();
        if (q.isEmpty()) {
            return;
        }
        if (q.length() > SearchService.MAX_QUERY_LENGTH) {
            field.setInvalid(true);
            field.setErrorMessage(getTranslation("search.too-long", SearchService.MAX_QUERY_LENGTH));
            return;
        }
        SearchService.LocalizedHits found = search.search(q, getLocale());
        List<SearchHit> hits = found.hits();
        if (found.fromEnglish() && !hits.isEmpty()) {
            Paragraph english = new Paragraph(getTranslation("content.search.english-results"));
            english.addClassName("search-english");
            english.setId("search-english");
            results.add(english);
        }
        Paragraph count = new Paragraph(hits.isEmpty() ? getTranslation("search.nothing", q)
                : getTranslation("search.count", hits.size(), q));
        count.addClassName("result-count");
        results.add(count);
        OrderedList list = new OrderedList();
        list.addClassName("hits");
        for (SearchHit hit : hits) {
            Span kind = new Span(getTranslation(hit.kind()));
            kind.addClassName("chip");
            Anchor title = new Anchor(hit.href(), hit.title());
            title.addClassName("hit-title");
            Div snippet = new Div(new Html("<span>" + hit.snippetHtml() + "</span>"));
            snippet.addClassName("snippet");
            list.add(new ListItem(title, kind, snippet));
        }
        results.add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
