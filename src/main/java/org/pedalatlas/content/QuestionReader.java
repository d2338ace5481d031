package org.pedalatlas.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads questions/*.yml: each question's key must be consistent with its type, every numeric answer must be a
 * number its own passage states (the dose guard again), every option explains itself, and every link resolves.
 */
final class QuestionReader {

    private final YamlReader yaml;
    private final SourceRefChecker refs;

    QuestionReader(YamlReader yaml, SourceRefChecker refs) {
        this.yaml = yaml;
        this.refs = refs;
    }

    List<Question> read(List<ContentFile> files, Set<String> pageIds, HotspotRegions regions, Problems problems) {
        List<Question> all = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        java.util.Map<String, String> stems = new java.util.HashMap<>();
        for (ContentFile file : files) {
            var raw = yaml.read(file, file.text(), 0, Raw.Questions.class, problems);
            if (raw.isEmpty() || raw.get().questions() == null) {
                raw.ifPresent(r -> problems.add(file.path(), 1, "questions", "no questions: list", "see content/README.md"));
                continue;
            }
            List<Raw.RawQuestion> list = raw.get().questions();
            for (int i = 0; i < list.size(); i++) {
                Checker c = new Checker(file, "questions[" + i + "]", list.get(i), problems);
                Question q = c.check(ids, pageIds, regions);
                if (q != null) {
                    String same = stems.putIfAbsent(q.stem().toLowerCase(java.util.Locale.ROOT), q.id());
                    if (same != null) {
                        problems.add(file.path(), file.lineOf("id: " + q.id()), "questions[" + i + "].stem",
                                "question '" + q.id() + "' has the same stem as question '" + same + "'",
                                "a learner cannot tell two questions apart by their stem: ask each its own way");
                    } else {
                        all.add(q);
                    }
                }
            }
        }
        return List.copyOf(all);
    }

    /** The hotspot regions that exist, as "figure/region"; a hotspot question must name one of them. */
    interface HotspotRegions {
        boolean exists(String figure, String region);
    }

    private final class Checker {
        private final ContentFile file;
        private final String field;
        private final Raw.RawQuestion q;
        private final Problems problems;
        private final int line;
        private final int before;

        Checker(ContentFile file, String field, Raw.RawQuestion q, Problems problems) {
            this.file = file;
            this.field = field;
            this.q = q;
            this.problems = problems;
            this.line = q.id() == null ? 0 : file.lineOf("id: " + q.id());
            this.before = problems.size();
        }

        private void error(String subField, String message, String hint) {
            problems.add(file.path(), line, field + (subField.isEmpty() ? "" : "." + subField),
                    (q.id() == null ? "" : "question '" + q.id() + "': ") + message, hint);
        }

        Question check(Set<String> ids, Set<String> pageIds, HotspotRegions regions) {
            if (q.id() == null || !ContentIds.ID.matcher(q.id()).matches()) {
                error("id", "missing or malformed id", "use a unique lower-case-kebab id");
            } else if (!ids.add(q.id())) {
                error("id", "duplicate id", "ids are unique over the whole question bank");
            }
            Question.Type type = type();
            if (q.difficulty() == null || q.difficulty() < 1 || q.difficulty() > 3) {
                error("difficulty", "difficulty must be 1, 2 or 3", "1 recall, 2 application, 3 judgement");
            }
            blank("stem", q.stem(), "write the question");
            blank("explanation", q.explanation(), "explain the teaching point shown after answering");
            if (q.topics() == null || q.topics().isEmpty() || !Question.TOPICS.containsAll(q.topics())) {
                error("topics", "topics missing or unknown: " + q.topics(), "use " + String.join(", ", Question.TOPICS));
            }
            if (q.zones() != null && q.zones().stream().anyMatch(z -> z == null || z < 1 || z > 3)) {
                error("zones", "zones must be 1, 2 or 3", "use [] for general questions");
            }
            if (q.pages() == null || q.pages().isEmpty()) {
                error("pages", "no atlas page teaches this question", "list the page ids that teach it");
            } else {
                q.pages().stream().filter(p -> !pageIds.contains(p)).forEach(p -> error("pages",
                        "no atlas page with id '" + p + "'", "page ids are the file names under atlas/"));
            }
            refs.check(file, field + ".src", q.src(), problems);
            Question.Key key = type == null ? null : key(type, regions);
            if (problems.size() > before || key == null) {
                return null;
            }
            return new Question(q.id(), q.difficulty(), list(q.zones()), list(q.topics()), list(q.pages()),
                    q.stem().strip(), q.explanation().strip(), q.src(), key, file.path());
        }

        private Question.Type type() {
            try {
                return Question.Type.valueOf(String.valueOf(q.type()).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error("type", "unknown type '" + q.type() + "'",
                        "use single, multiple, truefalse, numeric, ordering, matching or hotspot");
                return null;
            }
        }

        /** The answer key of the question's type, or null when it is inconsistent (the problems say why). */
        private Question.Key key(Question.Type type, HotspotRegions regions) {
            return switch (type) {
                case SINGLE -> checkOptions(type) ? new Question.SingleChoice(options()) : null;
                case MULTIPLE -> checkOptions(type) ? new Question.MultipleChoice(options()) : null;
                case TRUEFALSE -> {
                    if (q.answer() == null) {
                        error("answer", "a true/false question needs answer: true or false", "the stem is the statement");
                        yield null;
                    }
                    yield new Question.TrueFalse(q.answer());
                }
                case NUMERIC -> checkNumeric() ? numeric() : null;
                case ORDERING -> {
                    if (q.order() == null || q.order().size() < 3 || q.order().size() > 8
                            || new HashSet<>(q.order()).size() != q.order().size()) {
                        error("order", "an ordering question needs 3 to 8 distinct items", "list them in the correct order");
                        yield null;
                    }
                    yield new Question.Ordering(List.copyOf(q.order()));
                }
                case MATCHING -> {
                    if (q.pairs() == null || q.pairs().size() < 3 || q.pairs().size() > 6) {
                        error("pairs", "a matching question needs 3 to 6 pairs", "pairs: [{left: …, right: …}]");
                        yield null;
                    } else if (q.pairs().stream().map(Question.Pair::left).distinct().count() != q.pairs().size()) {
                        error("pairs", "the left items must be unique", "each left item has one right answer");
                        yield null;
                    }
                    yield new Question.Matching(List.copyOf(q.pairs()));
                }
                case HOTSPOT -> {
                    if (q.hotspot() == null || !regions.exists(q.hotspot().figure(), q.hotspot().region())) {
                        error("hotspot", q.hotspot() == null ? "a hotspot question needs hotspot: {figure, region}"
                                : "figure '" + q.hotspot().figure() + "' has no hotspot region '" + q.hotspot().region() + "'",
                                "name a figure under figures/ and one of its hotspot ids");
                        yield null;
                    }
                    yield q.hotspot();
                }
            };
        }

        private boolean checkOptions(Question.Type type) {
            int before = problems.size();
            List<Raw.RawOption> options = q.options();
            if (options == null || options.size() < 2) {
                error("options", "needs at least two options", "options: [{text, correct, why}]");
                return false;
            }
            long correct = options.stream().filter(o -> Boolean.TRUE.equals(o.correct())).count();
            if (type == Question.Type.SINGLE && correct != 1) {
                error("options", correct == 0 ? "the answer key matches no option"
                        : "a single-answer question has " + correct + " correct options", "mark exactly one correct: true");
            }
            if (type == Question.Type.MULTIPLE && (correct == 0 || correct == options.size())) {
                error("options", correct == 0 ? "the answer key matches no option" : "every option is correct",
                        "a multiple-response question needs at least one correct and one wrong option");
            }
            for (int i = 0; i < options.size(); i++) {
                Raw.RawOption o = options.get(i);
                if (o.text() == null || o.text().isBlank() || o.why() == null || o.why().isBlank()) {
                    error("options[" + i + "]", "every option needs text and why",
                            "say why this option is right or wrong, as the source does");
                }
            }
            return problems.size() == before;
        }

        private boolean checkNumeric() {
            int before = problems.size();
            Raw.RawNumeric n = q.numeric();
            if (n == null || n.value() == null || n.range() == null || n.range().size() != 2) {
                error("numeric", "a numeric question needs value and range: [min, max]", "see content/README.md");
                return false;
            }
            double tolerance = n.tolerance() == null ? 0 : n.tolerance();
            if (tolerance < 0) {
                error("numeric.tolerance", "the tolerance is negative", "use 0 for an exact answer");
            }
            if (n.value() - tolerance < n.range().get(0) || n.value() + tolerance > n.range().get(1)) {
                error("numeric", "the answer " + n.value() + " ± " + tolerance + " lies outside its own range "
                        + n.range(), "widen the range or correct the value");
            }
            if (n.unit() != null && !n.unit().isBlank() && (n.units() == null || !n.units().contains(n.unit()))) {
                error("numeric.units", "the accepted spellings do not include the unit '" + n.unit() + "'",
                        "list the unit itself in units");
            }
            if (q.src() != null && q.src().passage() != null) {
                String value = NumberText.plain(n.value());
                Pattern number = Pattern.compile("(?<![\\d.])" + Pattern.quote(value) + "(?![\\d])");
                if (!number.matcher(SourceText.normalise(q.src().passage())).find()) {
                    error("numeric.value", "the answer " + value + " does not occur in the question's passage",
                            "numeric answers must be numbers the source itself states");
                }
            }
            return problems.size() == before;
        }

        private void blank(String name, String value, String hint) {
            if (value == null || value.isBlank()) {
                error(name, "the " + name + " is missing", hint);
            }
        }

        private List<Question.Option> options() {
            return q.options() == null ? List.of() : q.options().stream().map(o -> new Question.Option(o.text().strip(),
                    Boolean.TRUE.equals(o.correct()), o.why().strip())).toList();
        }

        private Question.Numeric numeric() {
            Raw.RawNumeric n = q.numeric();
            return new Question.Numeric(n.value(), n.tolerance() == null ? 0 : n.tolerance(),
                    n.unit() == null ? "" : n.unit(), list(n.units()), List.copyOf(n.range()));
        }

        private static <T> List<T> list(List<T> list) {
            return list == null ? List.of() : List.copyOf(list);
        }
    }
}
