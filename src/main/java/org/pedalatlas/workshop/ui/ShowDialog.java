package org.pedalatlas.workshop.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Shows an atlas figure or a decision tree on the projector without leaving the session: the figure's or tree's
 * own presenter mode, framed in a full-screen dialog, so its steps, layers and choices work as on their own pages.
 * The session goes on underneath; closing the dialog returns to it.
 */
final class ShowDialog extends Dialog {

    /** Something the presenter can show: its title as listed, and the address of its presenter mode. */
    record Showable(String label, String href) {
    }

    private final ComboBox<Showable> picker = new ComboBox<>();
    private final IFrame frame = new IFrame();

    ShowDialog(List<Showable> showables) {
        setId("show-dialog");
        picker.setLabel(getTranslation("workshop.show.picker"));
        setHeaderTitle(getTranslation("workshop.show.title"));
        addClassName("show-dialog");
        setWidth("96vw");
        setHeight("94vh");
        picker.setId("show-picker");
        picker.setItems(showables);
        picker.setItemLabelGenerator(Showable::label);
        picker.setWidthFull();
        picker.setPlaceholder(getTranslation("workshop.show.placeholder"));
        picker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                frame.setSrc(e.getValue().href());
                frame.setVisible(true);
            }
        });
        frame.setId("show-frame");
        frame.addClassName("show-frame");
        frame.getElement().setAttribute("title", getTranslation("workshop.show.frame"));
        frame.setVisible(false);
        Paragraph hint = new Paragraph(getTranslation("workshop.show.hint"));
        hint.addClassName("muted");
        add(picker, hint, frame);
        Button close = new Button(getTranslation("workshop.show.back"), e -> close());
        close.setId("show-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }

    void open(Showable showable) {
        picker.setValue(showable);
        open();
    }
}
