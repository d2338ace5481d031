package org.pedalatlas.base.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;

/**
 * Where a page sits: a labelled navigation landmark with the way back, the last entry being the page itself
 * ({@code aria-current="page"}). One component for atlas pages, figures, trees and cases.
 */
public class Breadcrumb extends Nav {

    /** One step of the way; {@code href} null for an entry that is not a link. */
    public record Crumb(String title, String href) {
    }

    public Breadcrumb(List<Crumb> crumbs) {
        OrderedList list = new OrderedList();
        for (int i = 0; i < crumbs.size(); i++) {
            Crumb crumb = crumbs.get(i);
            var entry = crumb.href() == null ? new Span(crumb.title()) : new Anchor(crumb.href(), crumb.title());
            if (i == crumbs.size() - 1) {
                entry.getElement().setAttribute("aria-current", "page");
            }
            list.add(new ListItem(entry));
        }
        add(list);
        addClassName("breadcrumb");
        getElement().setAttribute("aria-label", getTranslation("base.breadcrumb"));
    }
}
