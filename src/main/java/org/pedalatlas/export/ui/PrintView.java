package org.pedalatlas.export.ui;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.pedalatlas.export.PrintService;
import org.pedalatlas.export.PrintService.PrintFile;

/**
 * Reading material on paper, for anyone: the A6 pocket card of doses, numbers and zones, and a handout per zone. The
 * paper quiz and its key are the instructor's, on the export page.
 */
@AnonymousAllowed
@Route("print")
@PageTitle("Print · Pedal Access Atlas")
@Menu(title = "Print (PDF)", order = 31)
public class PrintView extends Div {

    public PrintView(PrintService prints) {
        addClassName("print-page");
        UnorderedList list = new UnorderedList(
                new ListItem(download("print-card", "Pocket card, A6 two sides: doses, numbers and the three zones",
                        prints::pocketCard)),
                new ListItem(download("print-zone-1", "Zone 1 handout, A4", () -> prints.zoneHandout(1))),
                new ListItem(download("print-zone-2", "Zone 2 handout, A4", () -> prints.zoneHandout(2))),
                new ListItem(download("print-zone-3", "Zone 3 handout, A4", () -> prints.zoneHandout(3))));
        add(new H1("Print"), new Paragraph("PDFs made from the same reviewed content as the atlas, each naming its "
                + "content version: the pocket card for the coat pocket, and a handout per zone with its vessels, "
                + "techniques, figures and decision trees. Text is selectable and tagged for screen readers."), list);
    }

    /** A link that downloads a PDF laid out on request (the first request of a document takes a few seconds). */
    static Anchor download(String id, String text, Supplier<PrintFile> file) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            PrintFile pdf = file.get();
            return new DownloadResponse(new ByteArrayInputStream(pdf.bytes()), pdf.fileName(), PrintFile.MEDIA_TYPE,
                    pdf.bytes().length);
        }), text + " (PDF)");
        anchor.setId(id);
        return anchor;
    }
}
