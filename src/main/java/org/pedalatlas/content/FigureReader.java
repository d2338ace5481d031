package org.pedalatlas.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads figures/: each {@code <id>.yml} with its drawing {@code <id>.svg}. The drawing must be safe
 * ({@link SvgCheck}); every layer, callout anchor, hotspot, label and step element the annotations name must
 * exist in it; every page must be an atlas page; every source reference must stand in the source.
 */
final class FigureReader {

    record RawFigure(String id, String title, String alt, String description, List<String> pages,
                     LinkedHashMap<String, SourceRef> sources, List<String> src, List<RawLayer> layers,
                     List<RawCallout> callouts, List<RawHotspot> hotspots, List<RawStep> steps) {
    }

    record RawLayer(String id, String label, Boolean hidden) {
    }

    record RawCallout(Integer n, String anchor, List<Double> at, String text, String src) {
    }

    record RawHotspot(String id, String page, String name, List<String> aliases, String label) {
    }

    record RawStep(String title, String caption, List<String> show, String src) {
    }

    private final YamlReader yaml;
    private final SourceRefChecker refs;
    private final SvgCheck svgCheck = new SvgCheck();

    FigureReader(YamlReader yaml, SourceRefChecker refs) {
        this.yaml = yaml;
        this.refs = refs;
    }

    /**
     * @param files the annotation files and drawings under figures/, by file name
     */
    List<Figure> read(Map<String, ContentFile> files, Set<String> pageIds, Problems problems) {
        List<Figure> figures = new ArrayList<>();
        for (var entry : files.entrySet()) {
            String name = entry.getKey();
            ContentFile file = entry.getValue();
            if (name.endsWith(".svg")) {
                if (!files.containsKey(name.substring(0, name.length() - 4) + ".yml")) {
                    problems.add(file.path(), 0, "", "a drawing without annotations",
                            "add " + name.substring(0, name.length() - 4) + ".yml with its title, alt and description");
                }
            } else if (!name.endsWith(".yml")) {
                problems.add(file.path(), 0, "", "not a figure file", "figures/ holds <id>.yml and <id>.svg only");
            } else {
                String id = name.substring(0, name.length() - 4);
                ContentFile svg = files.get(id + ".svg");
                new Checker(file, id, svg, pageIds, problems).check().ifPresent(figures::add);
            }
        }
        return List.copyOf(figures);
    }

    private final class Checker {
        private final ContentFile file;
        private final String id;
        private final ContentFile svg;
        private final Set<String> pageIds;
        private final Problems problems;
        private final int before;
        private Set<String> svgIds = Set.of();

        Checker(ContentFile file, String id, ContentFile svg, Set<String> pageIds, Problems problems) {
            this.file = file;
            this.id = id;
            this.svg = svg;
            this.pageIds = pageIds;
            this.problems = problems;
            this.before = problems.size();
        }

        java.util.Optional<Figure> check() {
            var read = yaml.read(file, file.text(), 0, RawFigure.class, problems);
            if (read.isEmpty()) {
                return java.util.Optional.empty();
            }
            RawFigure f = read.get();
            if (svg == null) {
                error(0, "", "the drawing " + id + ".svg is missing", "put the SVG beside its annotations, same name");
            } else {
                SvgCheck.Result result = svgCheck.check(svg.text());
                result.issues().forEach(i -> problems.add(svg.path(), i.line(), "", i.message(), i.hint()));
                svgIds = result.ids();
            }
            if (!id.equals(f.id())) {
                error("id", "the id '" + f.id() + "' does not match the file name", "write id: " + id);
            }
            required("title", f.title(), "a short title for the gallery and the page heading");
            required("alt", f.alt(), "one sentence saying what the drawing shows, for screen readers");
            required("description", f.description(),
                    "a long text description: everything the drawing teaches, for readers who cannot see it");
            Map<String, SourceRef> sources = f.sources() == null ? Map.of() : f.sources();
            sources.forEach((key, ref) -> refs.check(file, "sources." + key, ref, problems));
            if (f.src() == null || f.src().isEmpty()) {
                error("src", "the figure cites no source", "list the keys of sources: that the drawing illustrates");
            } else {
                f.src().forEach(key -> sourceKey("src", key, sources));
            }
            if (f.pages() == null || f.pages().isEmpty()) {
                error("pages", "the figure illustrates no atlas page", "list the atlas page ids it belongs to");
            } else {
                f.pages().stream().filter(p -> !pageIds.contains(p)).forEach(p -> errorAt("pages", p,
                        "no atlas page with id '" + p + "'", "page ids are the file names under atlas/"));
            }
            List<Figure.Layer> layers = layers(f);
            List<Figure.Callout> callouts = callouts(f, sources);
            List<Figure.Hotspot> hotspots = hotspots(f);
            List<Figure.Step> steps = steps(f, sources);
            if (problems.size() > before) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Figure(id, f.title().strip(), f.alt().strip(), f.description().strip(),
                    List.copyOf(f.pages()), Map.copyOf(sources), List.copyOf(f.src()), layers, callouts, hotspots,
                    steps, svg.text(), file.path()));
        }

        private List<Figure.Layer> layers(RawFigure f) {
            List<Figure.Layer> layers = new ArrayList<>();
            for (int i = 0; i < list(f.layers()).size(); i++) {
                RawLayer l = f.layers().get(i);
                String field = "layers[" + i + "]";
                element(field + ".id", l.id());
                required(field + ".label", l.label(), "the name shown beside the layer's checkbox");
                layers.add(new Figure.Layer(l.id(), l.label(), Boolean.TRUE.equals(l.hidden())));
            }
            return List.copyOf(layers);
        }

        private List<Figure.Callout> callouts(RawFigure f, Map<String, SourceRef> sources) {
            List<Figure.Callout> callouts = new ArrayList<>();
            for (int i = 0; i < list(f.callouts()).size(); i++) {
                RawCallout c = f.callouts().get(i);
                String field = "callouts[" + i + "]";
                if (c.n() == null || c.n() != i + 1) {
                    error(field + ".n", "callouts are numbered 1, 2, 3… in order; expected n: " + (i + 1),
                            "number the callouts in reading order");
                }
                element(field + ".anchor", c.anchor());
                if (c.at() == null || c.at().size() != 2) {
                    error(field + ".at", "the callout needs at: [x, y]", "the point of the drawing where its number sits");
                }
                required(field + ".text", c.text(), "a short label in your own words");
                if (c.src() != null) {
                    sourceKey(field + ".src", c.src(), sources);
                }
                callouts.add(new Figure.Callout(i + 1, c.anchor(), c.at() == null || c.at().size() != 2 ? 0 : c.at().get(0),
                        c.at() == null || c.at().size() != 2 ? 0 : c.at().get(1), c.text(), c.src()));
            }
            return List.copyOf(callouts);
        }

        private List<Figure.Hotspot> hotspots(RawFigure f) {
            List<Figure.Hotspot> hotspots = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < list(f.hotspots()).size(); i++) {
                RawHotspot h = f.hotspots().get(i);
                String field = "hotspots[" + i + "]";
                element(field + ".id", h.id());
                if (h.id() != null && (!ContentIds.ID.matcher(h.id()).matches() || !seen.add(h.id()))) {
                    error(field + ".id", "hotspot id '" + h.id() + "' is not a unique lower-case-kebab id",
                            "hotspot ids name regions in questions and answers (e.g. first-metatarsal-artery)");
                }
                if (h.page() == null || !pageIds.contains(h.page())) {
                    errorAt(field + ".page", h.page(), h.page() == null ? "the hotspot opens no page"
                            : "no atlas page with id '" + h.page() + "'", "name the atlas page the region opens");
                }
                required(field + ".name", h.name(), "the region's name, read by screen readers and asked in the self-test");
                if (h.label() != null) {
                    element(field + ".label", h.label());
                }
                hotspots.add(new Figure.Hotspot(h.id(), h.page(), h.name(), list(h.aliases()), h.label()));
            }
            return List.copyOf(hotspots);
        }

        private List<Figure.Step> steps(RawFigure f, Map<String, SourceRef> sources) {
            List<Figure.Step> steps = new ArrayList<>();
            for (int i = 0; i < list(f.steps()).size(); i++) {
                RawStep s = f.steps().get(i);
                String field = "steps[" + i + "]";
                required(field + ".title", s.title(), "a short title, e.g. A");
                required(field + ".caption", s.caption(), "what happens in this step, in your own words");
                if (s.show() == null || s.show().isEmpty()) {
                    error(field + ".show", "the step shows nothing", "list the drawing's element ids of this step");
                } else {
                    for (int j = 0; j < s.show().size(); j++) {
                        element(field + ".show[" + j + "]", s.show().get(j));
                    }
                }
                if (s.src() != null) {
                    sourceKey(field + ".src", s.src(), sources);
                }
                steps.add(new Figure.Step(s.title(), s.caption(), list(s.show()), s.src()));
            }
            if (steps.size() == 1) {
                error("steps", "a sequence needs at least two steps", "remove steps: or add the next step");
            }
            return List.copyOf(steps);
        }

        private void element(String field, String elementId) {
            if (elementId == null || elementId.isBlank()) {
                error(field, "the element id is missing", "name the id of an element in " + id + ".svg");
            } else if (svg != null && !svgIds.contains(elementId)) {
                errorAt(field, elementId, "no element with id '" + elementId + "' in " + id + ".svg",
                        "add id=\"" + elementId + "\" to the element in the drawing, or correct the spelling");
            }
        }

        private void sourceKey(String field, String key, Map<String, SourceRef> sources) {
            if (!sources.containsKey(key)) {
                error(field, "no source '" + key + "' in sources", "name one of " + String.join(", ", sources.keySet()));
            }
        }

        private void required(String field, String value, String hint) {
            if (value == null || value.isBlank()) {
                error(field, "the " + field + " is missing", hint);
            }
        }

        private void error(String field, String message, String hint) {
            String key = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
            int line = key.isEmpty() ? 0 : file.lineOf(key.replaceAll("\\[\\d+]", "") + ":");
            problems.add(file.path(), line, field, message, hint);
        }

        private void errorAt(String field, String needle, String message, String hint) {
            int line = needle == null ? 0 : file.lineOf(needle);
            problems.add(file.path(), line, field, message, hint);
        }

        private void error(int line, String field, String message, String hint) {
            problems.add(file.path(), line, field, message, hint);
        }

        private static <T> List<T> list(List<T> list) {
            return list == null ? List.of() : List.copyOf(list);
        }
    }
}
