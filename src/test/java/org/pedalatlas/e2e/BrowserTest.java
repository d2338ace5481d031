package org.pedalatlas.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser journeys: the real app on a random port, driven by real Chromium. Debian's Chromium is used
 * where it is installed (Playwright cannot download its own browser on our machines); elsewhere Playwright's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:atlas-e2e;DB_CLOSE_DELAY=-1",
        "atlas.instructor.username=" + BrowserTest.INSTRUCTOR,
        "atlas.instructor.password=" + BrowserTest.INSTRUCTOR_PASSWORD,
        "logging.level.org.atmosphere=warn"})
public abstract class BrowserTest {

    public static final int PHONE_WIDTH = 360;
    public static final String INSTRUCTOR = "instructor";
    public static final String INSTRUCTOR_PASSWORD = "e2e instructor password";
    private static final List<String> SYSTEM_CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    private BrowserContext context;
    protected Page page;
    private final java.util.List<BrowserContext> extraContexts = new java.util.ArrayList<>();

    static {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"));
        systemChromium().ifPresent(options::setExecutablePath);
        browser = playwright.chromium().launch(options);
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void closeContext() {
        extraContexts.forEach(BrowserContext::close);
        extraContexts.clear();
        context.close();
    }

    /** Reopens {@link #page} in a browser whose clock is in {@code zoneId}, as a learner elsewhere would have it. */
    protected void useTimeZone(String zoneId) {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setTimezoneId(zoneId));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    /**
     * Reopens {@link #page} in a fresh browser of this width whose language is {@code locale} (e.g. "it-IT": its
     * Accept-Language and navigator.language), with no cookies: a new visitor, or a learner on another device.
     */
    protected void useBrowser(int width, String locale) {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900).setLocale(locale));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    /** Another person's browser in this language (e.g. "es-ES"), such as a participant's phone at a congress. */
    protected Page newPerson(int width, int height, String locale) {
        return extraPage(new Browser.NewContextOptions().setViewportSize(width, height).setLocale(locale));
    }

    /** A browser with JavaScript switched off: what a page shows before Vaadin's client has started. */
    protected Page withoutJavaScript(int width, int height) {
        return extraPage(new Browser.NewContextOptions().setViewportSize(width, height).setJavaScriptEnabled(false));
    }

    /** Another person's browser (own cookies and storage), e.g. a workshop participant's phone. */
    protected Page newPerson(int width, int height) {
        return extraPage(new Browser.NewContextOptions().setViewportSize(width, height));
    }

    private Page extraPage(Browser.NewContextOptions options) {
        BrowserContext other = browser.newContext(options);
        extraContexts.add(other);
        Page p = other.newPage();
        p.setDefaultTimeout(15_000);
        return p;
    }

    protected void signInAsInstructor() {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name='username']").fill(INSTRUCTOR);
        page.locator("vaadin-login-form input[name='password']").fill(INSTRUCTOR_PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForSelector(".account-name");
    }

    /** Creates a learner account in this browser; sign-up signs the learner in. */
    protected void signUp(String username, String password) {
        open("signup");
        page.locator("#signup-username input").fill(username);
        page.locator("#signup-password input").fill(password);
        page.locator("#signup-repeat input").fill(password);
        page.locator("#signup-create").click();
        page.waitForSelector("#sign-out");
    }

    protected void signIn(String username, String password) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForSelector("#sign-out");
    }

    protected void screenshot(Page other, String name) {
        Path dir = Path.of(System.getProperty("atlas.screenshots", "target/screenshots"));
        other.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /**
     * Vaadin's rendered view, in the atlas's frame or the workshop's own; not the opening the HTML carries before the
     * JavaScript (base/ui/FirstPaint), which uses the same class names outside {@code #outlet}.
     */
    protected static final String RENDERED = "#main-content, #outlet .hall-main";

    /** Opens a page and waits until Vaadin has rendered the view (in the atlas's frame or the workshop's own). */
    protected void open(String path) {
        page.navigate(url(path));
        page.waitForSelector(RENDERED);
    }

    protected void phoneWidth() {
        page.setViewportSize(PHONE_WIDTH, 780);
        // The app layout turns its drawer into an overlay a moment after the resize: measuring before that saw the
        // content squeezed beside a docked drawer (an 89 px content area once, on a busy machine).
        page.waitForFunction("() => { const l = document.querySelector('vaadin-app-layout');"
                + " return !l || l.hasAttribute('overlay'); }");
    }

    protected void screenshot(String name) {
        Path dir = Path.of(System.getProperty("atlas.screenshots", "target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    }

    /** True when the page has no horizontal scroll, i.e. it fits the viewport (what a phone user needs). */
    protected boolean fitsWidth() {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
    }

    /** The app layout scrolls its content area, not the window: this is the reader's scroll position. */
    protected static final String CONTENT = "document.querySelector('vaadin-app-layout').shadowRoot"
            + ".querySelector('[part~=\"content\"]')";

    protected double scrollTop() {
        return ((Number) page.evaluate("() => " + CONTENT + ".scrollTop")).doubleValue();
    }

    protected void scrollTo(double top) {
        page.evaluate("y => { " + CONTENT + ".scrollTop = y; }", top);
        page.waitForFunction("y => Math.abs(" + CONTENT + ".scrollTop - y) < 2", top);
    }

    /**
     * What a reader needs of every page a journey visits, checked where the journey stands: the page fits the
     * viewport's width (document and content area), nothing past its end scrolls into blank space, and axe-core
     * finds no critical, serious or moderate violation of WCAG 2.x A/AA or its best practices.
     */
    protected void checkPage(String what) {
        page.locator("#main-content h1").first().waitFor();
        Layout layout = layout();
        org.assertj.core.api.Assertions.assertThat(layout.docWidth()).as("%s: document width at %d px", what,
                layout.viewportWidth()).isLessThanOrEqualTo(layout.viewportWidth() + 1);
        org.assertj.core.api.Assertions.assertThat(layout.contentWidth()).as("%s: content area's scroll width",
                what).isLessThanOrEqualTo(layout.contentClientWidth() + 1);
        org.assertj.core.api.Assertions.assertThat(layout.docHeight()).as("%s: the document itself does not scroll",
                what).isLessThanOrEqualTo(layout.viewportHeight() + 1);
        org.assertj.core.api.Assertions.assertThat(layout.blankBelow()).as("%s: blank space below the footer",
                what).isLessThanOrEqualTo(2);
        Accessibility.assertNoViolations(page, what);
    }

    record Layout(int viewportWidth, int viewportHeight, int docWidth, int docHeight, int contentWidth,
                  int contentClientWidth, int blankBelow) {
    }

    protected Layout layout() {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Number> m = (java.util.Map<String, Number>) page.evaluate("() => { const c = "
                + CONTENT + "; const frame = document.querySelector('.page-frame');"
                + "const frameBottom = frame.getBoundingClientRect().bottom - c.getBoundingClientRect().top + c.scrollTop;"
                + "return { vw: innerWidth, vh: innerHeight, dw: document.documentElement.scrollWidth,"
                + " dh: document.documentElement.scrollHeight, cw: c.scrollWidth, ccw: c.clientWidth,"
                + " blank: Math.round(c.scrollHeight - Math.max(frameBottom, c.clientHeight)) }; }");
        return new Layout(m.get("vw").intValue(), m.get("vh").intValue(), m.get("dw").intValue(),
                m.get("dh").intValue(), m.get("cw").intValue(), m.get("ccw").intValue(), m.get("blank").intValue());
    }

    private static Optional<Path> systemChromium() {
        return Stream.concat(Stream.ofNullable(System.getenv("ATLAS_CHROMIUM")), SYSTEM_CHROMIUM.stream())
                .map(Path::of).filter(Files::isExecutable).findFirst();
    }
}
