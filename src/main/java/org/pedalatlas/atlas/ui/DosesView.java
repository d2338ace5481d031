package org.pedalatlas.atlas.ui;

import org.pedalatlas.base.Words;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.pedalatlas.atlas.AtlasService;
import org.pedalatlas.atlas.NumberRow;
import org.pedalatlas.atlas.PageLink;

/**
 * The drug and dose card: every drug, dose, size, time, distance and rate the source gives, exactly as it gives
 * them, each with the passage it comes from. The build proves each number stands in its passage.
 */
@AnonymousAllowed
@Route("doses")
@Menu(title = "Doses & numbers", order = 30)
public class DosesView extends Div implements HasDynamicTitle {

    public DosesView(AtlasService atlas) {
        addClassName("doses-page");
        add(new H1(getTranslation("atlas.doses.heading")), new Paragraph(getTranslation("atlas.doses.intro")),
                new Paragraph(new Anchor("print", getTranslation("atlas.doses.print"))));
        Map<String, List<NumberRow>> byCategory = atlas.numbers().stream()
                .collect(Collectors.groupingBy(NumberRow::categoryLabel, LinkedHashMap::new, Collectors.toList()));
        byCategory.forEach((label, rows) -> add(new H2(label), table(label, rows)));
    }

    private static Div table(String caption, List<NumberRow> rows) {
        Element table = new Element("table");
        table.getClassList().add("numbers");
        table.appendChild(new Element("caption").setText(caption));
        Element head = new Element("tr");
        for (String h : List.of("what", "value", "purpose", "taught-in", "source")) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(Words.get("atlas.doses.column." + h)));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (NumberRow row : rows) {
            Element tr = new Element("tr").setAttribute("id", row.id());
            tr.appendChild(new Element("th").setAttribute("scope", "row").setText(row.what()),
                    new Element("td").setText(row.value()).setAttribute("class", "value"),
                    new Element("td").setText(row.purpose() == null ? "" : row.purpose()),
                    links(row.pages()),
                    new Element("td").appendChild(new Html("<span>" + row.sourceHtml() + "</span>").getElement()));
            body.appendChild(tr);
        }
        table.appendChild(body);
        Div wrapper = new Div();
        wrapper.addClassName("table-scroll");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    private static Element links(List<PageLink> pages) {
        Element td = new Element("td");
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0) {
                td.appendChild(Element.createText(", "));
            }
            td.appendChild(new Element("a").setAttribute("href", pages.get(i).href()).setText(pages.get(i).title()));
        }
        return td;
    }


    @Override
    public String getPageTitle() {
        return getTranslation("atlas.doses.title");
    }
}
