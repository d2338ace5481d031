package org.pedalatlas.workshop.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinService;

import org.pedalatlas.base.ui.Icons;
import org.pedalatlas.security.LearnerService;
import org.pedalatlas.workshop.SessionRules;
import org.pedalatlas.workshop.WorkshopRecords.Door;
import org.pedalatlas.workshop.WorkshopRecords.Refused;
import org.pedalatlas.workshop.WorkshopService;

/**
 * The instructor's door of a session: a "Lock joining" toggle and a participant cap (empty for none). Those who
 * joined can always come back; the lock and the cap only stop new phones, which are told why on the join page.
 * Self-contained given the session: it finds its services itself, so it can sit in the lobby or beside the
 * question controls. One instance per screen and session is kept and reused, so the presenter re-rendering on every
 * join never takes the cap field from under the instructor's typing.
 */
public final class DoorControls extends Div {

    private final long sessionId;
    private final WorkshopService workshops;
    private final long instructorId;
    private final Button lock = new Button();
    private final Span status = new Span();
    private final TextField cap = new TextField();

    /** This screen's controls for the session, created on first use; refreshed to the session's door each time. */
    public static DoorControls of(long sessionId) {
        UI ui = UI.getCurrent();
        String key = key(sessionId);
        DoorControls controls = (DoorControls) ComponentUtil.getData(ui, key);
        if (controls == null) {
            var instantiator = VaadinService.getCurrent().getInstantiator();
            long me = instantiator.getOrCreate(LearnerService.class).current().orElseThrow().id();
            controls = new DoorControls(sessionId, instantiator.getOrCreate(WorkshopService.class), me);
            ComponentUtil.setData(ui, key, controls);
        }
        controls.getElement().removeFromParent();
        controls.refresh();
        return controls;
    }

    /** Refreshes this screen's controls for the session where they are shown, if they are. */
    static void refreshShown(long sessionId) {
        if (ComponentUtil.getData(UI.getCurrent(), key(sessionId)) instanceof DoorControls controls) {
            controls.refresh();
        }
    }

    private static String key(long sessionId) {
        return DoorControls.class.getName() + "." + sessionId;
    }

    DoorControls(long sessionId, WorkshopService workshops, long instructorId) {
        this.sessionId = sessionId;
        this.workshops = workshops;
        this.instructorId = instructorId;
        addClassName("door-controls");
        lock.setText(getTranslation("workshop.door.lock"));
        cap.setLabel(getTranslation("workshop.door.cap"));
        lock.setId("door-lock");
        lock.setIcon(Icons.LOCK.create());
        lock.addClickListener(e -> {
            workshops.lockJoining(sessionId, instructorId, !workshops.door(sessionId, instructorId).locked());
            refresh();
        });
        status.setId("door-status");
        status.getElement().setAttribute("aria-live", "polite");
        status.addClassName("door-status");
        cap.setId("door-cap");
        cap.setAllowedCharPattern("\\d");
        cap.setMaxLength(String.valueOf(SessionRules.CAP_MAX).length());
        cap.getElement().setAttribute("inputmode", "numeric");
        cap.setClearButtonVisible(true);
        cap.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                setCap(e.getValue());
            }
        });
        Div lockAndStatus = new Div(lock, status);
        lockAndStatus.addClassName("door-lock");
        cap.setWidth("16rem");
        add(lockAndStatus, cap);
    }

    private void setCap(String text) {
        String value = text.strip();
        try {
            Integer parsed = value.isEmpty() ? null : Integer.valueOf(value);
            workshops.capParticipants(sessionId, instructorId, parsed);
            cap.setInvalid(false);
            refresh();
        } catch (NumberFormatException | Refused bad) {
            cap.setErrorMessage(bad instanceof Refused refused ? refused.getMessage()
                    : getTranslation("workshop.refusal.bad-cap", String.valueOf(SessionRules.CAP_MAX)));
            cap.setInvalid(true);
        }
    }

    private void refresh() {
        Door door = workshops.door(sessionId, instructorId);
        lock.getElement().setAttribute("aria-pressed", String.valueOf(door.locked()));
        if (door.locked()) {
            lock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            lock.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        status.setText(getTranslation(door.locked() ? "workshop.door.closed"
                : door.cap() != null && door.participants() >= door.cap() ? "workshop.door.full"
                : "workshop.door.open"));
        if (!cap.isInvalid()) {
            cap.setValue(door.cap() == null ? "" : String.valueOf(door.cap()));
        }
        cap.setHelperText(door.cap() == null ? getTranslation("workshop.door.joined", door.participants())
                : getTranslation("workshop.door.joined-of", door.participants(), door.cap()));
    }
}
