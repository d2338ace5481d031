package org.pedalatlas.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads glossary.yml: every term needs a definition and a reference; terms and aliases are unique. */
final class GlossaryReader {

    private final YamlReader yaml;
    private final SourceRefChecker refs;

    GlossaryReader(YamlReader yaml, SourceRefChecker refs) {
        this.yaml = yaml;
        this.refs = refs;
    }

    List<GlossaryTerm> read(ContentFile file, Problems problems) {
        if (file == null) {
            return List.of();
        }
        var raw = yaml.read(file, file.text(), 0, Raw.Glossary.class, problems);
        if (raw.isEmpty() || raw.get().terms() == null) {
            raw.ifPresent(r -> problems.add(file.path(), 1, "terms", "no terms: list", "see content/README.md"));
            return List.of();
        }
        List<GlossaryTerm> terms = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        List<Raw.Term> list = raw.get().terms();
        for (int i = 0; i < list.size(); i++) {
            Raw.Term t = list.get(i);
            String field = "terms[" + i + "]";
            if (t.term() == null || t.term().isBlank()) {
                problems.add(file.path(), 0, field + ".term", "the term is missing", "add term:");
                continue;
            }
            int line = file.lineOf("term: " + t.term());
            if (t.definition() == null || t.definition().isBlank()) {
                problems.add(file.path(), line, field + ".definition", "'" + t.term() + "' has no definition",
                        "define it in one or two sentences, as the source uses it");
            }
            refs.check(file, field + ".src", t.src(), problems);
            List<String> aliases = t.aliases() == null ? List.of() : List.copyOf(t.aliases());
            for (String name : concat(t.term(), aliases)) {
                String previous = names.putIfAbsent(name.toLowerCase(Locale.ROOT), t.term());
                if (previous != null) {
                    problems.add(file.path(), line, field, "'" + name + "' is already used by term '" + previous + "'",
                            "each term and alias may appear once in the glossary");
                }
            }
            terms.add(new GlossaryTerm(t.term().strip(), t.expansion() == null ? "" : t.expansion().strip(), aliases,
                    t.definition() == null ? "" : t.definition().strip(), t.src()));
        }
        return List.copyOf(terms);
    }

    private static List<String> concat(String term, List<String> aliases) {
        List<String> all = new ArrayList<>(aliases);
        all.addFirst(term);
        return all;
    }
}
