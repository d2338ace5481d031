package org.pedalatlas.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A feature that puts a tool in the top bar (the atlas search box) provides a bean of this type, so the layout
 * does not depend on the feature. {@link #create()} is called once per page shell.
 */
public interface TopBarTool {

    Component create();
}
