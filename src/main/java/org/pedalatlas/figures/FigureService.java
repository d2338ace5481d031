package org.pedalatlas.figures;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pedalatlas.base.SourceMarker;
import org.pedalatlas.content.AtlasContent;
import org.pedalatlas.content.ContentStore;
import org.pedalatlas.content.Figure;
import org.pedalatlas.content.PageRef;
import org.pedalatlas.figures.FigureRecords.Callout;
import org.pedalatlas.figures.FigureRecords.FigureCard;
import org.pedalatlas.figures.FigureRecords.FigureDetail;
import org.pedalatlas.figures.FigureRecords.FigureLink;
import org.pedalatlas.figures.FigureRecords.Hotspot;
import org.pedalatlas.figures.FigureRecords.Layer;
import org.pedalatlas.figures.FigureRecords.QuizFigure;
import org.pedalatlas.figures.FigureRecords.SourceLine;
import org.pedalatlas.figures.FigureRecords.Step;
import org.springframework.stereotype.Service;

/** The figures' public face: the gallery, one figure ready to show, the figures of an atlas page, quiz figures. */
@Service
public class FigureService {

    private final AtlasContent content;
    private final SvgPreparer preparer = new SvgPreparer();
    private final Map<String, FigureDetail> details = new LinkedHashMap<>();
    private final List<FigureCard> gallery;
    private final SecureRandom random = new SecureRandom();

    FigureService(ContentStore store) {
        this.content = store.content();
        content.figures().forEach(f -> details.put(f.id(), detail(f)));
        this.gallery = content.figures().stream().sorted(java.util.Comparator.comparingInt(this::pathPosition)
                        .thenComparing(Figure::id))
                .map(f -> new FigureCard(link(f), preparer.thumbnail(f), f.hotspots().size(), f.steps().size())).toList();
    }

    public List<FigureCard> gallery() {
        return gallery;
    }

    public Optional<FigureDetail> figure(String id) {
        return Optional.ofNullable(details.get(id));
    }

    /** The figures that illustrate an atlas page, in gallery order. */
    public List<FigureCard> figuresFor(String pageId) {
        return gallery.stream().filter(card -> content.figure(card.link().id()).orElseThrow().pages().contains(pageId))
                .toList();
    }

    /** A figure for a hotspot question, with fresh tokens for its regions. */
    public Optional<QuizFigure> forQuestion(String figureId) {
        return content.figure(figureId).map(f -> {
            Map<String, String> regions = new LinkedHashMap<>();
            Map<String, String> tokens = new LinkedHashMap<>();
            for (Figure.Hotspot h : f.hotspots()) {
                String token = "r" + HexFormat.of().formatHex(bytes());
                regions.put(token, h.id());
                tokens.put(h.id(), token);
            }
            return new QuizFigure(f.title(), preparer.forQuestion(f, tokens::get), Map.copyOf(regions));
        });
    }

    /** Figures follow the learning path: a figure sits where the earliest page it illustrates sits. */
    private int pathPosition(Figure f) {
        return f.pages().stream().mapToInt(id -> content.page(id).map(p -> p.order()).orElse(Integer.MAX_VALUE))
                .min().orElse(Integer.MAX_VALUE);
    }

    private byte[] bytes() {
        byte[] b = new byte[6];
        random.nextBytes(b);
        return b;
    }

    /** The passages a figure rests on, one line per source section (in first-use order) with all its passages. */
    private List<SourceLine> sourceLines(Figure f) {
        java.util.Map<String, List<org.pedalatlas.content.SourceRef>> bySection = new java.util.LinkedHashMap<>();
        for (String key : f.src()) {
            org.pedalatlas.content.SourceRef ref = f.sources().get(key);
            List<org.pedalatlas.content.SourceRef> refs = bySection.computeIfAbsent(ref.section(), s -> new java.util.ArrayList<>());
            if (refs.stream().noneMatch(r -> r.passage().strip().equals(ref.passage().strip()))) {
                refs.add(ref);
            }
        }
        return bySection.values().stream()
                .map(refs -> new SourceLine(content.source().section(refs.getFirst().section()).label(),
                        SourceMarker.of(content.source(), refs).outerHtml())).toList();
    }

    private FigureDetail detail(Figure f) {
        List<Layer> layers = new java.util.ArrayList<>(f.layers().stream().map(l -> new Layer(l.id(), l.label(), l.hidden())).toList());
        if (!f.callouts().isEmpty()) {
            // No label: the page names it (figures.layer.callouts); details are built once, before any reader's language is known.
            layers.add(new Layer("callouts", "", false));
        }
        return new FigureDetail(f.id(), f.title(), f.alt(), List.of(f.description().split("\\n\\s*\\n")),
                preparer.forPage(f), List.copyOf(layers),
                f.callouts().stream().map(c -> new Callout(c.n(), c.text(), c.anchor(),
                        c.src() == null ? "" : SourceMarker.html(content.source(), f.sources().get(c.src())))).toList(),
                f.hotspots().stream().map(h -> new Hotspot(h.id(), h.name(), h.aliases(), page(h.page()))).toList(),
                f.steps().stream().map(s -> new Step(s.title(), s.caption(),
                        s.src() == null ? "" : SourceMarker.html(content.source(), f.sources().get(s.src())))).toList(),
                sourceLines(f),
                f.pages().stream().map(this::page).toList());
    }

    private PageRef page(String id) {
        return new PageRef(id, content.page(id).map(p -> p.title()).orElse(id));
    }

    private static FigureLink link(Figure f) {
        return new FigureLink(f.id(), f.title(), f.alt());
    }
}
