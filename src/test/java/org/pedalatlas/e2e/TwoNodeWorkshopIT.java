package org.pedalatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pedalatlas.base.Haproxy;
import org.pedalatlas.base.PostgresDatabase;

/**
 * Two app nodes (the packaged jar, each in its own JVM) on one PostgreSQL server behind HAProxy with sticky sessions,
 * as {@code docs/deploy.md} deploys them. The presenter is on node 1; Ana and Ben's phones are on node 2, Cai's on
 * node 1. Every phone gets every question and every answer counts once, whichever node took it. Then node 2 is
 * killed mid-session: Ana and Ben's phones come back through the balancer on node 1 as themselves, and the session
 * goes on to its end.
 */
@ExtendWith(PostgresDatabase.class)
class TwoNodeWorkshopIT {

    private static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(60_000);

    @TempDir
    Path data1;
    @TempDir
    Path data2;

    private final List<AppProcess> nodes = new ArrayList<>();
    private Haproxy balancer;
    private ProcessRoom room;

    @AfterEach
    void stopAll() throws Exception {
        if (room != null) {
            room.close();
        }
        if (balancer != null) {
            balancer.close();
        }
        for (AppProcess node : nodes) {
            node.stop();
        }
    }

    @Test
    void a_session_runs_across_two_nodes_and_outlives_one_of_them() throws Exception {
        Haproxy.assumeInstalled();
        Map<String, String> database = Map.of("ATLAS_DB_URL", System.getProperty("ATLAS_DB_URL"),
                "ATLAS_DB_USER", System.getProperty("ATLAS_DB_USER"), "ATLAS_DB_PASSWORD", "");
        AppProcess node1 = new AppProcess(data1, AppProcess.freePort(), Path.of("target", "two-nodes", "app1"), database);
        AppProcess node2 = new AppProcess(data2, AppProcess.freePort(), Path.of("target", "two-nodes", "app2"), database);
        nodes.addAll(List.of(node1, node2));
        // Started together, as a deployment's replicas are: one migrates, the other waits for Flyway's lock.
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> start(node1)),
                CompletableFuture.runAsync(() -> start(node2))).join();
        balancer = Haproxy.start(List.of(node1.port(), node2.port()));
        room = new ProcessRoom();

        Page presenter = room.person(1280, 900, on("app1"));
        String code = ProcessRoom.createSession(presenter, balancer.url(""), "Two-node drill", 2);
        String join = balancer.url("join/" + code);
        Page ana = room.join(join, "Ana", on("app2"));
        Page ben = room.join(join, "Ben", on("app2"));
        Page cai = room.join(join, "Cai", on("app1"));
        assertThat(presenter.locator("#participant-count")).hasText("3 participants");

        String first = nextQuestionReachesEveryPhone(presenter, null, List.of(ana, ben, cai));
        answer(ana, 0);
        answer(ben, 1);
        answer(cai, 0);
        revealToEveryPhone(presenter, List.of(ana, ben, cai));
        String anaVerdict = ana.locator("#play-verdict").textContent();
        ProcessRoom.screenshot(ana, "two-nodes-phone-on-node-2-reveal-360");

        // Node 2 dies. Its phones reconnect through the balancer, which sends them to node 1; the Vaadin session
        // they had is gone there, so the page reloads and rejoins with the token the phone kept.
        assertThat(node2.kill()).isEqualTo(137);
        assertThat(ana.locator("#play-verdict")).isVisible(SLOW);
        assertThat(ana.locator("#play-verdict")).hasText(anaVerdict);
        assertThat(ben.locator("#play-identity")).containsText("Ben", new LocatorAssertions.ContainsTextOptions()
                .setTimeout(60_000));

        nextQuestionReachesEveryPhone(presenter, first, List.of(ana, ben, cai));
        ProcessRoom.screenshot(ben, "two-nodes-phone-back-on-node-1-360");
        answer(ana, 1);
        answer(ben, 0);
        answer(cai, 1);
        revealToEveryPhone(presenter, List.of(ana, ben, cai));
        presenter.locator("#presenter-next").click();
        assertThat(presenter.locator("#podium")).isVisible();
        for (Page phone : List.of(ana, ben, cai)) {
            assertThat(phone.locator("#play-standing")).containsText("of 3");
        }
        ProcessRoom.screenshot(presenter, "two-nodes-presenter-end");

        assertThat(answersPerParticipantAndQuestion()).as("stored answers per participant and question")
                .hasSize(6).containsOnly(1);
    }

    /**
     * Presses Next and waits until every phone shows the presenter's new question (not {@code before}), connected;
     * returns its stem. Phones coming back from a dead node are given a minute.
     */
    private static String nextQuestionReachesEveryPhone(Page presenter, String before, List<Page> phones) {
        presenter.locator("#presenter-next").click();
        if (before == null) {
            assertThat(presenter.locator("#presenter-stem")).isVisible();
        } else {
            assertThat(presenter.locator("#presenter-stem")).not().hasText(before);
        }
        String stem = presenter.locator("#presenter-stem").textContent();
        for (Page phone : phones) {
            assertThat(phone.locator("#play-stem")).hasText(stem, new LocatorAssertions.HasTextOptions()
                    .setTimeout(60_000));
            assertThat(phone.locator("vaadin-connection-indicator[reconnecting]")).hasCount(0);
        }
        return stem;
    }

    /** Every phone has answered: the presenter reveals, and every phone shows its verdict. */
    private static void revealToEveryPhone(Page presenter, List<Page> phones) {
        assertThat(presenter.locator("#answer-count"))
                .containsText(phones.size() + " / " + phones.size() + " answered");
        presenter.locator("#presenter-reveal").click();
        for (Page phone : phones) {
            assertThat(phone.locator("#play-verdict")).isVisible();
        }
    }

    private static void start(AppProcess node) {
        try {
            node.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The balancer's cookie that keeps a browser on one node. */
    private Cookie on(String node) {
        return new Cookie(Haproxy.COOKIE, node).setDomain(balancer.host()).setPath("/");
    }

    private static void answer(Page phone, int choice) {
        phone.locator("#answer-input label.choice").nth(choice).click();
        phone.locator("#send-answer").click();
        assertThat(phone.locator("#answer-received")).isVisible();
    }

    private static List<Integer> answersPerParticipantAndQuestion() throws Exception {
        List<Integer> counts = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(System.getProperty("ATLAS_DB_URL"),
                System.getProperty("ATLAS_DB_USER"), "");
             ResultSet r = c.createStatement().executeQuery(
                     "SELECT count(*) FROM workshop_answer GROUP BY participant_id, position")) {
            while (r.next()) {
                counts.add(r.getInt(1));
            }
        }
        return counts;
    }
}
