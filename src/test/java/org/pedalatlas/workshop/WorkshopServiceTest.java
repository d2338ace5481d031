package org.pedalatlas.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedalatlas.workshop.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedalatlas.Application;
import org.pedalatlas.bank.Response;
import org.pedalatlas.workshop.WorkshopRecords.Joined;
import org.pedalatlas.workshop.WorkshopRecords.NewSession;
import org.pedalatlas.workshop.WorkshopRecords.Refused;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Session rules through the service, and a session that survives a restart of the application. */
class WorkshopServiceTest {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--server.port=0", "--atlas.data-dir=" + data,
                "--atlas.content.dir=src/test/resources/fixtures/content-valid", "--logging.level.root=warn",
                "--atlas.instructor.password=a long test password"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
    }

    private static long instructor(ConfigurableApplicationContext ctx) {
        return ctx.getBean(JdbcClient.class).sql("select id from learner where role = 'INSTRUCTOR'").query(Long.class).single();
    }

    @Test
    void a_session_enforces_its_rules_and_resumes_after_a_restart() {
        long sessionId;
        Joined ana;
        Joined ben;
        try (ConfigurableApplicationContext first = start()) {
            WorkshopService ws = first.getBean(WorkshopService.class);
            ParticipantService phones = first.getBean(ParticipantService.class);
            long me = instructor(first);
            var info = ws.create(me, new NewSession("Zone 1 drill", List.of("dp-easiest", "calcified-refuse"), 60,
                    Scoring.CORRECTNESS));
            sessionId = info.id();
            ana = phones.join(info.code(), "Ana", "127.0.0.1");
            ben = phones.join(info.code(), "Ben", "127.0.0.1");
            assertThatThrownBy(() -> phones.join(info.code(), "  ANA ", "127.0.0.1")).isInstanceOf(Refused.class)
                    .extracting(e -> ((Refused) e).refusal()).isEqualTo(WorkshopRefusal.Reason.NICKNAME_TAKEN);
            assertThatThrownBy(() -> phones.answer(ana.participantId(), ana.token(), 0, new Response.Choice(java.util.Set.of(0))))
                    .isInstanceOf(Refused.class).hasMessageContaining("closed");

            ws.next(sessionId, me);
            phones.answer(ana.participantId(), ana.token(), 0, new Response.Choice(java.util.Set.of(0)));
            assertThatThrownBy(() -> phones.answer(ana.participantId(), ana.token(), 0, new Response.Choice(java.util.Set.of(1))))
                    .isInstanceOf(Refused.class).extracting(e -> ((Refused) e).refusal())
                    .isEqualTo(WorkshopRefusal.Reason.ALREADY_ANSWERED);
            assertThatThrownBy(() -> phones.answer(ana.participantId(), "forged-token", 0, new Response.Choice(java.util.Set.of(0))))
                    .isInstanceOf(Refused.class);
            assertThat(phones.player(ana.participantId(), ana.token()).reveal()).as("no key before reveal").isNull();
            ws.reveal(sessionId, me);
            assertThatThrownBy(() -> phones.answer(ben.participantId(), ben.token(), 0, new Response.Choice(java.util.Set.of(0))))
                    .isInstanceOf(Refused.class).extracting(e -> ((Refused) e).refusal())
                    .isEqualTo(WorkshopRefusal.Reason.TOO_LATE);
            assertThat(phones.player(ana.participantId(), ana.token()).score()).isEqualTo(1000);
            ws.next(sessionId, me);
        }
        try (ConfigurableApplicationContext second = start()) {
            WorkshopService ws = second.getBean(WorkshopService.class);
            ParticipantService phones = second.getBean(ParticipantService.class);
            ResultsService results = second.getBean(ResultsService.class);
            long me = instructor(second);
            var rejoined = phones.rejoin(ana.code(), ana.token()).orElseThrow();
            assertThat(rejoined.participantId()).isEqualTo(ana.participantId());
            var view = phones.player(ana.participantId(), ana.token());
            assertThat(view.phase()).isEqualTo(Phase.QUESTION);
            assertThat(view.question().position()).isEqualTo(1);
            assertThat(view.score()).isEqualTo(1000);
            phones.answer(ben.participantId(), ben.token(), 1, new Response.TrueFalse(true));
            ws.reveal(sessionId, me);
            ws.next(sessionId, me);
            assertThat(ws.presenter(sessionId, me).info().phase()).isEqualTo(Phase.ENDED);
            String csv = results.csv(sessionId, me);
            assertThat(csv.lines()).hasSize(3);
            assertThat(csv).contains("\"Ana\"").contains("\"Ben\"").contains("dp-easiest").contains(",1000,");
            assertThat(results.results(sessionId, me).standings()).extracting(WorkshopRecords.Standing::score)
                    .containsExactly(1000, 1000);
        }
    }

    @Test
    void the_door_and_nicknames_in_every_script_are_kept_across_a_restart() {
        long sessionId;
        String[] codes = new String[1];
        Joined alice;
        try (ConfigurableApplicationContext first = start()) {
            WorkshopService ws = first.getBean(WorkshopService.class);
            ParticipantService phones = first.getBean(ParticipantService.class);
            long me = instructor(first);
            var info = ws.create(me, new NewSession("Door", List.of("dp-easiest"), 60, Scoring.CORRECTNESS));
            sessionId = info.id();
            String code = info.code();
            codes[0] = code;
            for (int i = 0; i < 30; i++) {
                String wrong = String.format("%06d", (Integer.parseInt(code) + 1 + i) % 1_000_000);
                String phone = "phone-" + (i / 10);
                assertThat(refusal(() -> phones.join(wrong, "Guess", phone, "10.1.1.1")))
                        .isEqualTo(WorkshopRefusal.Reason.NO_OPEN_SESSION);
            }
            assertThat(refusal(() -> phones.join(code, "Guess", "phone-2", "10.1.1.1")))
                    .as("the browser that made ten wrong codes waits").isEqualTo(WorkshopRefusal.Reason.TOO_MANY_WRONG_CODES);
            alice = phones.join(code, "Alice", "phone-3", "10.1.1.1");
            phones.join(code, "अनिल", "phone-4", "10.1.1.1");
            phones.join(code, "مُحَمَّد", "phone-5", "10.1.1.1");
            phones.join(code, "สมชาย", "phone-6", "10.1.1.1");
            assertThat(refusal(() -> phones.join(code, "\u0410lice", "phone-7", "10.1.1.1")))
                    .isEqualTo(WorkshopRefusal.Reason.NICKNAME_LOOKS_LIKE);
            ws.lockJoining(sessionId, me, true);
            ws.capParticipants(sessionId, me, 4);
            assertThat(refusal(() -> phones.join(code, "Ben", "phone-8", "10.1.1.1")))
                    .isEqualTo(WorkshopRefusal.Reason.SESSION_LOCKED);
        }
        try (ConfigurableApplicationContext second = start()) {
            WorkshopService ws = second.getBean(WorkshopService.class);
            ParticipantService phones = second.getBean(ParticipantService.class);
            long me = instructor(second);
            String code = codes[0];
            assertThat(ws.door(sessionId, me)).isEqualTo(new WorkshopRecords.Door(true, 4, 4));
            assertThat(refusal(() -> phones.join(code, "Ben", "phone-8", "10.1.1.1")))
                    .isEqualTo(WorkshopRefusal.Reason.SESSION_LOCKED);
            assertThat(phones.rejoin(code, alice.token())).as("who joined comes back, locked or not").isPresent();
            ws.lockJoining(sessionId, me, false);
            assertThat(refusal(() -> phones.join(code, "Ben", "phone-8", "10.1.1.1")))
                    .isEqualTo(new WorkshopRefusal.SessionFull(4));
            assertThat(refusal(() -> phones.join(code, "\u0410lice", "phone-7", "10.1.1.1")))
                    .as("the stored names are checked after a restart").isIn(WorkshopRefusal.Reason.NICKNAME_LOOKS_LIKE,
                            new WorkshopRefusal.SessionFull(4));
            ws.remove(sessionId, me, alice.participantId());
            assertThat(phones.rejoin(code, alice.token())).as("a removed participant is not let back").isEmpty();
            assertThat(phones.player(alice.participantId(), alice.token()).removed()).isTrue();
            phones.join(code, "Ben", "phone-8", "10.1.1.1");
            ws.capParticipants(sessionId, me, null);
            assertThat(refusal(() -> phones.join(code, "\u0410lice", "phone-7", "10.1.1.1")))
                    .isEqualTo(WorkshopRefusal.Reason.NICKNAME_LOOKS_LIKE);
            assertThat(ws.door(sessionId, me)).isEqualTo(new WorkshopRecords.Door(false, null, 4));
        }
    }

    @Test
    void a_hall_joining_at_once_is_announced_to_listeners_per_tick_not_per_join() throws Exception {
        try (ConfigurableApplicationContext ctx = start()) {
            WorkshopService ws = ctx.getBean(WorkshopService.class);
            ParticipantService phones = ctx.getBean(ParticipantService.class);
            LiveFeed feed = ctx.getBean(LiveFeed.class);
            var info = ws.create(instructor(ctx), new NewSession("Hall", List.of("dp-easiest"), 60, Scoring.CORRECTNESS));
            var announced = new java.util.concurrent.LinkedBlockingQueue<WorkshopRecords.Change>();
            feed.subscribe(info.id(), announced::add);
            int joins = 40;
            long start = System.nanoTime();
            for (int i = 0; i < joins; i++) {
                phones.join(info.code(), "Phone " + i, "127.0.0.1");
            }
            feed.tick();
            int announcements = 0;
            while (announced.poll(500, java.util.concurrent.TimeUnit.MILLISECONDS) != null) {
                announcements++;
            }
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(announcements).as("the joins are announced").isPositive();
            assertThat(announcements).as("at most one announcement per 250 ms tick, not one per join")
                    .isLessThanOrEqualTo((int) (elapsedMillis / 250) + 2).isLessThan(joins);
            feed.tick();
            assertThat(announced.poll(300, java.util.concurrent.TimeUnit.MILLISECONDS))
                    .as("a tick with nothing new announces nothing").isNull();
            assertThat(ws.presenter(info.id(), instructor(ctx)).participants()).hasSize(joins);
        }
    }

    @Test
    void next_never_skips_an_open_question_and_an_ended_session_leaves_memory_once_its_phones_drew_the_end() {
        try (ConfigurableApplicationContext ctx = start()) {
            WorkshopService ws = ctx.getBean(WorkshopService.class);
            ParticipantService phones = ctx.getBean(ParticipantService.class);
            LiveSessions live = ctx.getBean(LiveSessions.class);
            long me = instructor(ctx);
            var info = ws.create(me, new NewSession("Two", List.of("dp-easiest", "calcified-refuse"), null,
                    Scoring.CORRECTNESS));
            Joined ana = phones.join(info.code(), "Ana", "127.0.0.1");
            LiveSession inMemory = live.ofParticipant(ana.participantId());
            ws.next(info.id(), me);
            ws.next(info.id(), me);
            assertThat(ws.presenter(info.id(), me).question().position()).as("N while open does nothing").isZero();
            ws.reveal(info.id(), me);
            ws.next(info.id(), me);
            assertThat(ws.presenter(info.id(), me).question().position()).isEqualTo(1);
            ws.end(info.id(), me);
            assertThat(live.inMemory()).extracting(s -> s.id).doesNotContain(info.id());
            assertThat(phones.player(ana.participantId(), ana.token()).phase()).isEqualTo(Phase.ENDED);
            assertThat(live.ofParticipant(ana.participantId())).as("phones draw the end from memory, not the database")
                    .isSameAs(inMemory);
            assertThat(live.get(info.id())).as("and so does the presenter's screen").isSameAs(inMemory);
            assertThat(ws.presenter(info.id(), me).info().phase()).isEqualTo(Phase.ENDED);
            live.forgetEnded(java.time.Instant.now().plus(LiveSessions.ENDED_KEPT).plusSeconds(1));
            assertThat(live.ofParticipant(ana.participantId())).as("then it is forgotten").isNotSameAs(inMemory);
            assertThat(live.get(info.id())).as("by the presenter's screen too").isNotSameAs(inMemory);
            assertThat(ws.sessionsOf(me)).singleElement().satisfies(s -> {
                assertThat(s.phase()).isEqualTo(Phase.ENDED);
                assertThat(s.endedAt()).isNotNull();
                assertThat(s.questionCount()).isEqualTo(2);
            });
            assertThat(live.inMemory()).as("listing sessions loads none").isEmpty();
        }
    }

    @Test
    void a_hall_answering_at_once_stores_each_answer_once_and_a_double_tap_counts_once() throws Exception {
        try (ConfigurableApplicationContext ctx = start()) {
            WorkshopService ws = ctx.getBean(WorkshopService.class);
            ParticipantService phones = ctx.getBean(ParticipantService.class);
            long me = instructor(ctx);
            var info = ws.create(me, new NewSession("Hall", List.of("dp-easiest"), 600, Scoring.CORRECTNESS));
            List<Joined> people = new java.util.ArrayList<>();
            for (int i = 0; i < 120; i++) {
                people.add(phones.join(info.code(), "Phone " + i, "127.0.0.1"));
            }
            ws.next(info.id(), me);
            var accepted = new java.util.concurrent.atomic.AtomicInteger();
            var twice = new java.util.concurrent.atomic.AtomicInteger();
            var failures = new java.util.concurrent.ConcurrentLinkedQueue<Throwable>();
            try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
                for (Joined p : people) {
                    // Every phone sends twice at once, as a double tap on a slow network would.
                    for (int tap = 0; tap < 2; tap++) {
                        pool.submit(() -> {
                            try {
                                phones.answer(p.participantId(), p.token(), 0, new Response.Choice(java.util.Set.of(0)));
                                accepted.incrementAndGet();
                            } catch (Refused r) {
                                if (r.refusal() == WorkshopRefusal.Reason.ALREADY_ANSWERED) {
                                    twice.incrementAndGet();
                                } else {
                                    failures.add(r);
                                }
                            } catch (RuntimeException e) {
                                failures.add(e);
                            }
                        });
                    }
                }
            }
            assertThat(failures).isEmpty();
            assertThat(accepted.get()).as("one answer per phone acknowledged").isEqualTo(people.size());
            assertThat(twice.get()).as("the other tap refused as already answered").isEqualTo(people.size());
            assertThat(ctx.getBean(JdbcClient.class).sql("select count(*) from workshop_answer where session_id = ?")
                    .param(info.id()).query(Long.class).single()).as("each acknowledged answer is stored, once")
                    .isEqualTo(people.size());
            assertThat(ws.presenter(info.id(), me).answers()).isEqualTo(people.size());
        }
    }

    @Test
    void presenter_refreshes_never_stall_answers_waiting_for_a_database_connection() throws Exception {
        // Two pooled connections and a short wait: answers hold a connection while they wait for the session's
        // lock, so a presenter refresh that asked the pool for a connection inside that lock stalled them all.
        try (ConfigurableApplicationContext ctx = start("--spring.datasource.hikari.maximum-pool-size=2",
                "--spring.datasource.hikari.connection-timeout=2000")) {
            WorkshopService ws = ctx.getBean(WorkshopService.class);
            ParticipantService phones = ctx.getBean(ParticipantService.class);
            long me = instructor(ctx);
            var info = ws.create(me, new NewSession("Busy hall", List.of("dp-easiest"), 600, Scoring.CORRECTNESS));
            List<Joined> people = new java.util.ArrayList<>();
            for (int i = 0; i < 30; i++) {
                people.add(phones.join(info.code(), "Phone " + i, "127.0.0.1"));
            }
            ws.next(info.id(), me);
            var failures = new java.util.concurrent.ConcurrentLinkedQueue<Throwable>();
            var stop = new java.util.concurrent.atomic.AtomicBoolean();
            Thread presenter = Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    try {
                        ws.presenter(info.id(), me);
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            });
            try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
                for (Joined p : people) {
                    pool.submit(() -> {
                        try {
                            phones.answer(p.participantId(), p.token(), 0, new Response.Choice(java.util.Set.of(0)));
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    });
                }
            } finally {
                stop.set(true);
                presenter.join();
            }
            assertThat(failures).isEmpty();
            assertThat(ws.presenter(info.id(), me).answers()).isEqualTo(people.size());
        }
    }
}
