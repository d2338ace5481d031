package org.pedalatlas.base.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A feature that can show, in place on another feature's page, the drawing that teaches it (the figures' viewer
 * on an atlas page) provides a bean of this type, so the page does not depend on the viewer's package.
 */
public interface PageFigure {

    /** The figure that teaches the page with this id, with its viewer, or empty when no figure does. */
    Optional<Component> teaching(String pageId);
}
