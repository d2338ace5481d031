package org.pedalatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acknowledged means durable: the real app runs in its own JVM on a throw-away data folder; a presenter and three
 * phones (real Chromium) start a session; while a question is open two phones answer and a third joins, and the
 * moment the last of them is told "received" the server is killed with SIGKILL. Restarted on the same data, every
 * acknowledged answer and join is there, nobody can answer the same question twice, and the phones come back by
 * themselves (showing a reconnecting state while the server is away).
 */
class DurableAcknowledgementIT {

    private static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(60_000);

    @TempDir
    Path data;

    private AppProcess app;
    private ProcessRoom room;

    @BeforeEach
    void startAppAndBrowser() throws Exception {
        app = new AppProcess(data, AppProcess.freePort(), Path.of("target", "durability"));
        app.start();
        room = new ProcessRoom();
    }

    @AfterEach
    void stopAll() throws Exception {
        if (room != null) {
            room.close();
        }
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void answers_and_joins_acknowledged_right_before_a_sigkill_survive_the_restart_and_phones_come_back() throws Exception {
        Page presenter = room.person(1280, 900);
        String code = ProcessRoom.createSession(presenter, app.url(""), "Durability drill", 1);
        Page ana = room.join(app.url("join/" + code), "Ana");
        Page ben = room.join(app.url("join/" + code), "Ben");
        presenter.locator("#presenter-next").click();
        assertThat(ana.locator("#send-answer")).isVisible();
        assertThat(ben.locator("#send-answer")).isVisible();
        Page cai = room.person(BrowserTest.PHONE_WIDTH, 780);
        cai.navigate(app.url("join/" + code));
        cai.locator("#join-nickname input").fill("Cai");

        // Two answers and a join sent together; the server dies right after the last acknowledgement. Issue 11 saw
        // such acknowledgements lost with H2's default 500 ms write delay. On a busy machine the kill can come later
        // than that delay (a control run with the old URL passed here), so DurableDefaultsTest guards the setting.
        ana.locator("#answer-input label.choice").first().click();
        ben.locator("#answer-input label.choice").last().click();
        ana.locator("#send-answer").click();
        ben.locator("#send-answer").click();
        cai.locator("#join-button").click();
        assertThat(ana.locator("#answer-received")).isVisible();
        assertThat(ben.locator("#answer-received")).isVisible();
        assertThat(cai.locator("#play-identity")).containsText("Cai");
        String anaAnswer = ana.locator("#answer-received").textContent();
        String benAnswer = ben.locator("#answer-received").textContent();
        int status = app.kill();
        assertThat(status).as("exit status of a process ended by SIGKILL (128 + 9)").isEqualTo(137);

        // While the server is away, each phone says so.
        for (Page phone : List.of(ana, ben, cai)) {
            assertThat(phone.locator("vaadin-connection-indicator[reconnecting]")).isAttached(
                    new LocatorAssertions.IsAttachedOptions().setTimeout(30_000));
        }
        assertThat(ana.locator("vaadin-connection-indicator")).containsText("Reconnecting");
        ProcessRoom.screenshot(ana, "durability-phone-reconnecting-360");

        app.start();

        // Back by themselves: the old Vaadin session is gone, the page reloads and rejoins with its stored token.
        assertThat(ana.locator("#answer-received")).isVisible(SLOW);
        assertThat(ana.locator("#answer-received")).hasText(anaAnswer);
        assertThat(ben.locator("#answer-received")).isVisible(SLOW);
        assertThat(ben.locator("#answer-received")).hasText(benAnswer);
        assertThat(cai.locator("#play-identity")).containsText("Cai", new LocatorAssertions.ContainsTextOptions()
                .setTimeout(60_000));
        assertThat(cai.locator("#send-answer")).isVisible(SLOW);
        assertThat(ana.locator("#send-answer")).hasCount(0);
        assertThat(ana.locator("vaadin-connection-indicator[reconnecting]")).hasCount(0);
        ProcessRoom.screenshot(ana, "durability-phone-back-360");

        // No second answer: a fresh tab of Ana's phone (same stored token) finds her answer, not the question.
        Page anaAgain = ana.context().newPage();
        anaAgain.navigate(app.url("play/" + code));
        // A new tab loads the whole page on a server that has just restarted: more than the default 5 s on a busy
        // machine (seen once), so it is given the time the other pages here are given.
        assertThat(anaAgain.locator("#answer-received")).hasText(anaAnswer, new LocatorAssertions.HasTextOptions()
                .setTimeout(30_000));
        assertThat(anaAgain.locator("#send-answer")).hasCount(0);

        // The presenter's page comes back by itself too; its sign-in did not survive the restart (no remember-me),
        // so it lands on the sign-in page and, once signed in, on the same session.
        assertThat(presenter.locator("vaadin-login-form")).isVisible(SLOW);
        assertThat(presenter.locator("#sign-in-to-resume")).containsText("the server restarted");
        ProcessRoom.screenshot(presenter, "durability-presenter-after-restart");
        ProcessRoom.signIn(presenter);
        assertThat(presenter.locator("#presenter-reveal")).isVisible(SLOW);

        cai.locator("#answer-input label.choice").first().click();
        cai.locator("#send-answer").click();
        assertThat(cai.locator("#answer-received")).isVisible();
        presenter.locator("#presenter-reveal").click();
        assertThat(ana.locator("#play-verdict")).isVisible();
        assertThat(cai.locator("#play-verdict")).isVisible();

        app.stop();
        Map<String, Integer> answers = answersByNickname();
        assertThat(answers).as("stored answers to question 1, by participant")
                .containsExactlyInAnyOrderEntriesOf(Map.of("Ana", 1, "Ben", 1, "Cai", 1));
    }

    /** Reads the stopped app's database directly: answers to the first question per nickname. */
    private Map<String, Integer> answersByNickname() throws Exception {
        Map<String, Integer> answers = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("atlas"), "sa", "");
             ResultSet r = c.createStatement().executeQuery("SELECT p.nickname, COUNT(*) FROM workshop_answer a "
                     + "JOIN participant p ON p.id = a.participant_id WHERE a.position = 0 GROUP BY p.nickname")) {
            while (r.next()) {
                answers.put(r.getString(1), r.getInt(2));
            }
        }
        return answers;
    }
}
