package org.pedalatlas.base.ui;

import com.vaadin.flow.component.icon.SvgIcon;

/**
 * The atlas's few interface icons, drawn for it as small SVG files ({@code META-INF/resources/icons/ui/}). Vaadin's
 * own icon set is one 53 KB script whose evaluation was the second-longest task of a page load on a phone
 * (Lighthouse); an icon from a file costs a small request instead, and only where it is shown.
 */
public enum Icons {
    SEARCH("search"), ARROW_UP("arrow-up"), ARROW_DOWN("arrow-down"), ARROW_LEFT("arrow-left"),
    ARROW_RIGHT("arrow-right"), PLUS("plus"), MINUS("minus"), EXPAND("expand"), LOCK("lock"),
    ACADEMY_CAP("academy-cap"), PRESENTATION("presentation");

    private final String file;

    Icons(String file) {
        this.file = file;
    }

    /** A new icon element; decorative, as each sits in a button or field that carries its own label. */
    public SvgIcon create() {
        SvgIcon icon = new SvgIcon("icons/ui/" + file + ".svg");
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }
}
