package org.pedalatlas.search.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import org.pedalatlas.base.ui.Icons;
import org.pedalatlas.base.ui.TopBarTool;
import org.pedalatlas.search.SearchService;

/** The search box in the top bar: Enter opens the results page for what was typed. */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(10)
class SearchBox implements TopBarTool {

    @Override
    public Component create() {
        TextField field = new TextField();
        field.setPlaceholder(field.getTranslation("search.field"));
        field.setAriaLabel(field.getTranslation("search.field"));
        field.setId("atlas-search");
        field.setClearButtonVisible(true);
        field.setMaxLength(SearchService.MAX_QUERY_LENGTH);
        field.setPrefixComponent(Icons.SEARCH.create());
        field.addClassName("top-search");
        field.addKeyPressListener(Key.ENTER, e -> {
            String q = field.getValue().strip();
            if (!q.isEmpty()) {
                field.getUI().ifPresent(ui -> ui.navigate("search", QueryParameters.simple(Map.of("q", q))));
            }
        });
        return field;
    }
}
