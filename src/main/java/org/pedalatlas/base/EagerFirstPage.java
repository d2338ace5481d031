package org.pedalatlas.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * The first page comes with its content's server state inside the HTML: the UI is created and navigated to the
 * requested route while the page is served, instead of in two requests (init, then navigate) that the browser makes
 * only after Vaadin's bundle has downloaded and run. On a slow phone network that is two round trips and a
 * server render fewer before the page's text is drawn (docs/lighthouse.md has the numbers).
 *
 * <p>Vaadin calls this "eager server load". Its build writes {@code eagerServerLoad: false} into the production
 * token file, which overrides any property at run time, so it is set here, on the service, where it holds in
 * development and production alike.
 */
@Component
class EagerFirstPage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setBootstrapInitialPredicate(request -> true);
    }
}
