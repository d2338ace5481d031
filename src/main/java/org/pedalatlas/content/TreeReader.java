package org.pedalatlas.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads trees/*.yml into {@link DecisionTree}s. Fields are checked node by node (naming file, line and node id),
 * then the shape of the whole tree by {@link TreeGraph}: a learner must be able to reach every node and must
 * always find a way on until an outcome.
 */
final class TreeReader {

    /** The figure ids that exist, for {@code figures:} links; the loader reads figures before trees. */
    interface FigureIds {
        boolean exists(String id);
    }

    private record RawTree(String id, String title, String summary, Integer order, String start, List<RawNode> nodes) {
    }

    private record RawNode(String id, String kind, String title, String text, List<SourceRef> sources,
                           List<String> pages, List<String> figures, List<RawChoice> choices) {
    }

    private record RawChoice(String label, String to) {
    }

    private final YamlReader yaml;
    private final SourceRefChecker refs;

    TreeReader(YamlReader yaml, SourceRefChecker refs) {
        this.yaml = yaml;
        this.refs = refs;
    }

    List<DecisionTree> read(List<ContentFile> files, Set<String> pageIds, FigureIds figures, Problems problems) {
        List<DecisionTree> trees = new ArrayList<>();
        for (ContentFile file : files) {
            yaml.read(file, file.text(), 0, RawTree.class, problems)
                    .ifPresent(raw -> tree(file, raw, pageIds, figures, problems).ifPresent(trees::add));
        }
        trees.sort(Comparator.comparingInt(DecisionTree::order).thenComparing(DecisionTree::id));
        return List.copyOf(trees);
    }

    private java.util.Optional<DecisionTree> tree(ContentFile file, RawTree raw, Set<String> pageIds, FigureIds figures,
                                                  Problems problems) {
        int before = problems.size();
        String fileId = fileId(file);
        if (!fileId.equals(raw.id())) {
            problems.add(file.path(), file.lineOf("id:"), "id", "the tree id '" + raw.id() + "' differs from the file name",
                    "use id: " + fileId);
        }
        required(file, "title", raw.title(), problems);
        required(file, "summary", raw.summary(), problems);
        if (raw.order() == null) {
            problems.add(file.path(), 0, "order", "order is missing", "trees are listed by ascending order");
        }
        if (raw.nodes() == null || raw.nodes().isEmpty()) {
            problems.add(file.path(), 0, "nodes", "the tree has no nodes", "see content/README.md");
            return java.util.Optional.empty();
        }
        List<DecisionTree.Node> nodes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        LinkedHashMap<String, List<String>> edges = new LinkedHashMap<>();
        Set<String> outcomes = new HashSet<>();
        for (int i = 0; i < raw.nodes().size(); i++) {
            RawNode n = raw.nodes().get(i);
            NodeCheck check = new NodeCheck(file, "nodes[" + i + "]", n, problems);
            DecisionTree.Node node = check.node(ids, pageIds, figures);
            if (n.id() != null) {
                edges.putIfAbsent(n.id(), n.choices() == null ? List.of()
                        : n.choices().stream().map(c -> String.valueOf(c.to())).toList());
                if (node != null && node.kind() == DecisionTree.Kind.OUTCOME) {
                    outcomes.add(n.id());
                }
            }
            if (node != null) {
                nodes.add(node);
            }
        }
        if (problems.size() == before) {
            for (TreeGraph.Problem p : new TreeGraph(raw.start(), edges, outcomes, "node").problems()) {
                boolean start = !edges.containsKey(p.node());
                problems.add(file.path(), start ? file.lineOf("start:") : lineOfId(file, p.node()),
                        start ? "start" : "nodes." + p.node(), "node '" + p.node() + "': " + p.message(), p.hint());
            }
        }
        if (problems.size() > before) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new DecisionTree(raw.id(), raw.title().strip(), raw.summary().strip(), raw.order(),
                raw.start(), List.copyOf(nodes), file.path()));
    }

    private final class NodeCheck {
        private final ContentFile file;
        private final String field;
        private final RawNode n;
        private final Problems problems;
        private final int line;

        NodeCheck(ContentFile file, String field, RawNode n, Problems problems) {
            this.file = file;
            this.field = field;
            this.n = n;
            this.problems = problems;
            this.line = lineOfId(file, n.id());
        }

        private void error(String sub, String message, String hint) {
            problems.add(file.path(), line, field + "." + sub, "node '" + n.id() + "': " + message, hint);
        }

        DecisionTree.Node node(Set<String> ids, Set<String> pageIds, FigureIds figures) {
            int before = problems.size();
            if (n.id() == null || !ContentIds.ID.matcher(n.id()).matches()) {
                error("id", "missing or malformed node id", "use a lower-case-kebab id, unique in this tree");
            } else if (!ids.add(n.id())) {
                error("id", "duplicate node id", "node ids are unique within a tree");
            }
            DecisionTree.Kind kind = kind();
            if (n.title() == null || n.title().isBlank()) {
                error("title", "the title is missing", "write the question, the action or the outcome in a line");
            }
            if (n.text() == null || n.text().isBlank()) {
                error("text", "the explanation is missing", "explain the step in your own words");
            }
            if (n.sources() == null || n.sources().isEmpty()) {
                error("sources", "no source reference", "every node cites the passage of the review it rests on");
            } else {
                for (int i = 0; i < n.sources().size(); i++) {
                    refs.check(file, field + ".sources[" + i + "]", n.sources().get(i), problems);
                }
            }
            list(n.pages()).stream().filter(p -> !pageIds.contains(p)).forEach(p -> error("pages",
                    "no atlas page with id '" + p + "'", "page ids are the file names under atlas/"));
            for (String figure : list(n.figures())) {
                if (figure == null || !ContentIds.ID.matcher(figure).matches() || !figures.exists(figure)) {
                    error("figures", "no figure with id '" + figure + "'", "figure ids are the file names under figures/");
                }
            }
            List<RawChoice> choices = list(n.choices());
            for (int i = 0; i < choices.size(); i++) {
                RawChoice c = choices.get(i);
                if (c.label() == null || c.label().isBlank() || c.to() == null || c.to().isBlank()) {
                    error("choices[" + i + "]", "a choice needs a label and a target (to:)",
                            "write label: <what the learner picks> and to: <node id>");
                }
            }
            if (kind == DecisionTree.Kind.QUESTION && choices.size() < 2) {
                error("choices", "a question needs at least two choices", "make it an action if there is one way on");
            }
            if (problems.size() > before) {
                return null;
            }
            return new DecisionTree.Node(n.id(), kind, n.title().strip(), n.text().strip(), List.copyOf(n.sources()),
                    List.copyOf(list(n.pages())), List.copyOf(list(n.figures())),
                    choices.stream().map(c -> new DecisionTree.Choice(c.label().strip(), c.to())).toList());
        }

        private DecisionTree.Kind kind() {
            try {
                return DecisionTree.Kind.valueOf(String.valueOf(n.kind()).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error("kind", "unknown kind '" + n.kind() + "'", "use question, action or outcome");
                return null;
            }
        }
    }

    private static void required(ContentFile file, String field, String value, Problems problems) {
        if (value == null || value.isBlank()) {
            problems.add(file.path(), 0, field, field + " is missing", "see content/README.md");
        }
    }

    static String fileId(ContentFile file) {
        String name = file.path().substring(file.path().lastIndexOf('/') + 1);
        return name.endsWith(".yml") ? name.substring(0, name.length() - 4) : name;
    }

    /** The line that declares {@code id: <id>} exactly (not a longer id that starts the same); 0 if none. */
    static int lineOfId(ContentFile file, String id) {
        if (id == null) {
            return 0;
        }
        String[] lines = file.text().split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("- id: " + id) || line.equals("id: " + id)) {
                return i + 1;
            }
        }
        return 0;
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
