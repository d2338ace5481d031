package org.pedalatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import com.microsoft.playwright.Download;

import org.junit.jupiter.api.Test;
import org.pedalatlas.content.ContentStore;
import org.pedalatlas.content.Question;
import org.springframework.beans.factory.annotation.Autowired;

/** An instructor narrows the bank to zone 3 hotspot questions and downloads them as Moodle XML. */
class ExportIT extends BrowserTest {

    @Autowired
    ContentStore content;

    @Test
    void an_instructor_filters_the_bank_and_downloads_moodle_xml() throws Exception {
        signInAsInstructor();
        open("export");
        String version = content.content().version();
        assertThat(page.locator("#export-summary")).containsText(content.content().questions().size() + " questions");
        assertThat(page.locator("#export-summary")).containsText(version);
        checkPage("export page");

        page.locator("#export-zones vaadin-checkbox", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Zone 3")).click();
        page.locator("#export-types vaadin-checkbox", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Hotspot")).click();
        long expected = content.content().questions().stream().filter(q -> q.type() == Question.Type.HOTSPOT)
                .filter(q -> q.zones().isEmpty() || q.zones().contains(3)).count();
        assertThat(page.locator("#export-summary")).containsText(expected + " questions from content version " + version);
        screenshot("export-filtered");

        Download download = page.waitForDownload(() -> page.locator("#export-download").click());
        assertThat(download.suggestedFilename()).isEqualTo("pedal-atlas-questions-" + version + ".xml");
        String xml = Files.readString(download.path());
        assertThat(xml).contains("content version " + version);
        assertThat(xml.split("<question type=\"ddmarker\">", -1)).hasSize((int) expected + 1);
        assertThat(xml).doesNotContain("type=\"multichoice\"").contains("$course$/Pedal Access Atlas/Zone 3/");

        // GIFT cannot hold hotspots: the page says so before anyone downloads.
        page.locator("#export-format vaadin-radio-button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("GIFT")).click();
        assertThat(page.locator("#export-skipped li")).hasCount((int) expected);
        assertThat(page.locator("#export-summary")).containsText("None of the " + expected + " selected questions");
        assertThat(page.locator("#export-download")).containsText("Nothing to download");

        phoneWidth();
        checkPage("export page at 360 px");
        screenshot("export-gift-skipped-360");
    }

    /** The paper quiz and its key follow the export page's filters; both download as PDF with the expected first page. */
    @Test
    void an_instructor_prints_a_paper_quiz_and_its_answer_key_from_the_chosen_filter() throws Exception {
        signInAsInstructor();
        open("export");
        page.locator("#export-zones vaadin-checkbox", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Zone 3")).click();
        page.locator("#export-types vaadin-checkbox", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Hotspot")).click();
        long expected = content.content().questions().stream().filter(q -> q.type() == Question.Type.HOTSPOT)
                .filter(q -> q.zones().isEmpty() || q.zones().contains(3)).count();
        assertThat(page.locator("#print-summary")).containsText("holds the " + expected + " questions");
        page.locator("#print-quiz").scrollIntoViewIfNeeded();
        screenshot("export-print-section");

        String quiz = firstPageOf(page.waitForDownload(() -> page.locator("#print-quiz").click()));
        assertThat(quiz).contains("Paper quiz", expected + " questions", "zones 3", "types hotspot",
                "Content version " + content.content().version());
        assertThat(quiz).doesNotContain("Answer:");
        String key = firstPageOf(page.waitForDownload(() -> page.locator("#print-key").click()));
        assertThat(key).contains("Answer key", "Answer:");
    }

    /** Reading material is for anyone: a visitor who is not signed in downloads the pocket card from the Print page. */
    @Test
    void a_visitor_downloads_the_pocket_card() throws Exception {
        open("print");
        checkPage("print page");
        Download card = page.waitForDownload(() -> page.locator("#print-card").click());
        assertThat(card.suggestedFilename()).isEqualTo("pedal-atlas-pocket-card-" + content.content().version() + ".pdf");
        String text = firstPageOf(card);
        assertThat(text).contains("Doses & numbers — pocket card",
                content.content().numbers().getFirst().value());
        phoneWidth();
        checkPage("print page at 360 px");
        screenshot("print-360");
    }

    private static String firstPageOf(Download download) throws Exception {
        byte[] bytes = Files.readAllBytes(download.path());
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setEndPage(1);
            return stripper.getText(pdf).replaceAll("\\s+", " ");
        }
    }

    /**
     * Print stylesheet: an atlas page on paper has no navigation, keeps its figure, and prints each source passage
     * as a numbered note where its marker is. The PDF Chromium prints is saved with the screenshots to look at.
     */
    @Test
    void an_atlas_page_prints_without_navigation_and_with_its_source_passages() {
        open("atlas/dorsalis-pedis");
        page.locator("#main-content h1").first().waitFor();
        String firstPassage = page.locator("details.src .src-passage").first().textContent();
        page.emulateMedia(new com.microsoft.playwright.Page.EmulateMediaOptions()
                .setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator("vaadin-drawer-toggle")).isHidden();
        assertThat(page.locator(".top-bar")).isHidden();
        assertThat(page.locator("details.src .src-passage").first()).isVisible();
        assertThat(page.locator("details.src .src-passage").first()).hasText(firstPassage);
        assertThat(page.locator(".disclaimer")).isVisible();
        byte[] pdf = page.pdf(new com.microsoft.playwright.Page.PdfOptions().setFormat("A4")
                .setPath(java.nio.file.Path.of(System.getProperty("atlas.screenshots", "target/screenshots"), "print-dorsalis-pedis.pdf")));
        assertThat(pdf.length).isGreaterThan(1000);
        screenshot("print-dorsalis-pedis");
    }
}
