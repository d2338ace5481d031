package org.pedalatlas.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the translation overlays under {@code content/i18n/<language>/} over the loaded English content. Each file
 * mirrors an English file's name and carries the same ids with only translated fields; a missing field stays
 * English. Problems are collected like the English readers do (file, line, field, hint) and thrown together:
 * an unknown id or field, a list of the wrong length, a number that differs from the English.
 */
public final class TranslationLoader {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R?(.*)\\z", Pattern.DOTALL);

    private final YamlReader yaml = new YamlReader();

    /** Every language found under content/i18n/, by its code; empty when there is no i18n folder. */
    public Map<String, Translation> load(Path contentDir, AtlasContent english) {
        Problems problems = new Problems();
        Map<String, Translation> out = new TreeMap<>();
        Path root = contentDir.resolve("i18n");
        for (Path dir : list(root, Files::isDirectory)) {
            String language = dir.getFileName().toString();
            if (!LANGUAGE.matcher(language).matches() || language.equals("en")) {
                problems.add("i18n/" + language, 0, "", "'" + language + "' is not a language code of a translation",
                        "name the folder by the two-letter code, e.g. i18n/it or i18n/es");
                continue;
            }
            Translation t = new Language(contentDir, language, english, problems).read();
            out.put(language, t);
            english.questions().stream().filter(q -> q.topics().contains(Question.STARTER))
                    .filter(q -> t.question(q.id()).isEmpty()).forEach(q -> problems.add(q.file(), 0,
                            q.id() + ".topics", "'" + q.id() + "' is in the workshop starter set but has no "
                                    + language + " translation", "translate it in i18n/" + language + "/" + q.file()
                                    + " or take " + Question.STARTER + " out of its topics"));
        }
        list(root, Files::isRegularFile).forEach(f -> problems.add("i18n/" + f.getFileName(), 0, "",
                "a file directly under i18n/", "put translations in a language folder, e.g. i18n/it/"));
        problems.throwIfAny();
        return out;
    }

    /** The English items' fingerprints, as {@code from:} must name them: "term:ACT 3f9a1c2e"… */
    public static Map<String, String> fingerprints(AtlasContent english) {
        Map<String, String> prints = new LinkedHashMap<>();
        prints.put("zone-map", Fingerprint.of(english.zoneMap()));
        english.pages().forEach(p -> prints.put("page:" + p.id(), Fingerprint.of(p)));
        english.glossary().forEach(t -> prints.put("term:" + t.term(), Fingerprint.of(t)));
        english.questions().forEach(q -> prints.put("question:" + q.id(), Fingerprint.of(q)));
        return prints;
    }

    /** One language folder being read. */
    private final class Language {
        private final Path contentDir;
        private final String language;
        private final AtlasContent en;
        private final Problems problems;
        private final Map<String, TranslationNote> notes = new LinkedHashMap<>();
        private final List<StaleTranslation> stale = new ArrayList<>();
        private final Map<String, AtlasPage> pages = new HashMap<>();
        private final Map<String, GlossaryTerm> terms = new HashMap<>();
        private final Map<String, Question> questions = new HashMap<>();
        private ZoneMap zoneMap;

        Language(Path contentDir, String language, AtlasContent en, Problems problems) {
            this.contentDir = contentDir;
            this.language = language;
            this.en = en;
            this.problems = problems;
            this.zoneMap = en.zoneMap();
        }

        Translation read() {
            Path dir = contentDir.resolve("i18n").resolve(language);
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String inside = dir.relativize(path).toString().replace('\\', '/');
                    ContentFile file = new ContentFile("i18n/" + language + "/" + inside, readText(path));
                    dispatch(inside, file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            AtlasContent localized = new AtlasContent(en.source(), zoneMap,
                    en.pages().stream().map(p -> pages.getOrDefault(p.id(), p)).toList(),
                    en.glossary().stream().map(t -> terms.getOrDefault(t.term(), t)).toList(), en.numbers(),
                    en.questions().stream().map(q -> questions.getOrDefault(q.id(), q)).toList(), en.figures(),
                    en.trees(), en.cases(), en.aboutMarkdown(), en.version(), en.fileCount());
            return new Translation(language, localized, Map.copyOf(notes), List.copyOf(stale));
        }

        private void dispatch(String inside, ContentFile file) {
            if (inside.equals("glossary.yml")) {
                glossary(file);
            } else if (inside.equals("zone-map.yml")) {
                zoneMap(file);
            } else if (inside.matches("questions/[^/]+\\.yml")) {
                questions(file, "questions/" + inside.substring("questions/".length()));
            } else if (inside.matches("atlas/[^/]+/[^/]+\\.md")) {
                page(file, inside);
            } else {
                problems.add(file.path(), 0, "", "no English file of this name can be translated",
                        "translations mirror glossary.yml, zone-map.yml, questions/*.yml and atlas/<folder>/*.md");
            }
        }

        private void glossary(ContentFile file) {
            var raw = yaml.read(file, file.text(), 0, RawOverlay.Glossary.class, problems);
            if (raw.isEmpty() || raw.get().terms() == null) {
                return;
            }
            OverlayCheck check = check(file, raw.get().reviewedBy());
            Map<String, GlossaryTerm> english = en.glossary().stream()
                    .collect(Collectors.toMap(GlossaryTerm::term, Function.identity()));
            for (int i = 0; i < raw.get().terms().size(); i++) {
                RawOverlay.Term t = raw.get().terms().get(i);
                int line = t.id() == null ? 0 : file.lineOf("id: " + t.id());
                GlossaryTerm e = t.id() == null ? null : english.get(t.id());
                if (e == null) {
                    check.problem(line, "terms[" + i + "].id", t.id() == null ? "the id is missing"
                            : "no English glossary term '" + t.id() + "'", "id: is the term as glossary.yml writes it");
                    continue;
                }
                if (terms.containsKey(e.term())) {
                    check.problem(line, "terms[" + i + "].id", "'" + t.id() + "' is translated twice", "keep one");
                    continue;
                }
                check.item("term:" + e.term(), e.term(), line, t.from(), t.reviewedBy(), Fingerprint.of(e));
                String term = check.field(line, "term", e.term(), t.term());
                Set<String> aliases = new LinkedHashSet<>(t.aliases() == null ? List.of() : t.aliases());
                aliases.add(e.term());
                aliases.addAll(e.aliases());
                aliases.removeIf(a -> a.equalsIgnoreCase(term));
                terms.put(e.term(), new GlossaryTerm(term, check.field(line, "expansion", e.expansion(), t.expansion()),
                        List.copyOf(aliases), check.field(line, "definition", e.definition(), t.definition()), e.src()));
            }
        }

        private void zoneMap(ContentFile file) {
            var raw = yaml.read(file, file.text(), 0, RawOverlay.ZoneMap.class, problems);
            if (raw.isEmpty()) {
                return;
            }
            RawOverlay.ZoneMap t = raw.get();
            OverlayCheck check = check(file, t.reviewedBy());
            ZoneMap e = en.zoneMap();
            check.item("zone-map", "zone-map", 1, t.from(), null, Fingerprint.of(e));
            List<ZoneMap.Statement> intro = e.intro();
            if (t.intro() != null && t.intro().size() != e.intro().size()) {
                check.problem(file.lineOf("intro:"), "intro", "the English has " + e.intro().size()
                        + " intro statements, the translation " + t.intro().size(), "translate each, in order");
            } else if (t.intro() != null) {
                intro = new ArrayList<>();
                for (int i = 0; i < e.intro().size(); i++) {
                    RawOverlay.Statement s = t.intro().get(i);
                    intro.add(new ZoneMap.Statement(check.field(file.lineOf("intro:"), "intro[" + i + "].text",
                            e.intro().get(i).text(), s == null ? null : s.text()), e.intro().get(i).src()));
                }
            }
            Map<String, RawOverlay.Line> lines = new HashMap<>();
            for (RawOverlay.Line l : t.lines() == null ? List.<RawOverlay.Line>of() : t.lines()) {
                if (l.id() == null || e.lines().stream().noneMatch(x -> x.id().equals(l.id()))) {
                    check.problem(l.id() == null ? 0 : file.lineOf("id: " + l.id()), "lines.id",
                            "no English line '" + l.id() + "'", "ids are " + e.lines().stream()
                                    .map(ZoneMap.Line::id).collect(Collectors.joining(", ")));
                } else {
                    lines.put(l.id(), l);
                }
            }
            List<ZoneMap.Line> translated = e.lines().stream().map(l -> {
                RawOverlay.Line tl = lines.get(l.id());
                int line = file.lineOf("id: " + l.id());
                return tl == null ? l : new ZoneMap.Line(l.id(), check.field(line, "lines." + l.id() + ".name",
                        l.name(), tl.name()), l.colour(), check.field(line, "lines." + l.id() + ".landmark",
                        l.landmark(), tl.landmark()), l.src());
            }).toList();
            zoneMap = new ZoneMap(List.copyOf(intro), translated);
        }

        private void questions(ContentFile file, String englishFile) {
            var raw = yaml.read(file, file.text(), 0, RawOverlay.Questions.class, problems);
            if (raw.isEmpty() || raw.get().questions() == null) {
                return;
            }
            OverlayCheck check = check(file, raw.get().reviewedBy());
            for (int i = 0; i < raw.get().questions().size(); i++) {
                RawOverlay.Item t = raw.get().questions().get(i);
                int line = t.id() == null ? 0 : file.lineOf("id: " + t.id());
                Question e = en.questions().stream().filter(q -> q.id().equals(t.id())).findFirst().orElse(null);
                if (e == null || !e.file().equals(englishFile)) {
                    check.problem(line, "questions[" + i + "].id", e == null ? "no English question '" + t.id() + "'"
                            : "'" + t.id() + "' is a question of " + e.file() + ", not of " + englishFile,
                            "a translation file carries the ids of the English file of the same name");
                    continue;
                }
                if (questions.containsKey(e.id())) {
                    check.problem(line, "questions[" + i + "].id", "'" + e.id() + "' is translated twice", "keep one");
                    continue;
                }
                check.item("question:" + e.id(), e.id(), line, t.from(), t.reviewedBy(), Fingerprint.of(e));
                QuestionOverlay.apply(e, t, line, check).ifPresent(q -> questions.put(q.id(), q));
            }
        }

        private void page(ContentFile file, String inside) {
            String id = inside.substring(inside.lastIndexOf('/') + 1, inside.length() - 3);
            String folder = inside.substring("atlas/".length(), inside.lastIndexOf('/'));
            AtlasPage e = en.page(id).filter(p -> p.kind().folder().equals(folder)).orElse(null);
            if (e == null) {
                problems.add(file.path(), 1, "id", "no English page atlas/" + folder + "/" + id + ".md",
                        "a translated page has the name of the English page it translates");
                return;
            }
            Matcher m = FRONT_MATTER.matcher(file.text());
            if (!m.matches()) {
                problems.add(file.path(), 1, "", "no YAML front matter", "start with '---', id:, from:, title:, summary:, '---'");
                return;
            }
            var raw = yaml.read(file, m.group(1), 1, RawOverlay.Page.class, problems);
            if (raw.isEmpty()) {
                return;
            }
            RawOverlay.Page t = raw.get();
            OverlayCheck check = check(file, null);
            if (!id.equals(t.id())) {
                check.problem(file.lineOf("id:"), "id", "id '" + t.id() + "' differs from the file name '" + id + ".md'",
                        "use the English page's id");
            }
            check.item("page:" + id, id, 1, t.from(), t.reviewedBy(), Fingerprint.of(e));
            int bodyLine = file.lineOf("---", 2) + 1;
            String body = m.group(2).isBlank() ? e.markdown() : checkBody(check, e, m.group(2), bodyLine);
            pages.put(id, new AtlasPage(e.id(), e.kind(), check.field(1, "title", e.title(), t.title()),
                    check.field(1, "summary", e.summary(), t.summary()), e.order(), e.zone(), e.zones(), e.related(),
                    e.members(), e.card(), e.sources(), body, e.file()));
        }

        private String checkBody(OverlayCheck check, AtlasPage e, String body, int bodyLine) {
            Matcher marker = PageParser.MARKER.matcher(body);
            while (marker.find()) {
                if (!e.sources().containsKey(marker.group(1).strip())) {
                    check.problem(check.file.lineOf(marker.group(), bodyLine), "body", "marker " + marker.group()
                            + " names no reference of the English page", "use the English page's [§key] markers");
                }
            }
            for (String block : MarkdownBlocks.statementBlocks(body)) {
                if (!PageParser.MARKER.matcher(block).find()) {
                    String start = block.lines().findFirst().orElse(block).strip();
                    check.problem(check.file.lineOf(start.length() > 40 ? start.substring(0, 40) : start, bodyLine),
                            "body", "a paragraph without a source marker: \"" + start + "\"",
                            "keep the English paragraph's [§key] markers");
                }
            }
            return check.field(bodyLine, "body", e.markdown(), body);
        }

        private OverlayCheck check(ContentFile file, String reviewer) {
            return new OverlayCheck(file, language, reviewer, problems, notes, stale);
        }
    }

    private static List<Path> list(Path folder, java.util.function.Predicate<Path> filter) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readText(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    static String languageOf(Locale locale) {
        return locale == null ? "en" : locale.getLanguage();
    }
}
