package org.pedalatlas.atlas;

/** A link to an atlas page, as lists, breadcrumbs and related-item boxes show it. */
public record PageLink(String id, String title, String kind, String summary) {

    public String href() {
        return "atlas/" + id;
    }
}
