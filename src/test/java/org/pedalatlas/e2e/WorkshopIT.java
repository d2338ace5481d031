package org.pedalatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.pedalatlas.content.Question;
import org.pedalatlas.workshop.ParticipantService;
import org.springframework.beans.factory.annotation.Autowired;

/** A whole live session: a presenter and three phones (one at 360 px), from join to CSV export. */
class WorkshopIT extends WorkshopJourney {

    @Autowired
    ParticipantService participants;

    @Autowired
    jakarta.servlet.ServletContext servletContext;

    @Test
    void push_sockets_get_small_read_buffers() {
        // The journeys in this class run on these buffers; Vaadin's own 16 K would cost 48 KB per phone (#12).
        Object framework = servletContext.getAttribute(com.vaadin.flow.server.communication.JSR356WebsocketInitializer
                .getAttributeName("springServlet"));
        assertThat(framework).isInstanceOf(org.atmosphere.cpr.AtmosphereFramework.class);
        assertThat(((org.atmosphere.cpr.AtmosphereFramework) framework).getAtmosphereConfig()
                .getInitParameter("org.atmosphere.websocket.bufferSize")).isEqualTo("1024");
        assertThat(servletContext.getInitParameter("org.apache.tomcat.websocket.textBufferSize")).isEqualTo("1024");
    }

    @Test
    void presenter_and_three_phones_run_a_whole_session_with_rejoin_and_csv() throws Exception {
        List<Question> singles = content.content().questions().stream()
                .filter(q -> q.type() == Question.Type.SINGLE).limit(2).toList();
        Question first = singles.get(0);
        Question second = singles.get(1);
        String code = createSession("Zone drill", 60, first, second);
        page.setViewportSize(1920, 1080);
        assertThat(page.locator("#short-url")).containsText("/j/" + code);
        assertThat(page.locator(".qr svg")).isVisible();

        Page ana = join(code, "Ana", PHONE_WIDTH);
        Page ben = join(code, "Ben", 412);
        Page cai = join(code, "Cai", 412);
        assertThat(page.locator("#participant-count")).hasText("3 participants");
        assertThat(page.locator("#nicknames")).containsText("Cai");
        // Phones and projector carry the session only: no atlas navigation, one linked line of disclaimer.
        for (Page screen : List.of(page, ana)) {
            assertThat(screen.locator("vaadin-app-layout")).hasCount(0);
            assertThat(screen.locator(".hall-disclaimer")).containsText("For education only");
            assertThat(screen.locator(".hall-disclaimer a")).hasAttribute("href", "about");
        }
        screenshot("workshop-presenter-lobby-1920");
        screenshot(ana, "workshop-phone-lobby-360");
        Accessibility.assertNoViolations(page, "presenter lobby at 1920");
        Accessibility.assertNoViolations(ana, "phone lobby at 360");

        page.keyboard().press("n");
        assertThat(page.locator("#presenter-stem")).hasText(first.stem());
        assertThat(ana.locator("#play-stem")).hasText(first.stem());
        assertThat(page.locator("#answer-count")).containsText("0 / 3 answered");
        // Readable from the back of a hall: the question in at least 40 px, its choices and a running countdown.
        assertThat(((Number) page.locator("#presenter-stem").evaluate("e => parseFloat(getComputedStyle(e).fontSize)"))
                .doubleValue()).isGreaterThanOrEqualTo(40);
        assertThat(page.locator("#projected-prompt li")).hasCount(((Question.SingleChoice) first.key()).options().size());
        assertThat(page.locator(".presenter .countdown")).hasText(java.util.regex.Pattern.compile("^\\d+ s$"));
        assertThat(inViewport(page, "#presenter-stem")).isTrue();
        screenshot("workshop-presenter-question-1920");
        Accessibility.assertNoViolations(page, "presenter question at 1920");
        Accessibility.assertNoViolations(ana, "phone question at 360");
        screenshot(ana, "workshop-phone-question-360");
        String right = ((Question.SingleChoice) first.key()).options().stream().filter(Question.Option::correct).findFirst().orElseThrow().text();
        String wrong = ((Question.SingleChoice) first.key()).options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().text();
        ana.locator("#answer-input label.choice", new Page.LocatorOptions().setHasText(right)).first().click();
        ana.locator("#send-answer").click();
        assertThat(ana.locator("#answer-received")).containsText(right);
        assertThat(page.locator("#answer-count")).containsText("1 / 3 answered");
        ben.locator("#answer-input label.choice", new Page.LocatorOptions().setHasText(wrong)).first().click();
        ben.locator("#send-answer").click();
        assertThat(page.locator("#answer-count")).containsText("2 / 3 answered");
        // Before the reveal the room sees how many answered, not what, and a phone's points wait for the reveal.
        assertThat(page.locator("#histogram")).hasCount(0);
        assertThat(ana.locator("#play-identity")).containsText("Ana · 0 points");
        page.keyboard().press("n"); // N does not skip an open question
        assertThat(page.locator("#presenter-stem")).hasText(first.stem());
        page.keyboard().press("d");
        assertThat(page.locator("#histogram .bar-count").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("1"))).hasCount(2);
        assertThat(fitsWidth(ana)).isTrue();
        screenshot("workshop-presenter-histogram-1920");
        screenshot(ana, "workshop-phone-answered-360");

        ana.reload();
        assertThat(ana.locator("#play-identity")).containsText("Ana");
        assertThat(ana.locator("#answer-received")).containsText(right);

        page.keyboard().press("r");
        assertThat(page.locator("#reveal")).containsText(right);
        assertThat(ana.locator("#play-verdict")).hasText("Right!");
        assertThat(ben.locator("#play-verdict")).hasText("Not right");
        assertThat(cai.locator("#play-verdict")).hasText("No answer this time");
        // Points gained are green; a wrong answer's "+0" is not.
        assertThat(ana.locator(".points")).not().hasClass(java.util.regex.Pattern.compile("\\bnone\\b"));
        assertThat(ben.locator(".points")).hasText("+0 points");
        assertThat(ben.locator(".points")).hasClass(java.util.regex.Pattern.compile("\\bnone\\b"));
        screenshot(ben, "workshop-phone-reveal-wrong-360");
        Accessibility.assertNoViolations(ben, "phone reveal of a wrong answer at 360");
        assertThat(page.locator("#histogram")).isVisible();
        screenshot("workshop-presenter-reveal-1920");
        screenshot(ana, "workshop-phone-reveal-360");
        Accessibility.assertNoViolations(page, "presenter reveal at 1920");
        Accessibility.assertNoViolations(ana, "phone reveal at 360");
        page.keyboard().press("l");
        assertThat(page.locator("#leaderboard li").first()).containsText("Ana");
        screenshot("workshop-presenter-leaderboard-1920");

        page.keyboard().press("n");
        assertThat(cai.locator("#play-stem")).hasText(second.stem());
        ana.reload();
        assertThat(ana.locator("#play-identity")).containsText("Ana · 1000 points");
        cai.locator("#answer-input label.choice").first().click();
        page.keyboard().press("r");
        assertThat(cai.locator("#play-verdict")).hasText("No answer this time");
        page.keyboard().press("n");
        assertThat(page.locator("#podium .place-1")).containsText("Ana");
        assertThat(ana.locator("#play-standing")).containsText("rank 1 of 3");
        screenshot("workshop-presenter-podium-1920");
        Accessibility.assertNoViolations(page, "presenter podium at 1920");

        open("workshop");
        page.locator("#past-sessions a", new Page.LocatorOptions().setHasText("Results")).first().click();
        assertThat(page.locator("#participant-results")).containsText("Ana");
        Download download = page.waitForDownload(() -> page.locator("#csv-export").click());
        String csv = Files.readString(download.path());
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("session,code,participant");
        assertThat(csv).contains("\"Ana\"").contains("\"Ben\"").contains(first.id()).contains(",1000,");
        assertThat(csv.lines()).hasSize(3);
        screenshot("workshop-results");
    }

    @Test
    void presenter_shows_a_figure_and_a_decision_tree_inside_the_session_and_phones_get_image_questions() {
        Question hotspot = content.content().questions().stream().filter(q -> q.type() == Question.Type.HOTSPOT)
                .findFirst().orElseThrow();
        String code = createSession("Figures", 30, hotspot);
        Page ana = join(code, "Ana", PHONE_WIDTH);

        page.keyboard().press("s");
        assertThat(page.locator("#show-dialog")).hasAttribute("opened", "");
        page.locator("#show-picker input").fill("Balloon");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Balloon-assisted")).first().click();
        com.microsoft.playwright.FrameLocator shown = page.frameLocator("#show-frame");
        assertThat(shown.locator(".figure-stage.presenter")).isVisible();
        String firstCaption = shown.locator("#step-caption").textContent();
        shown.locator("#step-next").click();
        assertThat(shown.locator("#step-caption")).not().hasText(firstCaption);
        screenshot("workshop-presenter-shows-figure");

        page.locator("#show-picker input").fill("");
        page.locator("#show-picker input").pressSequentially("needle won");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("The needle won")).first().click();
        assertThat(shown.locator("#node-title")).isVisible();
        String question = shown.locator("#node-title").textContent();
        shown.locator("#node-title").press("1");
        assertThat(shown.locator("#node-title")).not().hasText(question);
        screenshot("workshop-presenter-shows-tree");
        page.locator("#show-close").click();
        assertThat(page.locator("#show-dialog[opened]")).hasCount(0);
        assertThat(page.locator("#join-code-display")).hasText(code.substring(0, 3) + " " + code.substring(3));

        page.keyboard().press("n");
        assertThat(ana.locator("#play-stem")).hasText(hotspot.stem());
        assertThat(ana.locator("#answer-input [data-region]").first()).isVisible();
        assertThat(fitsWidth(ana)).isTrue();
        screenshot(ana, "workshop-phone-image-question-360");
        page.keyboard().press("r");
        assertThat(page.locator("#reveal .show-figure").first()).isVisible();
    }

    @Test
    void a_phone_that_misses_the_time_limit_sees_the_question_close() {
        Question q = content.content().questions().stream().filter(x -> x.type() == Question.Type.SINGLE)
                .findFirst().orElseThrow();
        String code = createSession("Timed", 5, q);
        Page late = join(code, "Late", PHONE_WIDTH);
        assertThat(page.locator("#participant-count")).hasText("1 participant");
        page.locator("#presenter-next").click();
        assertThat(late.locator("#play-stem")).hasText(q.stem());
        assertThat(late.locator("#question-closed")).hasText("Time is up for this question.",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000));
        assertThat(late.locator("#send-answer")).hasCount(0);
        screenshot(late, "workshop-phone-time-up-360");
    }

    @Test
    void a_wrong_code_is_explained_next_to_the_field() {
        Page phone = newPerson(PHONE_WIDTH, 780);
        phone.navigate(url("join"));
        phone.locator("#join-code input").fill("000000");
        phone.locator("#join-nickname input").fill("Dee");
        phone.locator("#join-button").click();
        assertThat(phone.locator("#join-code")).containsText("No open session has this code");
        screenshot(phone, "workshop-join-wrong-code-360");
        Accessibility.assertNoViolations(phone, "join page with a wrong code at 360");
    }

    @Test
    void the_projector_keeps_the_join_code_in_view_for_a_full_hall_and_f_toggles_full_screen() {
        Question q = content.content().questions().stream().filter(x -> x.type() == Question.Type.MULTIPLE)
                .findFirst().orElseThrow();
        String code = createSession("Full hall", 30, q);
        page.setViewportSize(1920, 1080);
        for (int i = 1; i <= 150; i++) {
            participants.join(code, "Guest " + i, "hall-test-" + i);
        }
        assertThat(page.locator("#participant-count")).hasText("150 participants");
        assertThat(inViewport(page, "#join-code-display")).isTrue();
        assertThat(inViewport(page, ".qr svg")).isTrue();
        assertThat(inViewport(page, "#short-url")).isTrue();
        screenshot("workshop-presenter-full-hall-1920");

        page.keyboard().press("f");
        page.waitForCondition(() -> (Boolean) page.evaluate("() => document.fullscreenElement !== null"));
        page.keyboard().press("f");
        page.waitForCondition(() -> (Boolean) page.evaluate("() => document.fullscreenElement === null"));

        page.keyboard().press("n");
        assertThat(page.locator("#projected-prompt")).containsText("Choose every right one");
        assertThat(page.locator("#answer-count")).containsText("0 / 150 answered");
        screenshot("workshop-presenter-multiple-1920");
    }

    @Test
    void an_instructor_sent_to_sign_in_from_a_workshop_page_is_told_why_and_returns_to_it() {
        open("login");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator("#sign-in-to-resume")).isHidden();
        open("workshop");
        assertThat(page.locator("#sign-in-to-resume")).containsText("the server restarted or the session timed out");
        page.locator("vaadin-login-form input[name='username']").fill(INSTRUCTOR);
        page.locator("vaadin-login-form input[name='password']").fill(INSTRUCTOR_PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        assertThat(page.locator("#session-title")).isVisible();
        screenshot("workshop-after-sign-in");
    }
}
