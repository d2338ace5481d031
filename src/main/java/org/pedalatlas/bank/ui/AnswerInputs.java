package org.pedalatlas.bank.ui;

import org.pedalatlas.base.Words;

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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.pedalatlas.bank.BankRecords.QuestionView;
import org.pedalatlas.bank.Prompt;
import org.pedalatlas.bank.Response;
import org.pedalatlas.base.ui.Icons;

/** One input per question type, all keyboard-usable and labelled. */
public final class AnswerInputs {

    private AnswerInputs() {
    }

    public static AnswerInput of(QuestionView q, HotspotInputFactory hotspots) {
        return switch (q.prompt()) {
            case Prompt.OneOf p -> single(Words.get("bank.input.one"), p.choices(), index -> new Response.Choice(Set.of(index)));
            case Prompt.TrueOrFalse p -> single(Words.get("workshop.prompt.true-false"), List.of(new Prompt.Choice(1, Words.get("bank.answer.true")),
                    new Prompt.Choice(0, Words.get("bank.answer.false"))), index -> new Response.TrueFalse(index == 1));
            case Prompt.AnyOf p -> multiple(p.choices());
            case Prompt.Number p -> numeric(p.unit());
            case Prompt.Order p -> new OrderingInput(p.items());
            case Prompt.Match p -> matching(p);
            case Prompt.Spot p -> hotspots.create(q, p);
        };
    }

    private static AnswerInput single(String label, List<Prompt.Choice> choices,
                                      java.util.function.IntFunction<Response> response) {
        RadioButtonGroup<Prompt.Choice> group = new RadioButtonGroup<>(label);
        group.setItems(choices);
        group.setItemLabelGenerator(Prompt.Choice::text);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setId("answer-input");
        group.addClassName("answer-choices");
        return new AnswerInput() {
            public Component component() { return group; }
            public Optional<Response> response() {
                if (group.getValue() == null) {
                    showProblem(Words.get("bank.input.choose-one"));
                    return Optional.empty();
                }
                return Optional.of(response.apply(group.getValue().index()));
            }
            public void showProblem(String message) { group.setErrorMessage(message); group.setInvalid(true); }
            public void setReadOnly(boolean readOnly) { group.setReadOnly(readOnly); }
        };
    }

    private static AnswerInput multiple(List<Prompt.Choice> choices) {
        CheckboxGroup<Prompt.Choice> group = new CheckboxGroup<>(Words.get("bank.input.every"));
        group.setItems(choices);
        group.setItemLabelGenerator(Prompt.Choice::text);
        group.setId("answer-input");
        group.addClassName("answer-choices");
        group.addThemeName("vertical");
        return new AnswerInput() {
            public Component component() { return group; }
            public Optional<Response> response() {
                if (group.getValue().isEmpty()) {
                    showProblem(Words.get("bank.input.choose-some"));
                    return Optional.empty();
                }
                return Optional.of(new Response.Choice(group.getValue().stream().map(Prompt.Choice::index)
                        .collect(java.util.stream.Collectors.toSet())));
            }
            public void showProblem(String message) { group.setErrorMessage(message); group.setInvalid(true); }
            public void setReadOnly(boolean readOnly) { group.setReadOnly(readOnly); }
        };
    }

    private static AnswerInput numeric(String unit) {
        TextField field = new TextField(unit.isBlank() ? Words.get("bank.input.number") : Words.get("bank.input.number-unit", unit));
        field.setId("answer-input");
        field.setAutoselect(true);
        field.getElement().setAttribute("inputmode", "decimal");
        if (!unit.isBlank()) {
            field.setSuffixComponent(new Span(unit));
        }
        field.setHelperText(Words.get("bank.input.number-help"));
        return new AnswerInput() {
            public Component component() { return field; }
            public Optional<Response> response() {
                if (field.getValue().isBlank()) {
                    showProblem(Words.get("bank.number.missing"));
                    return Optional.empty();
                }
                return Optional.of(new Response.Numeric(field.getValue()));
            }
            public void showProblem(String message) { field.setErrorMessage(message); field.setInvalid(true); }
            public void setReadOnly(boolean readOnly) { field.setReadOnly(readOnly); }
        };
    }

    /**
     * One select per left item. The left item is written out in full above its select (a field label would cut a
     * long prompt to one line) and names the select for screen readers.
     */
    private static AnswerInput matching(Prompt.Match p) {
        Div grid = new Div();
        grid.addClassName("matching");
        grid.setId("answer-input");
        List<Select<Prompt.Choice>> selects = new ArrayList<>();
        for (int i = 0; i < p.lefts().size(); i++) {
            Span prompt = new Span(p.lefts().get(i));
            prompt.addClassName("matching-prompt");
            prompt.setId("matching-prompt-" + i);
            Select<Prompt.Choice> select = new Select<>();
            select.setItems(p.rights());
            select.setItemLabelGenerator(Prompt.Choice::text);
            select.setPlaceholder(Words.get("bank.input.choose"));
            select.setEmptySelectionAllowed(false);
            select.setAriaLabel(p.lefts().get(i));
            select.getElement().setAttribute("aria-describedby", prompt.getId().orElseThrow());
            selects.add(select);
            Div row = new Div(prompt, select);
            row.addClassName("matching-row");
            grid.add(row);
        }
        return new AnswerInput() {
            public Component component() { return grid; }
            public Optional<Response> response() {
                Map<Integer, Integer> rights = new HashMap<>();
                boolean complete = true;
                for (int i = 0; i < selects.size(); i++) {
                    if (selects.get(i).getValue() == null) {
                        selects.get(i).setErrorMessage(Words.get("bank.input.choose-match"));
                        selects.get(i).setInvalid(true);
                        complete = false;
                    } else {
                        selects.get(i).setInvalid(false);
                        rights.put(i, selects.get(i).getValue().index());
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
        private final List<Prompt.Choice> items;
        private final List<Integer> order = new ArrayList<>();
        private final Div wrapper = new Div();
        private final OrderedList list = new OrderedList();
        private final Span problem = new Span();
        private boolean readOnly;

        OrderingInput(List<Prompt.Choice> items) {
            this.items = items;
            IntStream.range(0, items.size()).forEach(order::add);
            wrapper.setId("answer-input");
            wrapper.addClassName("ordering");
            Span hint = new Span(Words.get("bank.input.order-hint"));
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
                String label = items.get(order.get(i)).text();
                Span text = new Span(label);
                text.addClassName("ordering-text");
                Button up = new Button(Icons.ARROW_UP.create(), e -> move(at, -1));
                up.setAriaLabel(Words.get("bank.input.up", label));
                up.setEnabled(!readOnly && i > 0);
                Button down = new Button(Icons.ARROW_DOWN.create(), e -> move(at, 1));
                down.setAriaLabel(Words.get("bank.input.down", label));
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
        public Optional<Response> response() {
            return Optional.of(new Response.Ordering(order.stream().map(i -> items.get(i).index()).toList()));
        }
        public void showProblem(String message) { problem.setText(message); }
        public void setReadOnly(boolean readOnly) { this.readOnly = readOnly; render(); }
    }
}
