package org.pedalatlas.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rules that span files: unique ids, and every id a page or number names must exist (and be of the right kind). */
final class CrossReferences {

    private static final Pattern ATLAS_LINK = Pattern.compile("\\]\\(atlas:([^)\\s]*)\\)");

    private final List<AtlasPage> pages;
    private final List<NumberEntry> numbers;
    private final Set<String> fileIds;
    private final Map<String, AtlasPage> byId = new HashMap<>();

    /**
     * @param fileIds the ids of every page file found, also those that failed to parse: a reference to a broken
     *                page is not reported again, the page's own problem says what to fix
     */
    CrossReferences(List<AtlasPage> pages, List<NumberEntry> numbers, Set<String> fileIds) {
        this.pages = pages;
        this.numbers = numbers;
        this.fileIds = fileIds;
    }

    void check(Path contentDir, Problems problems) {
        for (AtlasPage page : pages) {
            AtlasPage other = byId.putIfAbsent(page.id(), page);
            if (other != null) {
                problems.add(page.file(), 0, "id", "duplicate id '" + page.id() + "', also used by " + other.file(),
                        "ids are unique across all atlas folders");
            }
        }
        for (AtlasPage page : pages) {
            ContentFile file = new ContentFile(page.file(), read(contentDir.resolve(page.file())));
            for (String id : page.related()) {
                if (id.equals(page.id())) {
                    problems.add(file.path(), file.lineOf(id), "related", "a page cannot be related to itself",
                            "remove '" + id + "' from related");
                } else {
                    exists(file, "related", id, problems);
                }
            }
            for (String id : page.members()) {
                AtlasPage member = exists(file, "members", id, problems);
                if (member != null && (member.kind() != PageKind.VESSEL || !page.zone().equals(member.zone()))) {
                    problems.add(file.path(), file.lineOf(id), "members", "'" + id + "' is not a vessel of zone "
                            + page.zone(), "members are the vessel cards whose zone: is " + page.zone());
                }
            }
            Matcher link = ATLAS_LINK.matcher(page.markdown());
            while (link.find()) {
                exists(file, "body link", link.group(1), problems);
            }
        }
        for (int i = 0; i < numbers.size(); i++) {
            NumberEntry n = numbers.get(i);
            for (String id : n.pages() == null ? List.<String>of() : n.pages()) {
                if (!fileIds.contains(id)) {
                    ContentFile file = new ContentFile("numbers.yml", read(contentDir.resolve("numbers.yml")));
                    problems.add(file.path(), file.lineOf(id), "numbers[" + i + "].pages",
                            "no atlas page with id '" + id + "'", "page ids are the file names under atlas/");
                }
            }
        }
    }

    private AtlasPage exists(ContentFile file, String field, String id, Problems problems) {
        AtlasPage page = byId.get(id);
        if (page == null && !fileIds.contains(id)) {
            problems.add(file.path(), file.lineOf(id), field, "no atlas page with id '" + id + "'",
                    "page ids are the file names under atlas/ (without .md)");
        }
        return page;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
