package org.pedalatlas.content;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers.yml, the table of every dose, size, time, distance and rate. Each number written in a value must
 * stand in the entry's own passage: this is the guard against a wrong dose, the worst bug a teaching atlas can have.
 */
final class NumbersReader {

    static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

    private final YamlReader yaml;
    private final SourceRefChecker refs;

    NumbersReader(YamlReader yaml, SourceRefChecker refs) {
        this.yaml = yaml;
        this.refs = refs;
    }

    List<NumberEntry> read(ContentFile file, Problems problems) {
        if (file == null) {
            return List.of();
        }
        var raw = yaml.read(file, file.text(), 0, Raw.Numbers.class, problems);
        if (raw.isEmpty() || raw.get().numbers() == null) {
            raw.ifPresent(r -> problems.add(file.path(), 1, "numbers", "no numbers: list", "see content/README.md"));
            return List.of();
        }
        Set<String> ids = new HashSet<>();
        List<NumberEntry> list = raw.get().numbers();
        for (int i = 0; i < list.size(); i++) {
            NumberEntry n = list.get(i);
            String field = "numbers[" + i + "]";
            int line = n.id() == null ? 0 : file.lineOf("id: " + n.id());
            if (n.id() == null || !ContentIds.ID.matcher(n.id()).matches()) {
                problems.add(file.path(), line, field + ".id", "missing or malformed id", "use lower-case-kebab ids");
            } else if (!ids.add(n.id())) {
                problems.add(file.path(), line, field + ".id", "duplicate id '" + n.id() + "'", "ids must be unique");
            }
            if (n.category() == null || !NumberEntry.CATEGORIES.contains(n.category())) {
                problems.add(file.path(), line, field + ".category", "unknown category '" + n.category() + "'",
                        "use one of " + String.join(", ", NumberEntry.CATEGORIES));
            }
            if (blank(n.what()) || blank(n.value())) {
                problems.add(file.path(), line, field, "what and value are required", "say what the number is about");
                continue;
            }
            refs.check(file, field + ".src", n.src(), problems);
            if (n.src() != null && n.src().passage() != null) {
                String passage = SourceText.normalise(n.src().passage());
                Matcher number = NUMBER.matcher(n.value());
                while (number.find()) {
                    if (!Pattern.compile("(?<![\\d.])" + Pattern.quote(number.group()) + "(?![\\d])").matcher(passage).find()) {
                        problems.add(file.path(), file.lineOf("value:", line), field + ".value",
                                "the number " + number.group() + " in '" + n.value() + "' does not occur in its passage",
                                "numbers must be the source's own: check the value against the passage");
                    }
                }
            }
        }
        return List.copyOf(list);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
