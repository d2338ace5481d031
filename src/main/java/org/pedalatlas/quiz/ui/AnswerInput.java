package org.pedalatlas.quiz.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

import org.pedalatlas.quiz.Response;

/** The input for one question type. Indexes in responses are the shown ones; the server maps them back. */
public interface AnswerInput {

    Component component();

    /** The response, or empty with a message shown next to the input when it is incomplete. */
    Optional<Response> response();

    /** Shows a message from the server (an unreadable number…) next to the input. */
    void showProblem(String message);

    void setReadOnly(boolean readOnly);
}
