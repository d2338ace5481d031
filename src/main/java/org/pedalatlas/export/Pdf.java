package org.pedalatlas.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pedalatlas.base.ui.MainLayout;

/**
 * A printed document of the atlas: an HTML page built with jsoup (so every authored word is escaped), laid out by
 * openhtmltopdf as a tagged PDF/UA file with its title and language set and the bundled DejaVu fonts embedded (a
 * fresh machine may have no fonts at all; PDF/UA requires every font embedded). Each document starts with the
 * atlas's own disclaimer and names the content version it was made from, so a page found in a drawer a year later
 * can be traced back to the reviewed files.
 */
final class Pdf {

    static final String FONT = "DejaVu Sans Condensed";
    private static final List<String[]> FACES = List.of(
            new String[] {"DejaVuSansCondensed.ttf", "400", "NORMAL"},
            new String[] {"DejaVuSansCondensed-Bold.ttf", "700", "NORMAL"},
            new String[] {"DejaVuSansCondensed-Oblique.ttf", "400", "ITALIC"});

    private final Document html;
    private final Element body;

    /**
     * @param stylesheets names under {@code print/} in the resources, applied in order
     */
    Pdf(String title, String subject, String... stylesheets) {
        html = Jsoup.parse("<!DOCTYPE html><html lang=\"en\"><head></head><body></body></html>");
        html.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        Element head = html.head();
        head.appendElement("meta").attr("charset", "UTF-8");
        head.appendElement("title").text(title);
        head.appendElement("meta").attr("name", "subject").attr("content", subject);
        head.appendElement("meta").attr("name", "author").attr("content", "Pedal Access Atlas");
        StringBuilder css = new StringBuilder();
        for (String sheet : stylesheets) {
            css.append(resource("print/" + sheet)).append('\n');
        }
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(css.toString()));
        body = html.body();
    }

    Element body() {
        return body;
    }

    /** The disclaimer every screen of the atlas carries, word for word. */
    static Element disclaimer(Element parent) {
        return parent.appendElement("p").addClass("disclaimer").text(MainLayout.DISCLAIMER);
    }

    static Element version(Element parent, String contentVersion) {
        return parent.appendElement("p").addClass("version").text("Content version " + contentVersion);
    }

    byte[] render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        for (String[] face : FACES) {
            builder.useFont(() -> Pdf.class.getResourceAsStream("/print/fonts/" + face[0]), FONT,
                    Integer.valueOf(face[1]), FontStyle.valueOf(face[2]), true);
        }
        // Figures are drawn by the atlas and checked safe at load; still, nothing in them may reach out.
        builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Pedal Access Atlas (openhtmltopdf)");
        builder.withW3cDocument(new W3CDom().fromJsoup(html), "/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lay out " + html.title() + " as PDF", e);
        }
        return out.toByteArray();
    }

    private static String resource(String name) {
        try (InputStream in = Pdf.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing print resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
