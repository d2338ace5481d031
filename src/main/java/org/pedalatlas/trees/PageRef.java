package org.pedalatlas.trees;

/** A link from a tree node or a case choice to an atlas page. */
public record PageRef(String id, String title, String href) {
}
