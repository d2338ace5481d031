package org.pedalatlas.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pedalatlas.content.AtlasContent;
import org.pedalatlas.content.Question;
import org.pedalatlas.content.SourceRef;

/**
 * GIFT, the plain-text format Moodle and other LMSs import: single and multiple choice with per-option feedback,
 * true/false, numerical with tolerance, matching. GIFT has no ordering type and cannot carry a figure, so those
 * questions are listed as skipped with why, never dropped silently. A number's unit cannot be graded in GIFT: a
 * stem that does not name the unit gets it added.
 */
final class GiftWriter {

    /** The fractions Moodle accepts for one right option of k, or one wrong option of w (as in the Moodle export). */
    private static final Map<Integer, String> SHARES = Map.of(1, "100", 2, "50", 3, "33.33333", 4, "25", 5, "20",
            6, "16.66667", 7, "14.28571", 8, "12.5", 9, "11.11111", 10, "10");

    private final AtlasContent content;

    GiftWriter(AtlasContent content) {
        this.content = content;
    }

    /** Why GIFT cannot express a question, or empty when it can. */
    static Optional<String> skipReason(Question q) {
        return switch (q.key()) {
            case Question.Ordering o -> Optional.of("GIFT has no ordering type (only a Moodle plugin's own extension): "
                    + "export it as Moodle XML or QTI");
            case Question.Hotspot h -> Optional.of("GIFT is text only and cannot carry the figure a hotspot question "
                    + "is answered on: export it as Moodle XML or QTI");
            case Question.Matching m when m.pairs().size() < 3 -> Optional.of("GIFT matching needs at least three pairs");
            case Question.MultipleChoice m when m.options().stream().filter(Question.Option::correct).count() > 10
                    || m.options().stream().filter(o -> !o.correct()).count() > 10 ->
                    Optional.of("more than ten right or wrong options have no Moodle grade");
            case Question.SingleChoice s -> Optional.empty();
            case Question.MultipleChoice m -> Optional.empty();
            case Question.TrueFalse t -> Optional.empty();
            case Question.Numeric n -> Optional.empty();
            case Question.Matching m -> Optional.empty();
        };
    }

    String write(List<Question> questions) {
        StringBuilder out = new StringBuilder();
        out.append("// Pedal Access Atlas question bank, content version ").append(content.version()).append('\n');
        List<String> skipped = new ArrayList<>();
        String category = null;
        for (Question q : questions) {
            Optional<String> reason = skipReason(q);
            if (reason.isPresent()) {
                skipped.add(q.id() + ": " + reason.get());
                continue;
            }
            String c = MoodleXmlWriter.category(q);
            if (!c.equals(category)) {
                out.append("\n$CATEGORY: ").append(c).append("\n");
                category = c;
            }
            out.append('\n').append(question(q)).append('\n');
        }
        if (!skipped.isEmpty()) {
            out.append("\n// Skipped, GIFT cannot express them:\n");
            skipped.forEach(s -> out.append("// ").append(s.replace('\n', ' ')).append('\n'));
        }
        return out.toString();
    }

    private String question(Question q) {
        String general = "####" + escape(q.explanation() + " " + citation(q.src()));
        String stem = escape(q.stem());
        String answers = switch (q.key()) {
            case Question.SingleChoice s -> choices(s.options(), true);
            case Question.MultipleChoice m -> choices(m.options(), false);
            case Question.TrueFalse t -> t.answer() ? "TRUE" : "FALSE";
            case Question.Numeric n -> "#" + Xml.number(n.value()) + ":" + Xml.number(n.tolerance());
            case Question.Matching m -> String.join("\n", m.pairs().stream()
                    .map(p -> "=" + escape(p.left()) + " -> " + escape(p.right())).toList());
            case Question.Ordering o -> throw new IllegalArgumentException("skipped: " + q.id());
            case Question.Hotspot h -> throw new IllegalArgumentException("skipped: " + q.id());
        };
        if (q.key() instanceof Question.Numeric n && n.unit() != null && !n.unit().isBlank()
                && !q.stem().contains(n.unit())) {
            stem += " (answer in " + escape(n.unit()) + ")";
        }
        return "// " + q.id() + "\n::" + escape(q.id()) + "::" + stem + " {\n" + answers + "\n" + general + "\n}";
    }

    private static String choices(List<Question.Option> options, boolean single) {
        long right = options.stream().filter(Question.Option::correct).count();
        long wrong = options.size() - right;
        List<String> lines = new ArrayList<>();
        for (Question.Option o : options) {
            String mark = single ? (o.correct() ? "=" : "~")
                    : "~%" + (o.correct() ? SHARES.get((int) right) : "-" + SHARES.get((int) wrong)) + "%";
            String why = o.why() == null || o.why().isBlank() ? "" : "#" + escape(o.why());
            lines.add(mark + escape(o.text()) + why);
        }
        return String.join("\n", lines);
    }

    private String citation(SourceRef src) {
        return "Source: " + content.source().journal() + ", " + content.source().section(src.section()).label()
                + ": \"" + src.passage() + "\" " + content.source().doiUrl();
    }

    /** GIFT's special characters are escaped with a backslash; a line break would end the question. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
