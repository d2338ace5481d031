package org.pedalatlas.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedalatlas.workshop.Refusals.refusal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pedalatlas.Application;
import org.pedalatlas.base.PostgresDatabase;
import org.pedalatlas.bank.Response;
import org.pedalatlas.workshop.WorkshopRecords.Joined;
import org.pedalatlas.workshop.WorkshopRecords.NewSession;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two app nodes (two application contexts, each with its own memory, as two JVMs would have) on one PostgreSQL
 * database: the presenter runs the session on node A, phones join and answer on node B and on A, and each node's
 * copy of the session follows the other's changes through LISTEN/NOTIFY: joins, the phase, answers (counted once,
 * also when a phone tries again through the other node), the door and a removal.
 */
@ExtendWith(PostgresDatabase.class)
class TwoNodesPostgresTest {

    private static final Duration HEARD = Duration.ofSeconds(10);

    @TempDir
    Path dataA;
    @TempDir
    Path dataB;

    /** Two nodes, started together on the test's database: the presenter uses node A; phones use both. */
    private record Nodes(ConfigurableApplicationContext a, ConfigurableApplicationContext b,
                         WorkshopService presenterA, WorkshopService presenterB, ParticipantService phonesA,
                         ParticipantService phonesB, JdbcClient sql, long me) implements AutoCloseable {

        static Nodes start(Path dataA, Path dataB) {
            ConfigurableApplicationContext a = node(dataA);
            ConfigurableApplicationContext b = node(dataB);
            JdbcClient sql = a.getBean(JdbcClient.class);
            return new Nodes(a, b, a.getBean(WorkshopService.class), b.getBean(WorkshopService.class),
                    a.getBean(ParticipantService.class), b.getBean(ParticipantService.class), sql,
                    sql.sql("select id from learner where role = 'INSTRUCTOR'").query(Long.class).single());
        }

        @Override
        public void close() {
            b.close();
            a.close();
        }
    }

    private static ConfigurableApplicationContext node(Path data) {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0", "--atlas.data-dir=" + data,
                "--atlas.content.dir=src/test/resources/fixtures/content-valid", "--logging.level.root=warn",
                "--atlas.instructor.password=a long test password");
    }

    @Test
    void a_session_run_on_one_node_reaches_phones_on_the_other_and_every_answer_counts_once() {
        try (Nodes n = Nodes.start(dataA, dataB)) {
            WorkshopService presenterA = n.presenterA();
            WorkshopService presenterB = n.presenterB();
            ParticipantService phonesA = n.phonesA();
            ParticipantService phonesB = n.phonesB();
            long me = n.me();
            assertThat(n.a().getBean(NodeEvents.class).clustered()).as("PostgreSQL: the nodes tell each other")
                    .isTrue();

            var info = presenterA.create(me, new NewSession("Two nodes", List.of("dp-easiest", "calcified-refuse"),
                    60, Scoring.CORRECTNESS));
            long id = info.id();
            assertThat(presenterA.presenter(id, me).participants()).isEmpty();

            Joined ana = phonesB.join(info.code(), "Ana", "10.0.0.1");
            Joined cai = phonesA.join(info.code(), "Cai", "10.0.0.2");
            await("node A's presenter hears of Ana, who joined on node B",
                    () -> presenterA.presenter(id, me).participants().size() == 2);
            await("node B hears of Cai, who joined on node A",
                    () -> presenterB.presenter(id, me).participants().size() == 2);

            presenterA.next(id, me);
            await("Ana's phone on node B gets the first question",
                    () -> phonesB.player(ana.participantId(), ana.token()).phase() == Phase.QUESTION);
            assertThat(phonesB.player(ana.participantId(), ana.token()).question().position()).isZero();

            phonesB.answer(ana.participantId(), ana.token(), 0, new Response.Choice(Set.of(0)));
            phonesA.answer(cai.participantId(), cai.token(), 0, new Response.Choice(Set.of(1)));
            await("node A counts Ana's answer given on node B", () -> presenterA.presenter(id, me).answers() == 2);
            await("node B counts Cai's answer given on node A", () -> presenterB.presenter(id, me).answers() == 2);
            assertThat(refusal(() -> phonesA.answer(ana.participantId(), ana.token(), 0, new Response.Choice(Set.of(1)))))
                    .as("Ana's second try, through the other node").isEqualTo(WorkshopRefusal.Reason.ALREADY_ANSWERED);
            assertThat(presenterA.presenter(id, me).answers()).isEqualTo(2);

            presenterA.reveal(id, me);
            await("Ana's phone on node B shows the reveal",
                    () -> phonesB.player(ana.participantId(), ana.token()).reveal() != null);
            assertThat(phonesB.player(ana.participantId(), ana.token()).score()).isEqualTo(
                    phonesA.player(ana.participantId(), ana.token()).score());
            assertThat(refusal(() -> phonesB.answer(cai.participantId(), cai.token(), 0, new Response.Choice(Set.of(0)))))
                    .as("closed on node B too by node A's reveal").isEqualTo(WorkshopRefusal.Reason.TOO_LATE);

            presenterA.capParticipants(id, me, 2);
            await("node B keeps the cap set on node A", () -> Integer.valueOf(2).equals(presenterB.door(id, me).cap()));
            assertThat(refusal(() -> phonesB.join(info.code(), "Dan", "10.0.0.3")))
                    .isInstanceOf(WorkshopRefusal.SessionFull.class);
            presenterA.capParticipants(id, me, null);

            presenterA.lockJoining(id, me, true);
            await("node B keeps the door locked by node A's presenter", () -> presenterB.door(id, me).locked());
            assertThat(refusal(() -> phonesB.join(info.code(), "Dan", "10.0.0.3")))
                    .isEqualTo(WorkshopRefusal.Reason.SESSION_LOCKED);

            presenterA.remove(id, me, cai.participantId());
            await("node B hears that Cai was removed",
                    () -> phonesB.player(cai.participantId(), cai.token()).removed());

            presenterA.next(id, me);
            await("Ana's phone on node B gets the second question",
                    () -> phonesB.player(ana.participantId(), ana.token()).question().position() == 1);
            phonesB.answer(ana.participantId(), ana.token(), 1, new Response.TrueFalse(true));
            await("node A counts Ana's second answer", () -> presenterA.presenter(id, me).answers() == 1);
            presenterA.reveal(id, me);
            presenterA.next(id, me);
            await("node B sees the end", () -> phonesB.player(ana.participantId(), ana.token()).phase() == Phase.ENDED);

            List<Integer> stored = n.sql()
                    .sql("select count(*) from workshop_answer where session_id = ? group by participant_id, position")
                    .param(id).query(Integer.class).list();
            assertThat(stored).as("one stored answer per participant and question").containsOnly(1).hasSize(3);
        }
    }

    /**
     * No timer runs per node: a question's closing time is stored with the session, so both nodes close it at the
     * same moment (each node's tick only tells its own screens) and refuse a late answer alike.
     */
    @Test
    void a_timed_question_closes_on_both_nodes_at_its_stored_time() {
        try (Nodes n = Nodes.start(dataA, dataB)) {
            WorkshopService presenterA = n.presenterA();
            ParticipantService phonesA = n.phonesA();
            ParticipantService phonesB = n.phonesB();
            long me = n.me();
            var info = presenterA.create(me, new NewSession("Timed", List.of("dp-easiest"), 5, Scoring.CORRECTNESS));
            Joined ana = phonesB.join(info.code(), "Ana", "10.0.0.1");
            Joined cai = phonesA.join(info.code(), "Cai", "10.0.0.2");
            presenterA.next(info.id(), me);
            await("the question is open on node B", () -> phonesB.player(ana.participantId(), ana.token()).open());
            var closesOnA = phonesA.player(cai.participantId(), cai.token()).closesAt();
            assertThat(phonesB.player(ana.participantId(), ana.token()).closesAt()).isEqualTo(closesOnA);

            await("closed on node B", () -> !phonesB.player(ana.participantId(), ana.token()).open());
            await("closed on node A", () -> !phonesA.player(cai.participantId(), cai.token()).open());
            assertThat(refusal(() -> phonesB.answer(ana.participantId(), ana.token(), 0, new Response.Choice(Set.of(0)))))
                    .isEqualTo(WorkshopRefusal.Reason.TOO_LATE);
            assertThat(refusal(() -> phonesA.answer(cai.participantId(), cai.token(), 0, new Response.Choice(Set.of(0)))))
                    .isEqualTo(WorkshopRefusal.Reason.TOO_LATE);
            assertThat(presenterA.presenter(info.id(), me).info().phase()).as("closing is not a stored transition")
                    .isEqualTo(Phase.QUESTION);
        }
    }

    /**
     * Notifications sent while a node's listening connection is down are lost to it: the database drops the
     * connection, and the node reconnects and re-reads its sessions, so it catches up with what it missed.
     */
    @Test
    void a_node_that_lost_its_listening_connection_catches_up_when_it_is_back() {
        try (Nodes n = Nodes.start(dataA, dataB)) {
            WorkshopService presenterA = n.presenterA();
            WorkshopService presenterB = n.presenterB();
            ParticipantService phonesA = n.phonesA();
            ParticipantService phonesB = n.phonesB();
            JdbcClient sql = n.sql();
            long me = n.me();
            var info = presenterA.create(me, new NewSession("Cut", List.of("dp-easiest"), 60, Scoring.CORRECTNESS));
            Joined ana = phonesB.join(info.code(), "Ana", "10.0.0.1");
            await("node A hears of Ana", () -> presenterA.presenter(info.id(), me).participants().size() == 1);

            // A quiet listening connection is asked a query now and then, to find out if it is gone unnoticed.
            await("both listening connections pinged after 10 quiet seconds", Duration.ofSeconds(30),
                    () -> sql.sql("select count(*) from pg_stat_activity where application_name like"
                            + " 'atlas node events %' and query = 'SELECT 1'").query(Integer.class).single() == 2);
            int cut = sql.sql("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                    + " where application_name like 'atlas node events %'").query(Integer.class).single();
            assertThat(cut).as("both nodes' listening connections").isEqualTo(2);
            Joined cai = phonesA.join(info.code(), "Cai", "10.0.0.2");
            presenterA.next(info.id(), me);
            phonesA.answer(cai.participantId(), cai.token(), 0, new Response.Choice(Set.of(0)));

            await("node B has Cai, the question and Cai's answer",
                    () -> presenterB.presenter(info.id(), me).participants().size() == 2
                            && phonesB.player(ana.participantId(), ana.token()).phase() == Phase.QUESTION
                            && presenterB.presenter(info.id(), me).answers() == 1);
            phonesB.answer(ana.participantId(), ana.token(), 0, new Response.Choice(Set.of(1)));
            await("and is heard again by node A", () -> presenterA.presenter(info.id(), me).answers() == 2);
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        await(what, HEARD, condition);
    }

    private static void await(String what, Duration within, BooleanSupplier condition) {
        long end = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Not within " + within.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
