package org.pedalatlas.quiz.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.pedalatlas.content.Question;
import org.pedalatlas.quiz.QuizRecords.QuestionView;
import org.pedalatlas.quiz.Response;

/** One input per question type, all keyboard-usable and labelled. */
public final class AnswerInputs {

    private AnswerInputs() {
    }

    public static AnswerInput of(QuestionView q, HotspotInputFactory hotspots) {
        return switch (q.type()) {
            case SINGLE, TRUEFALSE -> single(q);
            case MULTIPLE -> multiple(q);
            case NUMERIC -> numeric(q);
            case ORDERING -> new OrderingInput(q.choices());
            case MATCHING -> matching(q);
            case HOTSPOT -> hotspots.create(q);
        };
    }

    private static AnswerInput single(QuestionView q) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(q.type() == Question.Type.TRUEFALSE
                ? "True or false?" : "Choose one answer");
        group.setItems(IntStream.range(0, q.choices().size()).boxed().toList());
        group.setItemLabelGenerator(q.choices()::get);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setId("answer-input");
        group.addClassName("answer-choices");
        return new AnswerInput() {
            public Component component() { return group; }
            public Optional<Response> response() {
                if (group.getValue() == null) {
                    showProblem("Choose an answer.");
                    return Optional.empty();
                }
                return Optional.of(q.type() == Question.Type.TRUEFALSE
                        ? new Response.TrueFalse(group.getValue() == 0) : new Response.Choice(Set.of(group.getValue())));
            }
            public void showProblem(String message) { group.setErrorMessage(message); group.setInvalid(true); }
            public void setReadOnly(boolean readOnly) { group.setReadOnly(readOnly); }
        };
    }

    private static AnswerInput multiple(QuestionView q) {
        CheckboxGroup<Integer> group = new CheckboxGroup<>("Choose every correct answer");
        group.setItems(IntStream.range(0, q.choices().size()).boxed().toList());
        group.setItemLabelGenerator(q.choices()::get);
        group.setId("answer-input");
        group.addClassName("answer-choices");
        group.addThemeName("vertical");
        return new AnswerInput() {
            public Component component() { return group; }
            public Optional<Response> response() {
                if (group.getValue().isEmpty()) {
                    showProblem("Choose at least one answer.");
                    return Optional.empty();
                }
                return Optional.of(new Response.Choice(Set.copyOf(group.getValue())));
            }
            public void showProblem(String message) { group.setErrorMessage(message); group.setInvalid(true); }
            public void setReadOnly(boolean readOnly) { group.setReadOnly(readOnly); }
        };
    }

    private static AnswerInput numeric(QuestionView q) {
        TextField field = new TextField(q.unit().isBlank() ? "Your answer (a number)" : "Your answer, in " + q.unit());
        field.setId("answer-input");
        field.setAutoselect(true);
        field.getElement().setAttribute("inputmode", "decimal");
        if (!q.unit().isBlank()) {
            field.setSuffixComponent(new Span(q.unit()));
        }
        field.setHelperText("Digits, with or without the unit");
        return new AnswerInput() {
            public Component component() { return field; }
            public Optional<Response> response() {
                if (field.getValue().isBlank()) {
                    showProblem("Type a number.");
                    return Optional.empty();
                }
                return Optional.of(new Response.Numeric(field.getValue()));
            }
            public void showProblem(String message) { field.setErrorMessage(message); field.setInvalid(true); }
            public void setReadOnly(boolean readOnly) { field.setReadOnly(readOnly); }
        };
    }

    private static AnswerInput matching(QuestionView q) {
        Div grid = new Div();
        grid.addClassName("matching");
        grid.setId("answer-input");
        List<Select<Integer>> selects = new ArrayList<>();
        for (String left : q.lefts()) {
            Select<Integer> select = new Select<>();
            select.setLabel(left);
            select.setItems(IntStream.range(0, q.rights().size()).boxed().toList());
            select.setItemLabelGenerator(q.rights()::get);
            select.setPlaceholder("Choose…");
            select.setEmptySelectionAllowed(false);
            selects.add(select);
            grid.add(select);
        }
        return new AnswerInput() {
            public Component component() { return grid; }
            public Optional<Response> response() {
                Map<Integer, Integer> rights = new HashMap<>();
                boolean complete = true;
                for (int i = 0; i < selects.size(); i++) {
                    if (selects.get(i).getValue() == null) {
                        selects.get(i).setErrorMessage("Choose a match.");
                        selects.get(i).setInvalid(true);
                        complete = false;
                    } else {
                        selects.get(i).setInvalid(false);
                        rights.put(i, selects.get(i).getValue());
                    }
                }
                return complete ? Optional.of(new Response.Matching(rights)) : Optional.empty();
            }
            public void showProblem(String message) {
                selects.getFirst().setErrorMessage(message);
                selects.getFirst().setInvalid(true);
            }
            public void setReadOnly(boolean readOnly) { selects.forEach(s -> s.setReadOnly(readOnly)); }
        };
    }

    /** A list whose items move up and down with buttons — usable by keyboard and screen reader, on a phone too. */
    static final class OrderingInput implements AnswerInput {
        private final List<String> labels;
        private final List<Integer> order = new ArrayList<>();
        private final Div wrapper = new Div();
        private final OrderedList list = new OrderedList();
        private final Span problem = new Span();
        private boolean readOnly;

        OrderingInput(List<String> labels) {
            this.labels = labels;
            IntStream.range(0, labels.size()).forEach(order::add);
            wrapper.setId("answer-input");
            wrapper.addClassName("ordering");
            Span hint = new Span("Put the items in order with the arrow buttons, first at the top.");
            hint.addClassName("muted");
            problem.addClassName("field-problem");
            problem.getElement().setAttribute("role", "alert");
            wrapper.add(hint, list, problem);
            render();
        }

        private void render() {
            list.removeAll();
            for (int i = 0; i < order.size(); i++) {
                int at = i;
                String label = labels.get(order.get(i));
                Span text = new Span(label);
                text.addClassName("ordering-text");
                Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(at, -1));
                up.setAriaLabel("Move up: " + label);
                up.setEnabled(!readOnly && i > 0);
                Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(at, 1));
                down.setAriaLabel("Move down: " + label);
                down.setEnabled(!readOnly && i < order.size() - 1);
                up.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_CONTRAST);
                down.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_CONTRAST);
                ListItem item = new ListItem(text, up, down);
                item.addClassName("ordering-item");
                list.add(item);
            }
        }

        private void move(int index, int delta) {
            int other = index + delta;
            Integer moved = order.get(index);
            order.set(index, order.get(other));
            order.set(other, moved);
            render();
            ((Button) list.getComponentAt(other).getChildren().skip(delta < 0 ? 1 : 2).findFirst().orElseThrow()).focus();
        }

        public Component component() { return wrapper; }
        public Optional<Response> response() { return Optional.of(new Response.Ordering(List.copyOf(order))); }
        public void showProblem(String message) { problem.setText(message); }
        public void setReadOnly(boolean readOnly) { this.readOnly = readOnly; render(); }
    }
}
