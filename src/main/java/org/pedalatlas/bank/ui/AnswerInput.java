package org.pedalatlas.bank.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

import org.pedalatlas.bank.Response;

/**
 * The input for one question type. The responses it gives use the question's own indexes, taken from the choices
 * it shows, so the order a learner saw never reaches the server.
 */
public interface AnswerInput {

    Component component();

    /** The response, or empty with a message shown next to the input when it is incomplete. */
    Optional<Response> response();

    /** Shows a message from the server (an unreadable number…) next to the input. */
    void showProblem(String message);

    void setReadOnly(boolean readOnly);
}
