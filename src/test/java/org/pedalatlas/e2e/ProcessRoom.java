package org.pedalatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;

/**
 * A workshop room in real Chromium for the journeys that run the app in processes of their own ({@link AppProcess}):
 * a presenter and phones, each in a browser context of its own, signing in, creating a session of single-choice
 * questions and joining it. Close it after the test.
 */
final class ProcessRoom implements AutoCloseable {

    private static final List<String> SYSTEM_CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

    private final Playwright playwright;
    private final Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    ProcessRoom() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"));
        SYSTEM_CHROMIUM.stream().map(Path::of).filter(Files::isExecutable).findFirst()
                .ifPresent(options::setExecutablePath);
        browser = playwright.chromium().launch(options);
    }

    /** A person's own browser (cookies and storage of their own) with one page of this size. */
    Page person(int width, int height, Cookie... cookies) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        if (cookies.length > 0) {
            context.addCookies(List.of(cookies));
        }
        contexts.add(context);
        Page page = context.newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    /** A phone at 360 px that joins the session at {@code joinUrl} as {@code nickname}. */
    Page join(String joinUrl, String nickname, Cookie... cookies) {
        Page phone = person(BrowserTest.PHONE_WIDTH, 780, cookies);
        phone.navigate(joinUrl);
        phone.locator("#join-nickname input").fill(nickname);
        phone.locator("#join-button").click();
        assertThat(phone.locator("#play-identity")).containsText(nickname);
        return phone;
    }

    static void signIn(Page page) {
        page.locator("vaadin-login-form input[name='username']").fill(AppProcess.INSTRUCTOR);
        page.locator("vaadin-login-form input[name='password']").fill(AppProcess.PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
    }

    /**
     * Signs in at {@code baseUrl} and creates a session of the content's first {@code questions} single-choice
     * questions, 300 s each, through the workshop page; returns its join code.
     */
    static String createSession(Page page, String baseUrl, String title, int questions) {
        page.navigate(baseUrl + "login");
        signIn(page);
        page.waitForSelector(".account-name");
        page.navigate(baseUrl + "workshop");
        page.locator("#session-title input").fill(title);
        // The filter "single" lists the single-choice questions; the first box is the header's "select all".
        Locator grid = page.locator("#question-picker");
        page.waitForCondition(() -> size(grid) > 0);
        int all = size(grid);
        page.locator("#question-filter input").fill("single");
        page.waitForCondition(() -> size(grid) != all);
        Locator boxes = page.locator("#question-picker vaadin-grid-cell-content:visible vaadin-checkbox");
        page.waitForCondition(() -> boxes.count() > questions + 1);
        for (int i = 1; i <= questions; i++) {
            boxes.nth(i).click();
        }
        page.locator("#session-limit input").fill("300");
        page.locator("#session-create").click();
        assertThat(page.locator("#join-code-display")).isVisible();
        return page.locator("#join-code-display").textContent().replace(" ", "");
    }

    /** How many rows the grid has now (its {@code size}, which Flow sets as the server filters). */
    private static int size(Locator grid) {
        Object size = grid.evaluate("g => g.size");
        return size instanceof Number n ? n.intValue() : 0;
    }

    static void screenshot(Page page, String name) {
        Path dir = Path.of(System.getProperty("atlas.screenshots", "target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        contexts.forEach(BrowserContext::close);
        playwright.close();
    }
}
