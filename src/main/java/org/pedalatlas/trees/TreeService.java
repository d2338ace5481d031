package org.pedalatlas.trees;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.pedalatlas.content.PageRef;
import org.pedalatlas.content.AtlasContent;
import org.pedalatlas.content.CaseScenario;
import org.pedalatlas.content.ContentStore;
import org.pedalatlas.content.DecisionTree;
import org.pedalatlas.content.SourceRef;
import org.pedalatlas.content.SourceSection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The public face of the decision trees: the trees and cases in their order, nodes and their children (what the
 * workshop presenter needs to project a tree), overview maps laid out once per tree, and links and source notes
 * ready to show.
 */
@Service
public class TreeService {

    /** A way on from a node: the choice's label and the node it leads to. */
    public record Branch(String label, DecisionTree.Node node) {
    }

    private final AtlasContent content;
    private final Map<String, OverviewMap> maps = new ConcurrentHashMap<>();

    @Autowired
    TreeService(ContentStore store) {
        this(store.content());
    }

    /** For tests that build their content by hand. */
    TreeService(AtlasContent content) {
        this.content = content;
    }

    public List<DecisionTree> trees() {
        return content.trees();
    }

    public Optional<DecisionTree> tree(String id) {
        return content.trees().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<DecisionTree.Node> node(String treeId, String nodeId) {
        return tree(treeId).flatMap(t -> t.node(nodeId));
    }

    /** The choices of a node with the nodes they lead to, in the author's order; empty for outcomes. */
    public List<Branch> children(String treeId, String nodeId) {
        DecisionTree tree = tree(treeId).orElseThrow(() -> new IllegalArgumentException("No tree " + treeId));
        return node(treeId, nodeId).map(n -> n.choices().stream()
                .map(c -> new Branch(c.label(), tree.node(c.to()).orElseThrow())).toList()).orElse(List.of());
    }

    public OverviewMap map(DecisionTree tree) {
        return maps.computeIfAbsent(tree.id(), id -> OverviewLayout.layout(tree));
    }

    /** The overview map laid out afresh, for callers without the app (the print command); the app uses {@link #map}. */
    public static OverviewMap layOut(DecisionTree tree) {
        return OverviewLayout.layout(tree);
    }

    public List<CaseScenario> cases() {
        return content.cases();
    }

    public Optional<CaseScenario> scenario(String id) {
        return content.cases().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<PageRef> pages(List<String> ids) {
        return ids.stream().flatMap(id -> content.page(id).stream())
                .map(p -> new PageRef(p.id(), p.title())).toList();
    }

    public SourceNote note(SourceRef ref) {
        String label = content.source().sections().stream().filter(s -> s.id().equals(ref.section()))
                .map(SourceSection::label).findFirst().orElse(ref.section());
        return new SourceNote(label, ref.passage().strip());
    }
}
