package org.pedalatlas.export;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.CompositeGraphicsNode;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.gvt.ShapeNode;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.batik.util.XMLResourceDescriptor;
import org.pedalatlas.content.Figure;
import org.w3c.dom.Element;
import org.w3c.dom.svg.SVGDocument;

/**
 * An atlas figure as a hotspot question needs it outside the app: a PNG of the drawing without its names (an LMS's
 * drag-and-drop marker question places markers on a raster and reads its natural size; an SVG with only a viewBox has
 * none), and the outline of one region in that PNG's pixels, taken from what the drawing actually paints (a vessel is
 * a stroked curve, so its outline is the stroke's, not the curve's).
 */
final class FigureRaster {

    /** One closed outline in image pixels, as x, y pairs. */
    record Polygon(List<double[]> points) {

        /** Moodle's drop-zone coordinates: {@code x1,y1;x2,y2;...} in whole pixels. */
        String moodleCoords() {
            return String.join(";", points.stream().map(p -> Math.round(p[0]) + "," + Math.round(p[1])).toList());
        }

        /** QTI's {@code poly} coords: {@code x1,y1,x2,y2,...,x1,y1} (the first point repeated closes it). */
        String qtiCoords() {
            List<String> xy = new ArrayList<>();
            for (double[] p : points) {
                xy.add(Long.toString(Math.round(p[0])));
                xy.add(Long.toString(Math.round(p[1])));
            }
            xy.add(Long.toString(Math.round(points.getFirst()[0])));
            xy.add(Long.toString(Math.round(points.getFirst()[1])));
            return String.join(",", xy);
        }
    }

    record Drawing(byte[] png, int width, int height) {
    }

    /** Points closer than this (pixels) to the last kept one add nothing a finger or a mouse could tell apart. */
    private static final double MIN_STEP = 4;

    private FigureRaster() {
    }

    /** The figure without its names, as a PNG whose pixels are the drawing's viewBox units. */
    static Drawing png(Figure figure) {
        SVGDocument doc = unlabelled(figure);
        double[] box = viewBox(doc);
        PNGTranscoder png = new PNGTranscoder();
        png.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) box[2]);
        png.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, (float) box[3]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            png.transcode(new TranscoderInput(doc), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalStateException("Figure " + figure.id() + " could not be drawn as PNG: " + e.getMessage(), e);
        }
        return new Drawing(out.toByteArray(), (int) Math.round(box[2]), (int) Math.round(box[3]));
    }

    /**
     * The painted outline of every hotspot region of a figure (by region id), one polygon per separate piece, in the
     * PNG's pixels. One drawing is built for all regions: building it is the slow part.
     */
    static Map<String, List<Polygon>> regions(Figure figure) {
        SVGDocument doc = unlabelled(figure);
        double[] box = viewBox(doc);
        BridgeContext ctx = new BridgeContext(new UserAgentAdapter());
        ctx.setDynamicState(BridgeContext.DYNAMIC);
        try {
            new GVTBuilder().build(ctx, doc);
            GraphicsNode root = ctx.getGraphicsNode(doc.getDocumentElement());
            Map<String, List<Polygon>> regions = new LinkedHashMap<>();
            for (Figure.Hotspot h : figure.hotspots()) {
                Element element = doc.getElementById(h.id());
                GraphicsNode node = element == null ? null : ctx.getGraphicsNode(element);
                if (node == null) {
                    throw new IllegalStateException("Figure " + figure.id() + " draws no region " + h.id());
                }
                AffineTransform toUser = AffineTransform.getTranslateInstance(-box[0], -box[1]);
                List<AffineTransform> chain = new ArrayList<>();
                for (GraphicsNode n = node.getParent(); n != null && n != root; n = n.getParent()) {
                    if (n.getTransform() != null) {
                        chain.addFirst(n.getTransform());
                    }
                }
                chain.forEach(toUser::concatenate);
                Area area = new Area();
                paint(node, toUser, area);
                regions.put(h.id(), polygons(area));
            }
            return regions;
        } finally {
            ctx.dispose();
        }
    }

    private static void paint(GraphicsNode node, AffineTransform parent, Area into) {
        AffineTransform at = new AffineTransform(parent);
        if (node.getTransform() != null) {
            at.concatenate(node.getTransform());
        }
        if (node instanceof CompositeGraphicsNode group) {
            for (Object child : group.getChildren()) {
                paint((GraphicsNode) child, at, into);
            }
        } else if (node instanceof ShapeNode shape && shape.getShapePainter() != null) {
            Shape painted = shape.getShapePainter().getPaintedArea();
            if (painted != null) {
                into.add(new Area(at.createTransformedShape(painted)));
            }
        } else if (node.getOutline() != null) {
            into.add(new Area(at.createTransformedShape(node.getOutline())));
        }
    }

    /** Outer boundaries only: a hole in a painted area is not part of the region. */
    private static List<Polygon> polygons(Area area) {
        List<List<double[]>> rings = new ArrayList<>();
        List<double[]> ring = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = area.getPathIterator(null, 0.5); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    ring = new ArrayList<>();
                    ring.add(new double[] {c[0], c[1]});
                }
                case PathIterator.SEG_LINETO -> {
                    double[] last = ring.getLast();
                    if (Math.hypot(c[0] - last[0], c[1] - last[1]) >= MIN_STEP) {
                        ring.add(new double[] {c[0], c[1]});
                    }
                }
                case PathIterator.SEG_CLOSE -> {
                    if (ring.size() >= 3) {
                        rings.add(ring);
                    }
                }
                default -> throw new IllegalStateException("A flattened path has only lines");
            }
        }
        double outerSign = Math.signum(rings.stream().mapToDouble(FigureRaster::signedArea)
                .reduce((a, b) -> Math.abs(a) >= Math.abs(b) ? a : b).orElse(0));
        return rings.stream().filter(r -> Math.signum(signedArea(r)) == outerSign && Math.abs(signedArea(r)) > 4)
                .map(Polygon::new).toList();
    }

    private static double signedArea(List<double[]> ring) {
        double sum = 0;
        for (int i = 0; i < ring.size(); i++) {
            double[] a = ring.get(i);
            double[] b = ring.get((i + 1) % ring.size());
            sum += a[0] * b[1] - b[0] * a[1];
        }
        return sum / 2;
    }

    /**
     * The drawing as a question shows it: the names of regions and the name layers removed, as the app's own
     * hotspot question does, so the picture does not give the answer away. {@code stroke="transparent"} (the wide
     * invisible hit area of a thin vessel) is CSS 3 that Batik's SVG 1.1 does not know; an invisible stroke means
     * the same.
     */
    private static SVGDocument unlabelled(Figure figure) {
        String svg = figure.svg().replace("stroke=\"transparent\"", "stroke=\"#000000\" stroke-opacity=\"0\"");
        SVGDocument doc;
        try {
            doc = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName())
                    .createSVGDocument("file:///figures/" + figure.id() + ".svg", new StringReader(svg));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Figure " + figure.id() + " is not readable SVG: " + e.getMessage(), e);
        }
        for (Figure.Layer layer : figure.layers()) {
            if (layer.id().equals("labels") || layer.id().endsWith("-names")) {
                remove(doc, layer.id());
            }
        }
        figure.hotspots().stream().filter(h -> h.label() != null).forEach(h -> remove(doc, h.label()));
        dropHalos(doc.getDocumentElement());
        return doc;
    }

    /**
     * Text drawn with {@code paint-order="stroke"} has a white halo under its letters; Batik does not know
     * paint-order and would paint the halo over them, so the halo goes (the letters stay legible on the drawing).
     */
    private static void dropHalos(Element e) {
        if (e.getAttribute("paint-order").startsWith("stroke")) {
            e.removeAttribute("stroke");
            e.removeAttribute("stroke-width");
            e.removeAttribute("paint-order");
        }
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                dropHalos(child);
            }
        }
    }

    private static void remove(SVGDocument doc, String id) {
        Element e = doc.getElementById(id);
        if (e != null && e.getParentNode() != null) {
            e.getParentNode().removeChild(e);
        }
    }

    private static double[] viewBox(SVGDocument doc) {
        String[] parts = doc.getDocumentElement().getAttribute("viewBox").trim().split("[\\s,]+");
        if (parts.length != 4) {
            throw new IllegalStateException("A figure needs a viewBox of four numbers");
        }
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            box[i] = Double.parseDouble(parts[i].toLowerCase(Locale.ROOT));
        }
        return box;
    }
}
