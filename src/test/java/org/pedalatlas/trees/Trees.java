package org.pedalatlas.trees;

import java.util.List;

import org.pedalatlas.content.CaseScenario;
import org.pedalatlas.content.DecisionTree;
import org.pedalatlas.content.DecisionTree.Choice;
import org.pedalatlas.content.DecisionTree.Kind;
import org.pedalatlas.content.DecisionTree.Node;
import org.pedalatlas.content.SourceRef;

/** Small trees and cases built in code for the walker, scoring and layout tests. */
final class Trees {

    private static final SourceRef REF = new SourceRef("discussion", "a passage");

    private Trees() {
    }

    static Node node(String id, Kind kind, List<String> pages, Choice... choices) {
        return new Node(id, kind, "Title of " + id, "Text", List.of(REF), pages, List.of(), List.of(choices));
    }

    /** back-bleeding? → yes: toc-toc (repeat or engaged) ; no: stop. */
    static DecisionTree wire() {
        return new DecisionTree("wire", "Wire", "Summary", 1, "bleed", List.of(
                node("bleed", Kind.QUESTION, List.of("wire-entry"), new Choice("Yes", "toc"), new Choice("No", "stop")),
                node("toc", Kind.ACTION, List.of("wire-entry", "wire-choice"), new Choice("Engages", "in"),
                        new Choice("Not yet: withdraw 1 mm and repeat", "toc")),
                node("in", Kind.OUTCOME, List.of()),
                node("stop", Kind.OUTCOME, List.of("complications-safety"))), "trees/wire.yml");
    }

    /** Like {@link #wire()}, but a later node leads back to the start ("start again"). */
    static DecisionTree withBackEdge() {
        return new DecisionTree("back", "Back", "Summary", 1, "bleed", List.of(
                node("retry", Kind.ACTION, List.of(), new Choice("Start again", "bleed")),
                node("bleed", Kind.QUESTION, List.of(), new Choice("Yes", "toc"), new Choice("No", "stop")),
                node("toc", Kind.QUESTION, List.of(), new Choice("Engages", "in"), new Choice("Lost it", "retry")),
                node("in", Kind.OUTCOME, List.of()),
                node("stop", Kind.OUTCOME, List.of())), "trees/back.yml");
    }

    static CaseScenario twoSteps() {
        var best = CaseScenario.Rating.BEST;
        var harmful = CaseScenario.Rating.HARMFUL;
        var acceptable = CaseScenario.Rating.ACCEPTABLE;
        return new CaseScenario("c", "Case", "Summary", 1, "Story", "one", List.of(
                new CaseScenario.Step("one", "First", List.of(
                        new CaseScenario.Choice("Good", best, "Yes", REF, List.of(), "two"),
                        new CaseScenario.Choice("Bad", harmful, "No", REF, List.of(), "two"))),
                new CaseScenario.Step("two", "Second", List.of(
                        new CaseScenario.Choice("Fine", acceptable, "Ok", REF, List.of(), "end"),
                        new CaseScenario.Choice("Best", best, "Yes", REF, List.of(), "end")))), "cases/c.yml");
    }
}
