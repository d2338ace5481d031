package org.pedalatlas.content;

import java.util.List;
import java.util.Optional;

/**
 * A short clinical case from content/cases, played as a branching scenario: each choice is rated by what the
 * source review supports, with feedback and the passage behind the judgement. A choice leads to another step
 * or, with {@code to: end}, finishes the case.
 */
public record CaseScenario(String id, String title, String summary, int order, String story, String start,
                           List<Step> steps, String file) {

    public static final String END = "end";

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public enum Rating { BEST, ACCEPTABLE, HARMFUL }

    public record Step(String id, String situation, List<Choice> choices) {
    }

    public record Choice(String label, Rating rating, String feedback, SourceRef src, List<String> pages, String to) {

        public boolean ends() {
            return END.equals(to);
        }
    }
}
