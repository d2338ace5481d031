package org.pedalatlas.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The shell around every page: brand, navigation built from the views' {@code @Menu} annotations (so a section
 * appears only once it exists), a slot for feature tools in the top bar, and the educational-use disclaimer.
 * It also owns what every navigation does for the reader: a skip link, one {@code <main>} landmark, and (through
 * {@code components/page-nav.js}) the scroll position and focus of the new page - the app layout scrolls its own
 * content area, which neither the browser nor the router restores.
 */
@AnonymousAllowed
@Layout
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String NAV_SCRIPT = "context://components/page-nav.js";
    static final String MAIN_ID = "main-content";

    /**
     * The disclaimer in English, for the printed handouts (export), which are English documents like the content
     * they print; pages show {@code base.disclaimer} in the reader's language.
     */
    public static final String DISCLAIMER = "For education only. Pedal Access Atlas teaches what one peer-reviewed "
            + "technical review says; it is not a substitute for clinical judgement, supervised training or the "
            + "instructions for use of any device or drug.";

    private final Div page = new Div();

    public MainLayout(ObjectProvider<TopBarTool> tools, ObjectProvider<AccountLanguage> account) {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("base.menu.toggle"));
        Div brand = new Div(new Anchor("", getTranslation("base.brand")));
        brand.addClassName("brand");
        Span badge = new Span(getTranslation("base.edu-badge"));
        badge.addClassName("edu-badge");
        badge.getElement().setAttribute("title", getTranslation("base.disclaimer"));
        Div bar = new Div(brand, badge);
        bar.addClassName("top-bar");
        tools.orderedStream().map(TopBarTool::create).forEach(bar::add);
        bar.add(languageSelect(account));
        Anchor skip = new Anchor("#" + MAIN_ID, getTranslation("base.skip"));
        skip.addClassName("skip-link");
        Header header = new Header(toggle, bar);
        header.addClassName("app-header");
        addToNavbar(skip, header);
        addToDrawer(drawer());
        page.addClassName("page-frame");
    }

    private Scroller drawer() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("base.menu.sections"));
        nav.getElement().setAttribute("aria-label", getTranslation("base.menu.sections"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(new SideNavItem(getTranslation(menuKey(entry.path())), entry.path()));
        }
        Paragraph source = new Paragraph(getTranslation("base.menu.source"));
        source.addClassName("drawer-note");
        Aside wrapper = new Aside(nav, source);
        wrapper.addClassName("drawer");
        wrapper.getElement().setAttribute("aria-label", getTranslation("base.menu.label"));
        return new Scroller(wrapper);
    }

    /**
     * A menu entry's words are looked up by its route, not its {@code @Menu} title (which stays the English name
     * developers read): {@code base.menu.route.quiz}, {@code base.menu.route.home} for the zone map at "".
     */
    static String menuKey(String path) {
        String route = path.replaceAll("^/+|/+$", "");
        return "base.menu.route." + (route.isEmpty() ? "home" : route.replace('/', '.'));
    }

    /** The top bar's language picker: the choice is kept on the account too when a learner is signed in. */
    private LanguageSelect languageSelect(ObjectProvider<AccountLanguage> account) {
        LanguageSelect select = new LanguageSelect(getLocale(), language -> {
            account.ifAvailable(a -> a.save(language));
            getUI().ifPresent(ui -> LanguageChoice.change(ui, language));
        }).compact();
        select.setId("language");
        select.setAriaLabel(getTranslation("base.language"));
        select.setTooltipText(getTranslation("base.language"));
        select.addClassName("language-select");
        return select;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        page.removeAll();
        Main main = new Main();
        main.setId(MAIN_ID);
        main.addClassName("page-main");
        main.getElement().appendChild(content.getElement());
        Footer footer = new Footer(new Paragraph(getTranslation("base.disclaimer")));
        footer.addClassName("disclaimer");
        footer.getElement().setAttribute("aria-label", getTranslation("base.disclaimer.label"));
        page.add(main, footer);
        setContent(page);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript(NAV_SCRIPT);
    }

    /**
     * Tells the page script that a new view is in place: Back and Forward restore, everything else starts anew; the
     * first page of a browser load keeps focus at the document's start (the skip link), later ones move it to h1.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        NavigationTrigger trigger = event.getLocationChangeEvent().getTrigger();
        boolean history = trigger == NavigationTrigger.HISTORY;
        boolean initial = trigger == NavigationTrigger.PAGE_LOAD || trigger == NavigationTrigger.REFRESH;
        // The page is named by the server: while the router swaps pages the address bar may show another entry.
        String shown = event.getLocation().getPathWithQueryParameters();
        getElement().executeJs("if (window.pedalNav) { window.pedalNav.arrived($0, $1, $2); } "
                + "else { window.pedalNavPending = [$0, $1, $2]; }", history, initial, shown);
    }
}
