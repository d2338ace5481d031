package org.pedalatlas.workshop.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

/**
 * The participant's screen as one element drawn in the browser ({@code components/phone-play.js}): the server
 * sets two properties - the question card shared by the phones of a session and this phone's own small state - and
 * hears back one event, the answer. A phone used to hold a Vaadin component tree that the server rebuilt, diffed and
 * encoded for every question, for each of a hall's phones; that was most of the server's work in a live session.
 */
@Tag("phone-play")
class PhonePlay extends Component {

    static final String SCRIPT = "context://components/phone-play.js";

    PhonePlay() {
        setId("play-stage");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript(SCRIPT);
    }

    /** The script an image question's drawing needs, loaded before the card that shows it. */
    void load(String script) {
        getUI().ifPresent(ui -> ui.getPage().addJavaScript(script));
    }

    /** The shared card (the same String for every phone on that question), or "" when no question is to answer. */
    void card(String json) {
        getElement().setProperty("card", json);
    }

    void state(String json) {
        getElement().setProperty("state", json);
    }

    /** The answer the phone sends: {@code {"position": n, "answer": …}} as a JSON text. */
    void onAnswer(Consumer<String> listener) {
        getElement().addEventListener("phone-answer", e -> listener.accept(e.getEventData().get("event.detail").asString()))
                .addEventData("event.detail");
    }
}
