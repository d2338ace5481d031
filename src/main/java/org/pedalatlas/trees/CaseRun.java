package org.pedalatlas.trees;

import org.pedalatlas.base.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pedalatlas.content.CaseScenario;
import org.pedalatlas.content.CaseScenario.Choice;
import org.pedalatlas.content.CaseScenario.Rating;
import org.pedalatlas.content.CaseScenario.Step;

/**
 * A learner's way through a case scenario: the choices made so far, scored best 2, acceptable 1, harmful 0 against
 * the best choice of every step met. Immutable; written in the address as the chosen option numbers ({@code 1.2}).
 */
public record CaseRun(CaseScenario scenario, List<Answer> answers) {

    public static final int BEST_POINTS = 2;

    public record Answer(Step step, int index, Choice choice) {

        public int points() {
            return switch (choice.rating()) {
                case BEST -> BEST_POINTS;
                case ACCEPTABLE -> 1;
                case HARMFUL -> 0;
            };
        }
    }

    public CaseRun {
        answers = List.copyOf(answers);
    }

    public static CaseRun start(CaseScenario scenario) {
        return new CaseRun(scenario, List.of());
    }

    /** Replays the option numbers (1-based, dot-separated) of an address. */
    public static CaseRun parse(CaseScenario scenario, String answers) {
        CaseRun run = start(scenario);
        if (answers == null || answers.isBlank()) {
            return run;
        }
        for (String part : answers.split("\\.", -1)) {
            Optional<Step> step = run.current();
            int number;
            try {
                number = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                throw new PathNotInTree("“" + part + "” is not an option number.");
            }
            if (step.isEmpty() || number < 1 || number > step.get().choices().size()) {
                throw new PathNotInTree(Words.get("trees.walk.not-in-case", scenario.title()));
            }
            run = run.answer(number - 1);
        }
        return run;
    }

    /** The step to answer now; empty once the case has ended. */
    public Optional<Step> current() {
        if (answers.isEmpty()) {
            return scenario.step(scenario.start());
        }
        Choice last = answers.getLast().choice();
        return last.ends() ? Optional.empty() : scenario.step(last.to());
    }

    public boolean finished() {
        return current().isEmpty();
    }

    public CaseRun answer(int index) {
        Step step = current().orElseThrow(() -> new IllegalStateException("The case has ended"));
        if (index < 0 || index >= step.choices().size()) {
            throw new IllegalArgumentException("Step " + step.id() + " has no option " + (index + 1));
        }
        List<Answer> next = new ArrayList<>(answers);
        next.add(new Answer(step, index, step.choices().get(index)));
        return new CaseRun(scenario, next);
    }

    public Optional<Answer> last() {
        return answers.isEmpty() ? Optional.empty() : Optional.of(answers.getLast());
    }

    public int points() {
        return answers.stream().mapToInt(Answer::points).sum();
    }

    public int maxPoints() {
        return answers.size() * BEST_POINTS;
    }

    public long count(Rating rating) {
        return answers.stream().filter(a -> a.choice().rating() == rating).count();
    }

    public String encoded() {
        return String.join(".", answers.stream().map(a -> String.valueOf(a.index() + 1)).toList());
    }
}
