package org.pedalatlas.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads content/ into {@link AtlasContent}, or throws a {@link ContentException} listing every problem.
 * Plain class without Spring so that the checker command and tests use exactly what the app uses.
 */
public final class ContentLoader {

    private final YamlReader yaml = new YamlReader();
    private final MessageDigest digest = sha256();
    private final Set<String> pageFileIds = new HashSet<>();
    private int fileCount;

    /**
     * @param sourceText the source review; when absent, passages are checked for presence but not against the text
     */
    public AtlasContent load(Path contentDir, Optional<Path> sourceText) {
        Problems problems = new Problems();
        if (!Files.isDirectory(contentDir)) {
            problems.add(contentDir.toString(), 0, "", "the content folder does not exist",
                    "set atlas.content.dir (ATLAS_CONTENT_DIR) to the folder holding source/, atlas/ and glossary.yml");
            problems.throwIfAny();
        }
        Raw.Sections sections = readYaml(contentDir, "source/sections.yml", Raw.Sections.class, problems)
                .orElse(null);
        problems.throwIfAny();
        SourceInfo source = sourceInfo(sections, problems);
        problems.throwIfAny();
        Optional<SourceText> text = sourceText.map(p -> SourceText.parse(readText(p), source.sections()));
        text.ifPresent(t -> source.sections().stream().filter(s -> !t.hasSection(s.id())).forEach(s -> problems.add(
                "source/sections.yml", 0, "sections." + s.id(), "heading '" + s.heading() + "' is not a line of the source",
                "copy the heading exactly as it stands alone on its line in the source")));
        SourceRefChecker refs = new SourceRefChecker(
                source.sections().stream().map(SourceSection::id).collect(Collectors.toSet()), text);

        List<AtlasPage> pages = readPages(contentDir, refs, problems);
        List<GlossaryTerm> glossary = new GlossaryReader(yaml, refs).read(file(contentDir, "glossary.yml", problems),
                problems);
        List<NumberEntry> numbers = new NumbersReader(yaml, refs).read(file(contentDir, "numbers.yml", problems),
                problems);
        List<Figure> figures = new FigureReader(yaml, refs).read(figureFiles(contentDir), pageFileIds, problems);
        List<DecisionTree> trees = new TreeReader(yaml, refs).read(ymlFiles(contentDir, "trees"), pageFileIds,
                id -> figures.stream().anyMatch(f -> f.id().equals(id)), problems);
        List<CaseScenario> cases = new CaseReader(yaml, refs).read(ymlFiles(contentDir, "cases"), pageFileIds, problems);
        ZoneMap zoneMap = readZoneMap(contentDir, refs, problems);
        List<Question> questions = new QuestionReader(yaml, refs).read(questionFiles(contentDir), pageFileIds,
                (figure, region) -> figures.stream().anyMatch(f -> f.id().equals(figure) && f.hotspot(region).isPresent()),
                problems);
        ContentFile about = file(contentDir, "about.md", problems);
        if (about != null && about.text().isBlank()) {
            problems.add(about.path(), 1, "", "the About page is empty", "describe the atlas and its source");
        }
        new CrossReferences(pages, numbers, pageFileIds).check(contentDir, problems);
        problems.throwIfAny();
        return new AtlasContent(source, zoneMap, pages, glossary, numbers, questions, figures, trees, cases,
                about == null ? "" : about.text(),
                HexFormat.of().formatHex(digest.digest()).substring(0, 12), fileCount);
    }

    private List<AtlasPage> readPages(Path contentDir, SourceRefChecker refs, Problems problems) {
        PageParser parser = new PageParser(yaml, refs);
        List<AtlasPage> pages = new ArrayList<>();
        for (PageKind kind : PageKind.values()) {
            Path folder = contentDir.resolve("atlas").resolve(kind.folder());
            for (Path path : list(folder)) {
                String name = path.getFileName().toString();
                String relative = relative(contentDir, path);
                if (!name.endsWith(".md")) {
                    problems.add(relative, 0, "", "not a Markdown file", "atlas pages are .md files; move other files out");
                    continue;
                }
                ContentFile file = new ContentFile(relative, readText(path));
                hash(file);
                pageFileIds.add(name.substring(0, name.length() - 3));
                parser.parse(file, kind, name.substring(0, name.length() - 3), problems).ifPresent(pages::add);
            }
        }
        pages.sort(Comparator.comparingInt(AtlasPage::order).thenComparing(AtlasPage::id));
        return List.copyOf(pages);
    }

    private ZoneMap readZoneMap(Path dir, SourceRefChecker refs, Problems problems) {
        ContentFile file = file(dir, "zone-map.yml", problems);
        Optional<ZoneMap> map = file == null ? Optional.empty() : yaml.read(file, file.text(), 0, ZoneMap.class, problems);
        if (map.isEmpty()) {
            return new ZoneMap(List.of(), List.of());
        }
        if (map.get().intro() == null || map.get().lines() == null || map.get().lines().isEmpty()) {
            problems.add(file.path(), 1, "intro/lines", "the zone map needs intro: and lines:", "see content/README.md");
            return new ZoneMap(List.of(), List.of());
        }
        for (int i = 0; i < map.get().intro().size(); i++) {
            refs.check(file, "intro[" + i + "].src", map.get().intro().get(i).src(), problems);
        }
        for (int i = 0; i < map.get().lines().size(); i++) {
            ZoneMap.Line line = map.get().lines().get(i);
            if (line.colour() == null || !line.colour().matches("#[0-9a-fA-F]{6}")) {
                problems.add(file.path(), file.lineOf("colour:"), "lines[" + i + "].colour",
                        "colour must be written #rrggbb", "e.g. colour: \"#2f7d4f\"");
            }
            refs.check(file, "lines[" + i + "].src", line.src(), problems);
        }
        return map.get();
    }

    private List<ContentFile> questionFiles(Path contentDir) {
        List<ContentFile> files = new ArrayList<>();
        for (Path path : list(contentDir.resolve("questions"))) {
            if (path.getFileName().toString().endsWith(".yml")) {
                ContentFile file = new ContentFile(relative(contentDir, path), readText(path));
                hash(file);
                files.add(file);
            }
        }
        return files;
    }

    private Map<String, ContentFile> figureFiles(Path contentDir) {
        Map<String, ContentFile> files = new TreeMap<>();
        for (Path path : list(contentDir.resolve("figures"))) {
            ContentFile file = new ContentFile(relative(contentDir, path), readText(path));
            hash(file);
            files.put(path.getFileName().toString(), file);
        }
        return files;
    }

    private SourceInfo sourceInfo(Raw.Sections sections, Problems problems) {
        String file = "source/sections.yml";
        if (sections == null || sections.source() == null || sections.sections() == null
                || sections.sections().isEmpty()) {
            problems.add(file, 1, "source/sections", "the source description and its sections are required",
                    "see content/README.md");
            return null;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (SourceSection s : sections.sections()) {
            if (s.id() == null || s.heading() == null || s.label() == null) {
                problems.add(file, 0, "sections", "every section needs id, heading and label", "see the other entries");
            } else if (!seen.add(s.id())) {
                problems.add(file, 0, "sections." + s.id(), "duplicate section id '" + s.id() + "'", "ids must be unique");
            }
        }
        var meta = sections.source();
        return new SourceInfo(meta.description(), meta.journal(), meta.doi(), List.copyOf(sections.sections()));
    }

    private <T> Optional<T> readYaml(Path dir, String name, Class<T> type, Problems problems) {
        ContentFile file = file(dir, name, problems);
        return file == null ? Optional.empty() : yaml.read(file, file.text(), 0, type, problems);
    }

    private ContentFile file(Path dir, String name, Problems problems) {
        Path path = dir.resolve(name);
        if (!Files.isRegularFile(path)) {
            problems.add(name, 0, "", "the file is missing", "content/README.md lists the files the atlas needs");
            return null;
        }
        ContentFile file = new ContentFile(name, readText(path));
        hash(file);
        return file;
    }

    private void hash(ContentFile file) {
        fileCount++;
        digest.update(file.path().getBytes(StandardCharsets.UTF_8));
        digest.update(file.text().getBytes(StandardCharsets.UTF_8));
    }

    /** The .yml files of one folder of content/ (trees/, cases/), in name order. */
    private List<ContentFile> ymlFiles(Path contentDir, String folder) {
        List<ContentFile> files = new ArrayList<>();
        for (Path path : list(contentDir.resolve(folder))) {
            if (path.getFileName().toString().endsWith(".yml")) {
                ContentFile file = new ContentFile(relative(contentDir, path), readText(path));
                hash(file);
                files.add(file);
            }
        }
        return files;
    }

    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    private static String readText(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
