package org.pedalatlas.content;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when content/ cannot be used; carries every problem found, not just the first. */
public class ContentException extends RuntimeException {

    private final transient List<ContentProblem> problems;

    public ContentException(List<ContentProblem> problems) {
        super(problems.size() + " problem(s) in content:\n" + problems.stream()
                .map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
