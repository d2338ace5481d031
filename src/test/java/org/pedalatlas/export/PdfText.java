package org.pedalatlas.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A printed PDF as a reader's tools see it, read with PDFBox: its selectable text, its pages, its tags, its fonts.
 * Whitespace is folded so that a phrase broken over two lines is still found.
 */
record PdfText(String text, int pages, String title, String language, boolean tagged, boolean hasStructureTree,
               List<String> unembeddedFonts, List<Float> pageWidthsMm) {

    static PdfText of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            List<String> unembedded = new ArrayList<>();
            List<Float> widths = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                widths.add(page.getMediaBox().getWidth() / 72f * 25.4f);
                collectUnembedded(page.getResources(), unembedded, 0);
            }
            var catalog = doc.getDocumentCatalog();
            return new PdfText(text, doc.getNumberOfPages(), doc.getDocumentInformation().getTitle(),
                    catalog.getLanguage(), catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(),
                    catalog.getStructureTreeRoot() != null && !catalog.getStructureTreeRoot().getKids().isEmpty(),
                    unembedded, widths);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fonts of a page and of the drawings (form XObjects, such as an SVG figure) placed on it. */
    private static void collectUnembedded(org.apache.pdfbox.pdmodel.PDResources resources, List<String> out, int depth)
            throws IOException {
        if (resources == null || depth > 8) {
            return;
        }
        for (var name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (!font.isEmbedded()) {
                out.add(font.getName());
            }
        }
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collectUnembedded(form.getResources(), out, depth + 1);
            }
        }
    }

    /** Writes each page as a PNG under target/print-pages, for a person to look at (not for an assertion). */
    static void savePages(byte[] pdf, String name, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Path dir = Files.createDirectories(Path.of("target", "print-pages"));
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpi);
                ImageIO.write(image, "png", dir.resolve(name + "-" + (i + 1) + ".png").toFile());
            }
            Files.write(dir.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text without any whitespace: a line break may fall anywhere in a phrase (PDFBox then reads a space that the
     * source has not, as in "diseased /occluded"), so phrases are compared without spaces.
     */
    static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }

    String compact() {
        return compact(text);
    }
}
