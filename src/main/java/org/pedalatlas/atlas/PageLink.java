package org.pedalatlas.atlas;

import org.pedalatlas.content.PageKind;
import org.pedalatlas.content.PageRef;

/**
 * An atlas page as lists, breadcrumbs and related-item boxes show it: its {@link PageRef} (the one page reference
 * type), with its kind and summary for cards.
 */
public record PageLink(PageRef ref, PageKind kind, String summary) {

    public String id() {
        return ref.id();
    }

    public String title() {
        return ref.title();
    }

    public String href() {
        return ref.href();
    }
}
