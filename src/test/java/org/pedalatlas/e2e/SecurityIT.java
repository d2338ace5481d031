package org.pedalatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * The attacks of issue 14, replayed against the running app: forged and throttled sign-ins, weak and over-long
 * passwords, missing headers, HTTPS behind a proxy, and log flooding through bad addresses. Its own database and
 * context, because it locks the instructor's account out.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:atlas-security;DB_CLOSE_DELAY=-1",
        "atlas.sign-in.account-lock-for=16m"})
class SecurityIT extends BrowserTest {

    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** One page of every kind, and a static file. */
    private static final List<String> EVERY_KIND = List.of("", "atlas/dorsalis-pedis", "figures/foot-zones",
            "trees/needle-wont-get-in", "quiz", "join", "play/123456", "login", "signup", "no/such/page",
            "styles/atlas.css");

    /** A browser without a browser: keeps its cookies, never follows redirects (so that they can be checked). */
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url("login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF parameter and token that Flow writes into the page for the sign-in form, as a browser would read them. */
    private Map<String, String> csrf() throws IOException, InterruptedException {
        String page = get("login").body();
        Matcher name = CSRF_PARAMETER.matcher(page);
        Matcher token = CSRF_TOKEN.matcher(page);
        assertThat(name.find() && token.find()).as("the sign-in page carries a CSRF token").isTrue();
        return Map.of(name.group(1), token.group(1));
    }

    private static Map<String, String> with(Map<String, String> csrf, String username, String password) {
        Map<String, String> form = new java.util.HashMap<>(csrf);
        form.put("username", username);
        form.put("password", password);
        return form;
    }

    @Test
    void every_kind_of_page_carries_the_security_headers() throws Exception {
        for (String path : EVERY_KIND) {
            HttpResponse<String> response = get(path);
            String what = "/" + path + " (" + response.statusCode() + ") " + response.headers().map();
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'", "base-uri 'self'",
                            "form-action 'self'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(what).hasValueSatisfying(p -> assertThat(p)
                    .contains("camera=()", "geolocation=()"));
            assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("SAMEORIGIN");
            assertThat(headers.firstValue("Strict-Transport-Security")).as(what + " over plain HTTP").isEmpty();
        }
    }

    @Test
    void over_https_behind_the_trusted_proxy_cookies_are_secure_and_hsts_is_sent() throws Exception {
        HttpResponse<String> plain = get("login");
        assertThat(plain.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly")
                .doesNotContainIgnoringCase("Secure"));

        HttpClient fresh = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> proxied = fresh.send(HttpRequest.newBuilder(URI.create(url("login")))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(h -> assertThat(h)
                .contains("max-age=31536000"));
        assertThat(proxied.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=").containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void sign_in_without_a_valid_csrf_token_is_refused() throws Exception {
        Map<String, String> csrf = csrf();
        HttpResponse<String> missing = postLogin(Map.of("username", INSTRUCTOR, "password", INSTRUCTOR_PASSWORD));
        assertThat(missing.statusCode()).as("no token").isEqualTo(403);
        Map<String, String> foreign = with(Map.of(csrf.keySet().iterator().next(), "forged-token"), INSTRUCTOR,
                INSTRUCTOR_PASSWORD);
        assertThat(postLogin(foreign).statusCode()).as("a foreign token").isEqualTo(403);
        assertThat(get("progress").statusCode()).as("still a guest").isNotEqualTo(500);

        // The same post with the page's own token is a sign-in; an over-long password is just a wrong one.
        HttpResponse<String> tooLong = postLogin(with(csrf, "nobody-here", "é".repeat(40)));
        assertThat(tooLong.statusCode()).isEqualTo(302);
        assertThat(tooLong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void the_eleventh_wrong_password_within_a_minute_is_refused_and_logged(CapturedOutput output) throws Exception {
        Map<String, String> csrf = csrf();
        String wrong = "not the instructor's password";
        List<String> outcomes = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 1; i <= 11; i++) {
            HttpResponse<String> response = postLogin(with(csrf, INSTRUCTOR, wrong));
            assertThat(response.statusCode()).isEqualTo(302);
            outcomes.add(response.headers().firstValue("Location").orElseThrow());
        }
        assertThat(System.nanoTime() - started).isLessThan(60_000_000_000L);
        assertThat(outcomes.getFirst()).endsWith("/login?error");
        assertThat(outcomes.getLast()).contains("/login?wait=");
        // The right password does not get through while the account is locked.
        HttpResponse<String> right = postLogin(with(csrf, INSTRUCTOR, INSTRUCTOR_PASSWORD));
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?wait="));

        assertThat(output.getAll()).contains("Sign-in failed for account 'instructor' from 127.0.0.1")
                .contains("Sign-in refused without checking the password: account 'instructor'")
                .doesNotContain(wrong).doesNotContain(INSTRUCTOR_PASSWORD);

        // What the person at the keyboard sees.
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name='username']").fill(INSTRUCTOR);
        page.locator("vaadin-login-form input[name='password']").fill(INSTRUCTOR_PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        assertThat(page.locator("vaadin-login-form")).containsText("Too many failed sign-ins");
        assertThat(page.locator("vaadin-login-form")).containsText("Try again in");
        screenshot("security-sign-in-paused");
    }

    @Test
    void weak_and_over_long_passwords_get_a_message_next_to_the_field_then_sign_up_signs_in(CapturedOutput output) {
        open("signup");
        String name = "careful" + System.nanoTime() % 1_000_000;
        page.locator("#signup-username input").fill(name);
        for (String weak : List.of("password12", "1234567890", "aaaaaaaaaa")) {
            page.locator("#signup-password input").fill(weak);
            page.locator("#signup-repeat input").fill(weak);
            page.locator("#signup-create").click();
            assertThat(page.locator("#signup-password")).hasAttribute("invalid", "");
            assertThat(page.locator("#signup-password")).containsText("too easy to guess");
        }
        String eightyBytes = "kettle moss lantern plantar " + "é".repeat(26);
        assertThat(eightyBytes.getBytes(StandardCharsets.UTF_8)).hasSize(80);
        page.locator("#signup-password input").fill(eightyBytes);
        page.locator("#signup-repeat input").fill(eightyBytes);
        page.locator("#signup-create").click();
        assertThat(page.locator("#signup-password")).containsText("80 bytes");
        screenshot("security-signup-too-long");
        assertThat(output.getAll()).doesNotContain("IllegalArgumentException");

        page.locator("#signup-password input").fill("blue kettle moss");
        page.locator("#signup-repeat input").fill("blue kettle moss");
        page.locator("#signup-create").click();
        page.waitForSelector("#sign-out");
        assertThat(page.locator(".account-name")).hasText(name);
    }

    @Test
    void bad_ids_show_the_not_found_page_and_write_at_most_one_log_line(CapturedOutput output) {
        for (String path : List.of("quiz/attempt/abc", "quiz/attempt/99999999999999999999999", "quiz/attempt/1/x",
                "quiz/review/abc", "quiz/review/-1", "figures/nope", "trees/nope", "atlas/nope", "cases/nope")) {
            int before = output.getAll().length();
            open(path);
            assertThat(page.locator("#not-found")).isVisible();
            page.waitForTimeout(300);
            String logged = output.getAll().substring(before);
            assertThat(logged.lines().filter(l -> !l.isBlank()).count()).as("log lines for /%s:%n%s", path, logged)
                    .isLessThanOrEqualTo(1);
            assertThat(logged).doesNotContain("Exception");
        }
        screenshot("security-not-found");
    }

    @Test
    void control_characters_in_an_address_are_refused_before_the_app_without_a_stack_trace(CapturedOutput output)
            throws Exception {
        for (String path : List.of("play/%00", "quiz/attempt/1%0aERROR%20forged", "atlas/%2e%2e%2fetc")) {
            int before = output.getAll().length();
            int status = get(path).statusCode();
            assertThat(status).as(path).isIn(200, 400, 404);
            assertThat(output.getAll().substring(before)).as(path).doesNotContain("Exception");
        }
    }

    @Test
    void pages_of_every_kind_work_under_the_content_security_policy() {
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Content-Security-Policy")) {
                violations.add(m.text());
            }
        });
        for (String path : List.of("", "atlas/dorsalis-pedis", "figures/foot-zones", "trees/needle-wont-get-in",
                "quiz", "join", "login", "signup", "no/such/page")) {
            open(path);
            page.locator("main h1").first().waitFor();
        }
        page.navigate(url("play/123456"));
        page.waitForTimeout(500);
        assertThat(violations).isEmpty();
    }
}
