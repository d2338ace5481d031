package org.pedalatlas.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads cases/*.yml into {@link CaseScenario}s. A rating is a clinical judgement, so every choice carries the
 * passage that supports it; the steps must form a walk that always reaches the end (checked by {@link TreeGraph}).
 */
final class CaseReader {

    private record RawCase(String id, String title, String summary, Integer order, String story, String start,
                           List<RawStep> steps) {
    }

    private record RawStep(String id, String situation, List<RawChoice> choices) {
    }

    private record RawChoice(String label, String rating, String feedback, SourceRef src, List<String> pages,
                             String to) {
    }

    private final YamlReader yaml;
    private final SourceRefChecker refs;

    CaseReader(YamlReader yaml, SourceRefChecker refs) {
        this.yaml = yaml;
        this.refs = refs;
    }

    List<CaseScenario> read(List<ContentFile> files, Set<String> pageIds, Problems problems) {
        List<CaseScenario> cases = new ArrayList<>();
        for (ContentFile file : files) {
            yaml.read(file, file.text(), 0, RawCase.class, problems)
                    .ifPresent(raw -> scenario(file, raw, pageIds, problems).ifPresent(cases::add));
        }
        cases.sort(Comparator.comparingInt(CaseScenario::order).thenComparing(CaseScenario::id));
        return List.copyOf(cases);
    }

    private Optional<CaseScenario> scenario(ContentFile file, RawCase raw, Set<String> pageIds, Problems problems) {
        int before = problems.size();
        String fileId = TreeReader.fileId(file);
        if (!fileId.equals(raw.id())) {
            problems.add(file.path(), file.lineOf("id:"), "id", "the case id '" + raw.id() + "' differs from the file name",
                    "use id: " + fileId);
        }
        for (var field : new String[][] {{"title", raw.title()}, {"summary", raw.summary()}, {"story", raw.story()}}) {
            if (field[1] == null || field[1].isBlank()) {
                problems.add(file.path(), 0, field[0], field[0] + " is missing", "see content/README.md");
            }
        }
        if (raw.order() == null) {
            problems.add(file.path(), 0, "order", "order is missing", "cases are listed by ascending order");
        }
        if (raw.steps() == null || raw.steps().isEmpty()) {
            problems.add(file.path(), 0, "steps", "the case has no steps", "see content/README.md");
            return Optional.empty();
        }
        List<CaseScenario.Step> steps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        LinkedHashMap<String, List<String>> edges = new LinkedHashMap<>();
        for (int i = 0; i < raw.steps().size(); i++) {
            CaseScenario.Step step = step(file, "steps[" + i + "]", raw.steps().get(i), ids, pageIds, problems);
            RawStep s = raw.steps().get(i);
            if (s.id() != null) {
                edges.putIfAbsent(s.id(), TreeReader.list(s.choices()).stream().map(c -> String.valueOf(c.to())).toList());
            }
            if (step != null) {
                steps.add(step);
            }
        }
        edges.put(CaseScenario.END, List.of());
        if (problems.size() == before) {
            for (TreeGraph.Problem p : new TreeGraph(raw.start(), edges, Set.of(CaseScenario.END), "step").problems()) {
                boolean start = !edges.containsKey(p.node());
                problems.add(file.path(), start ? file.lineOf("start:") : TreeReader.lineOfId(file, p.node()),
                        start ? "start" : "steps." + p.node(),
                        "step '" + p.node() + "': " + p.message(), p.hint());
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CaseScenario(raw.id(), raw.title().strip(), raw.summary().strip(), raw.order(),
                raw.story().strip(), raw.start(), List.copyOf(steps), file.path()));
    }

    private CaseScenario.Step step(ContentFile file, String field, RawStep s, Set<String> ids, Set<String> pageIds,
                                   Problems problems) {
        int before = problems.size();
        int line = TreeReader.lineOfId(file, s.id());
        String who = "step '" + s.id() + "': ";
        if (s.id() == null || !ContentIds.ID.matcher(s.id()).matches() || CaseScenario.END.equals(s.id())) {
            problems.add(file.path(), line, field + ".id", who + "missing or malformed step id",
                    "use a lower-case-kebab id other than 'end', unique in this case");
        } else if (!ids.add(s.id())) {
            problems.add(file.path(), line, field + ".id", who + "duplicate step id", "step ids are unique within a case");
        }
        if (s.situation() == null || s.situation().isBlank()) {
            problems.add(file.path(), line, field + ".situation", who + "the situation is missing",
                    "describe what the learner faces at this step");
        }
        List<RawChoice> choices = TreeReader.list(s.choices());
        if (choices.size() < 2) {
            problems.add(file.path(), line, field + ".choices", who + "a step needs at least two choices",
                    "offer the choice the source favours and one it warns against");
        }
        List<CaseScenario.Choice> checked = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            RawChoice c = choices.get(i);
            String at = field + ".choices[" + i + "]";
            CaseScenario.Rating rating = rating(c.rating());
            if (rating == null) {
                problems.add(file.path(), line, at + ".rating", who + "unknown rating '" + c.rating() + "'",
                        "use best, acceptable or harmful");
            }
            if (c.label() == null || c.label().isBlank() || c.feedback() == null || c.feedback().isBlank()
                    || c.to() == null || c.to().isBlank()) {
                problems.add(file.path(), line, at, who + "a choice needs label, feedback and to",
                        "to: names the next step, or end");
            }
            refs.check(file, at + ".src", c.src(), problems);
            TreeReader.list(c.pages()).stream().filter(p -> !pageIds.contains(p)).forEach(p -> problems.add(file.path(),
                    line, at + ".pages", who + "no atlas page with id '" + p + "'", "page ids are the file names under atlas/"));
            if (problems.size() == before) {
                checked.add(new CaseScenario.Choice(c.label().strip(), rating, c.feedback().strip(), c.src(),
                        List.copyOf(TreeReader.list(c.pages())), c.to()));
            }
        }
        if (choices.stream().noneMatch(c -> "best".equalsIgnoreCase(String.valueOf(c.rating())))) {
            problems.add(file.path(), line, field + ".choices", who + "no choice is rated best",
                    "a step is scored against its best choice; rate the one the source favours as best");
        }
        return problems.size() > before ? null : new CaseScenario.Step(s.id(), s.situation().strip(), List.copyOf(checked));
    }

    private static CaseScenario.Rating rating(String value) {
        try {
            return CaseScenario.Rating.valueOf(String.valueOf(value).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
