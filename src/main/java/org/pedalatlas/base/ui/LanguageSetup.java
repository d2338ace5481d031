package org.pedalatlas.base.ui;

import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every new page its language ({@link Languages#choose}) before any view is built, names it in
 * {@code <html lang>} (the first HTML already carries it, for screen readers and the browser's own hyphenation and
 * translation offers), and translates Vaadin's connection indicator.
 */
@Component
class LanguageSetup implements VaadinServiceInitListener {

    private final ObjectProvider<AccountLanguage> account;

    LanguageSetup(ObjectProvider<AccountLanguage> account) {
        this.account = account;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", pick(response.getVaadinRequest()).getLanguage()));
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            LanguageChoice.show(ui, pick(VaadinRequest.getCurrent()));
        });
    }

    /** The language a request's page opens in: the account's, else the cookie's, else the browser's. */
    Locale pick(VaadinRequest request) {
        Optional<String> saved = account.stream().findFirst().flatMap(AccountLanguage::saved);
        if (request == null) {
            return Languages.choose(saved, Optional.empty(), java.util.List.of());
        }
        Optional<String> cookie = Optional.ofNullable(request.getCookies()).map(Arrays::stream).orElseGet(java.util.stream.Stream::empty)
                .filter(c -> Languages.COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst();
        return Languages.choose(saved, cookie, Collections.list(request.getLocales()));
    }
}
