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

    private final ComboBox<Showable> picker = new ComboBox<>("Figure or decision tree");
    private final IFrame frame = new IFrame();

    ShowDialog(List<Showable> showables) {
        setId("show-dialog");
        setHeaderTitle("Show during the session");
        addClassName("show-dialog");
        setWidth("96vw");
        setHeight("94vh");
        picker.setId("show-picker");
        picker.setItems(showables);
        picker.setItemLabelGenerator(Showable::label);
        picker.setWidthFull();
        picker.setPlaceholder("Type to find a figure or a tree");
        picker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                frame.setSrc(e.getValue().href());
                frame.setVisible(true);
            }
        });
        frame.setId("show-frame");
        frame.addClassName("show-frame");
        frame.getElement().setAttribute("title", "Figure or decision tree shown to the room");
        frame.setVisible(false);
        Paragraph hint = new Paragraph("Click into the picture to use its keys (arrows for steps, numbers for "
                + "choices). The session keeps running underneath.");
        hint.addClassName("muted");
        add(picker, hint, frame);
        Button close = new Button("Back to the session", e -> close());
        close.setId("show-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }

    void open(Showable showable) {
        picker.setValue(showable);
        open();
    }
}
