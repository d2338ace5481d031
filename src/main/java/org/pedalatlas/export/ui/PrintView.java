package org.pedalatlas.export.ui;

import org.pedalatlas.base.Words;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(title = "Print (PDF)", order = 31)
public class PrintView extends Div implements HasDynamicTitle {

    public PrintView(PrintService prints) {
        addClassName("print-page");
        UnorderedList list = new UnorderedList(
                new ListItem(download("print-card", Words.get("export.print.card"),
                        prints::pocketCard)),
                new ListItem(download("print-zone-1", Words.get("export.print.handout", 1), () -> prints.zoneHandout(1))),
                new ListItem(download("print-zone-2", Words.get("export.print.handout", 2), () -> prints.zoneHandout(2))),
                new ListItem(download("print-zone-3", Words.get("export.print.handout", 3), () -> prints.zoneHandout(3))));
        add(new H1(Words.get("export.print")), new Paragraph(Words.get("export.print.intro")), list);
    }

    /** A link that downloads a PDF laid out on request (the first request of a document takes a few seconds). */
    static Anchor download(String id, String text, Supplier<PrintFile> file) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            PrintFile pdf = file.get();
            return new DownloadResponse(new ByteArrayInputStream(pdf.bytes()), pdf.fileName(), PrintFile.MEDIA_TYPE,
                    pdf.bytes().length);
        }), Words.get("export.pdf", text));
        anchor.setId(id);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("export.print.title");
    }
}
