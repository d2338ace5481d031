package org.pedalatlas.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Load benchmark of a live workshop: starts the real app in its own JVM, signs an instructor in, creates a session
 * through the workshop page, makes N participants join over Vaadin's real client–server protocol (init, uidl RPCs,
 * WebSocket pushes), and has every participant answer each question while a scripted presenter advances and
 * reveals. Prints join throughput, answer acknowledgement latency, question fan-out latency, errors by kind and
 * server heap per participant after GC.
 *
 * <p>Run: {@code ./mvnw -o -B -Pbench -DskipTests verify} (see docs/benchmark.md for the properties).
 */
public final class WorkshopLoad {

    private static final String INSTRUCTOR = "bench-instructor";

    private final int participants = Integer.getInteger("bench.participants", 500);
    private final int joinConcurrency = Integer.getInteger("bench.joinConcurrency", 25);
    private final int thinkMinMs = Integer.getInteger("bench.thinkMinMs", 500);
    private final int thinkMaxMs = Integer.getInteger("bench.thinkMaxMs", 4000);
    private final int httpClients = Integer.getInteger("bench.httpClients", 8);
    /** App nodes sharing one PostgreSQL database (bench.database=postgres); phones are spread over them in turn. */
    private final int nodeCount = Integer.getInteger("bench.nodes", 1);
    /** false: phones open no push WebSocket and the run stops after the joins (heap of UIs without sockets). */
    private final boolean push = Boolean.parseBoolean(System.getProperty("bench.push", "true"));
    private final Duration stepTimeout = Duration.ofSeconds(Integer.getInteger("bench.stepTimeoutSeconds", 60));
    private final Path project = Path.of(System.getProperty("bench.projectDir", ".")).toAbsolutePath().normalize();
    /** A soak instead of one session: sessions of bench.questions questions, one after another, for this long. */
    private final int soakMinutes = Integer.getInteger("bench.soakMinutes", 0);
    /** In a soak, Next is pressed this long after the previous Next (answers and the reveal happen in between). */
    private final int questionEverySeconds = Integer.getInteger("bench.questionEverySeconds", 20);
    /** In a soak, the heap after a full GC is read at least this often. */
    private final int soakSampleMinutes = Integer.getInteger("bench.soakSampleMinutes", 2);

    private final Errors errors = new Errors();
    private final Samples joins = new Samples();
    private final Samples acks = new Samples();
    private final Samples fanOut = new Samples();
    private final List<Samples> fanOutPerQuestion = new ArrayList<>();
    private final List<HttpClient> clients = new ArrayList<>();
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger verdicts = new AtomicInteger();
    private final AtomicInteger ended = new AtomicInteger();
    private final AtomicInteger questionSeen = new AtomicInteger();
    /** CPU seconds [server, client] and wall seconds, per phase: joins, fan-out windows, whole question rounds. */
    private final double[] joinCpu = new double[3];
    private final double[] fanOutCpu = new double[3];
    private final double[] roundCpu = new double[3];
    /** System.nanoTime() when the presenter sent "next" for question q (index q), 0 before. */
    private AtomicLong[] opened;
    private List<String> questionIds;
    private URI base;
    private String code;
    private final String loadAtStart = loadAverage();

    public static void main(String[] args) throws Exception {
        int status = new WorkshopLoad().run();
        System.exit(status);
    }

    private int run() throws Exception {
        questionIds = questionIds();
        if (soakMinutes > 0) {
            // A soak's session holds just the questions its minutes need, so that the Next after the last one ends it.
            int planned = (int) Math.ceil(soakMinutes * 60.0 / questionEverySeconds);
            questionIds = List.copyOf(questionIds.subList(0, Math.min(planned, questionIds.size())));
        }
        opened = new AtomicLong[questionIds.size()];
        for (int i = 0; i < opened.length; i++) {
            opened[i] = new AtomicLong();
            fanOutPerQuestion.add(new Samples());
        }
        for (int i = 0; i < httpClients; i++) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newVirtualThreadPerTaskExecutor())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build());
        }
        Path jar = Path.of(System.getProperty("bench.jar",
                project.resolve("target/pedal-access-atlas-0.1.0-SNAPSHOT.jar").toString()));
        List<String> jvmArgs = new ArrayList<>(Arrays.stream(System.getProperty("bench.serverJvmArgs",
                "-Xms1g -Xmx1g -Djdk.trackAllThreads=true")
                .split("\\s+")).filter(s -> !s.isBlank()).toList());
        if (soakMinutes > 0 && jvmArgs.stream().noneMatch(a -> a.startsWith("-Dvaadin.heartbeatInterval="))) {
            // This client sends no Vaadin heartbeats, and the server closes a UI after three missed beats (15 min by
            // default): the soak's presenter would lose its page half-way. A browser beats; this only stands in.
            jvmArgs.add("-Dvaadin.heartbeatInterval=" + Math.max(300, soakMinutes * 60));
        }
        byte[] secret = new byte[12];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        say("Starting the app (%s %s %s) ...", String.join(" ", jvmArgs), jar.getFileName(),
                System.getProperty("bench.serverArgs", ""));
        long startedAt = System.nanoTime();
        List<String> appArgs = Arrays.stream(System.getProperty("bench.serverArgs", "").split("\\s+"))
                .filter(s -> !s.isBlank()).toList();
        try (AppNodes server = AppNodes.start(nodeCount, jar, project, jvmArgs, appArgs, INSTRUCTOR, password)) {
            base = server.base();
            this.server = server;
            say("App healthy at %s after %.1f s (%d node(s), pid %s, log %s)", base, secs(startedAt), server.count(),
                    server.pids(), project.relativize(server.log()));
            if (soakMinutes > 0) {
                return soak(password);
            }
            VaadinClient presenter = new VaadinClient(clients.get(0), base, errors, "presenter");
            createSession(presenter, password);
            say("Session %s created with %d single-answer questions: %s", code, questionIds.size(), questionIds);

            long heapBefore = server.heapAfterGcKb();
            say("Server heap after GC, before joins: %,d KB (class histogram: %s)", heapBefore,
                    server.dump("GC.class_histogram", "heap-histogram-before.txt"));

            List<Phone> phones = joinAll();
            long heapJoined = server.heapAfterGcKb();
            say("Server heap after GC, %d participants joined: %,d KB (class histogram: %s)", phones.size(), heapJoined,
                    server.dump("GC.class_histogram", "heap-histogram-joined.txt"));

            if (!push) {
                System.out.printf("%n=== Joins without push sockets ===%nparticipants       %d joined%n"
                                + "heap / participant %.1f KB after joins (no WebSocket connections); errors %d %s%n",
                        phones.size(), (heapJoined - heapBefore) / (double) Math.max(1, phones.size()), errors.total(),
                        errors.byKind());
                return 0;
            }
            for (int q = 0; q < questionIds.size(); q++) {
                runQuestion(presenter, phones, q);
            }
            endSession(presenter, phones);
            long heapEnd = server.heapAfterGcKb();
            say("Server heap after GC, session ended: %,d KB (class histogram: %s)", heapEnd,
                    server.dump("GC.class_histogram", "heap-histogram-end.txt"));

            report(phones, heapBefore, heapJoined, heapEnd, server);
            phones.forEach(p -> p.tab.close());
            presenter.close();
        }
        return errors.total() == 0 ? 0 : 1;
    }

    // ---- the soak ----

    /** One reading of the heap after a full GC: minutes since the soak began, KB, phones joined, errors so far. */
    private record HeapSample(double minutes, long kb, int phones, long errors, String when) {
    }

    /**
     * One long session: the phones join once, then get a question every bench.questionEverySeconds (answers and the
     * reveal in between), as many as bench.soakMinutes hold (or as many as there are), then see the end. The heap
     * after a full GC is read after the joins, every bench.soakSampleMinutes, and after the end. A leak shows as a
     * rising line through these readings, whatever the machine's load.
     */
    private int soak(String password) throws Exception {
        VaadinClient presenter = new VaadinClient(clients.get(0), base, errors, "presenter");
        createSession(presenter, password);
        say("Soak: %d phones, a question every %d s for %d min (%d questions)", participants,
                questionEverySeconds, soakMinutes, questionIds.size());
        long heapBefore = server.heapAfterGcKb();
        List<Phone> phones = joinAll();
        long soakStart = System.nanoTime();
        List<HeapSample> samples = new ArrayList<>();
        heapSample(samples, soakStart, phones.size(), "after the joins");
        long lastSample = System.nanoTime();
        long nextAt = System.nanoTime();
        int questionsRun = 0;
        for (int q = 0; q < questionIds.size(); q++) {
            long wait = nextAt - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000);
            }
            nextAt = System.nanoTime() + questionEverySeconds * 1_000_000_000L;
            runQuestion(presenter, phones, q);
            questionsRun++;
            if (System.nanoTime() - lastSample >= soakSampleMinutes * 60_000_000_000L) {
                heapSample(samples, soakStart, phones.size(), "after question " + (q + 1));
                lastSample = System.nanoTime();
            }
        }
        endSession(presenter, phones);
        heapSample(samples, soakStart, phones.size(), "session ended");
        double minutes = (System.nanoTime() - soakStart) / 60e9;
        System.out.println();
        System.out.println("=== Workshop soak ===");
        System.out.printf("machine            %d cores; /proc/loadavg at start %s, at end %s%n",
                Runtime.getRuntime().availableProcessors(), loadAtStart, loadAverage());
        System.out.printf("soak               %.1f min after the joins: %d of %d phones joined, %d questions, one "
                + "every %d s; think time %d–%d ms%n", minutes, phones.size(), participants, questionsRun,
                questionEverySeconds, thinkMinMs, thinkMaxMs);
        System.out.printf("server heap        %,d KB after GC before the joins%n", heapBefore);
        System.out.println("| min | heap after GC (KB) | errors so far | when |");
        System.out.println("|---|---|---|---|");
        samples.forEach(s -> System.out.printf("| %.1f | %,d | %d | %s |%n", s.minutes(), s.kb(), s.errors(),
                s.when()));
        List<HeapSample> during = samples.subList(0, samples.size() - 1);
        System.out.printf("heap trend         %s while questions ran (%d readings; target ≤ +1,024 KB per 10 min)%n",
                slopePer10Minutes(during), during.size());
        List<HeapSample> warm = during.stream().filter(s -> s.minutes() >= 10).toList();
        System.out.printf("                   %s after the first 10 minutes (%d readings)%n", slopePer10Minutes(warm),
                warm.size());
        System.out.printf("answer ack         %s%n", acks.summary());
        System.out.printf("question fan-out   %s%n", fanOut.summary());
        System.out.printf("server log         %d ERROR lines, %d WARN lines (%s)%n", server.logLines(" ERROR "),
                server.logLines(" WARN "), project.relativize(server.log()));
        System.out.printf("errors             %d%n", errors.total());
        errors.byKind().forEach((kind, n) -> System.out.printf("  %6d  %s%n", n, kind));
        phones.forEach(p -> p.tab.close());
        presenter.close();
        return errors.total() == 0 ? 0 : 1;
    }

    private void heapSample(List<HeapSample> samples, long since, int phones, String when) throws Exception {
        HeapSample s = new HeapSample((System.nanoTime() - since) / 60e9, server.heapAfterGcKb(), phones,
                errors.total(), when);
        samples.add(s);
        say("soak %5.1f min  heap after GC %,9d KB  %d errors  (%s)", s.minutes(), s.kb(), s.errors(), when);
    }

    /** The least-squares slope of heap over time, in KB per 10 minutes, as text. */
    private static String slopePer10Minutes(List<HeapSample> samples) {
        if (samples.size() < 2) {
            return "n/a";
        }
        double n = samples.size();
        double meanX = samples.stream().mapToDouble(HeapSample::minutes).sum() / n;
        double meanY = samples.stream().mapToDouble(HeapSample::kb).sum() / n;
        double num = 0;
        double den = 0;
        for (HeapSample s : samples) {
            num += (s.minutes() - meanX) * (s.kb() - meanY);
            den += (s.minutes() - meanX) * (s.minutes() - meanX);
        }
        return den == 0 ? "n/a" : String.format("%+,.0f KB per 10 min", 10 * num / den);
    }

    // ---- the instructor ----

    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private static java.util.Optional<String> sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst();
    }

    private void createSession(VaadinClient presenter, String password) throws Exception {
        // Sign-in is CSRF-protected: read the token the sign-in page carries, in that page's session.
        HttpResponse<String> page = clients.get(0).send(HttpRequest.newBuilder(base.resolve("login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String session = sessionCookie(page).orElseThrow(() -> new IllegalStateException("No session from /login"));
        Matcher parameter = CSRF_PARAMETER.matcher(page.body());
        Matcher token = CSRF_TOKEN.matcher(page.body());
        if (!parameter.find() || !token.find()) {
            throw new IllegalStateException("The sign-in page carries no CSRF token");
        }
        HttpResponse<String> login = clients.get(0).send(HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + INSTRUCTOR + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&" + parameter.group(1) + "="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Instructor sign-in failed: " + login.statusCode() + " " + location);
        }
        presenter.cookie(sessionCookie(login).orElseThrow());
        List<List<String>> gridKeys = new ArrayList<>();
        presenter.listener((tab, message, push, at) -> {
            for (JsonNode call : message.path("execute")) {
                String script = call.path(call.size() - 1).asString("");
                if (script.contains("$connector.set(") && call.path(2).isArray()) {
                    List<String> keys = new ArrayList<>();
                    call.path(2).forEach(item -> keys.add(item.path("key").asString()));
                    gridKeys.add(keys);
                }
            }
        });
        presenter.open("workshop", 1280, 900);
        presenter.await(t -> t.node("session-create") != null && t.node("question-picker") != null, stepTimeout,
                "presenter: workshop page did not render");
        int title = presenter.node("session-title");
        presenter.send(VaadinClient.sync(title, "value", VaadinClient.text("Load benchmark")),
                VaadinClient.event(title, "change", null));
        for (String id : questionIds) {
            int filter = presenter.node("question-filter");
            int before;
            synchronized (presenter) {
                before = gridKeys.size();
            }
            var data = JsonNodeFactory.instance.objectNode().put("1", 1).put("for", "trailing");
            presenter.send(VaadinClient.sync(filter, "value", VaadinClient.text(id)),
                    VaadinClient.event(filter, "input", data));
            presenter.await(t -> gridKeys.size() > before && gridKeys.getLast().size() == 1, stepTimeout,
                    "presenter: question filter did not narrow the list to one question");
            String key;
            synchronized (presenter) {
                key = gridKeys.getLast().getFirst();
            }
            presenter.send(presenter.callServer(presenter.node("question-picker"), "select", VaadinClient.text(key)));
        }
        int limit = presenter.node("session-limit");
        String seconds = System.getProperty("bench.timeLimitSeconds", "120");
        presenter.send(VaadinClient.sync(limit, "value", VaadinClient.text(seconds)),
                VaadinClient.sync(limit, "_inputElementValue", VaadinClient.text(seconds)),
                VaadinClient.event(limit, "change", null),
                VaadinClient.click(presenter.node("session-create")));
        presenter.await(t -> t.node("join-code-display") != null, stepTimeout, "presenter: no join code shown");
        code = presenter.textOf(presenter.node("join-code-display")).replace(" ", "");
        if (!code.matches("\\d{6}")) {
            throw new IllegalStateException("Unexpected join code '" + code + "'");
        }
        presenter.listener((tab, message, push, at) -> { });
    }

    /** Clicks a presenter button (re-rendered often, so looked up just before) until the expected state shows. */
    private void press(VaadinClient presenter, String button, java.util.function.Predicate<VaadinClient> done,
                       AtomicLong sentAt) throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            presenter.await(t -> t.node(button) != null, stepTimeout, "presenter: no " + button);
            if (sentAt != null && attempt == 0) {
                sentAt.set(System.nanoTime()); // a retry keeps the first press: fan-out is measured from it
            }
            try {
                presenter.send(VaadinClient.click(presenter.node(button)));
                presenter.await(done, Duration.ofSeconds(15), "presenter: " + button + " had no effect");
                return;
            } catch (BenchFailure | java.net.http.HttpTimeoutException retry) {
                errors.count("presenter: " + button + " needed a retry (" + retry.getMessage() + ")");
                say("  presenter: %s had no effect in time; thread dump: %s", button,
                        server.threadDump("threads-" + button + "-" + attempt + ".json"));
            }
        }
        throw new BenchFailure("presenter: " + button + " failed three times");
    }

    private void runQuestion(VaadinClient presenter, List<Phone> phones, int q) throws Exception {
        String heading = "Question " + (q + 1) + " of " + questionIds.size();
        answered.set(0);
        verdicts.set(0);
        questionSeen.set(0);
        double[] round = cpu();
        say("Question %d: presenter presses Next ...", q + 1);
        press(presenter, "presenter-next", t -> t.node("presenter-stem") != null
                && t.hasTextStartingWith(heading), opened[q]);
        long fanOutUntil = System.nanoTime() + stepTimeout.toNanos();
        while (questionSeen.get() < phones.size() && System.nanoTime() < fanOutUntil) {
            Thread.sleep(5);
        }
        add(fanOutCpu, round);
        long until = System.nanoTime() + stepTimeout.toNanos() + thinkMaxMs * 1_000_000L;
        while (answered.get() < phones.size() && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        say("  %d of %d answers acknowledged %.1f s after Next", answered.get(), phones.size(), secs(opened[q].get()));
        presenter.send(VaadinClient.click(presenter.node("presenter-reveal")));
        long revealedAt = System.nanoTime();
        until = revealedAt + stepTimeout.toNanos();
        while (verdicts.get() < phones.size() && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        say("  reveal reached %d of %d phones in %.1f s", verdicts.get(), phones.size(), secs(revealedAt));
        if (verdicts.get() < phones.size()) {
            errors.count("reveal not received by a phone within " + stepTimeout.toSeconds() + " s");
        }
        presenter.await(t -> t.node("reveal") != null, stepTimeout, "presenter: reveal not shown");
        add(roundCpu, round);
    }

    /** Server CPU seconds, client CPU seconds, wall seconds: now. */
    private double[] cpu() {
        double serverCpu = server.cpuSeconds();
        double clientCpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        return new double[] {serverCpu, clientCpu, System.nanoTime() / 1e9};
    }

    private void add(double[] total, double[] since) {
        double[] now = cpu();
        for (int i = 0; i < 3; i++) {
            total[i] += now[i] - since[i];
        }
    }

    private static String cpuLine(double[] c, int phones) {
        return String.format("server %.1f s, load client %.1f s CPU in %.1f s wall (%.2f / %.2f ms CPU per phone)",
                c[0], c[1], c[2], 1000 * c[0] / Math.max(1, phones), 1000 * c[1] / Math.max(1, phones));
    }

    private void endSession(VaadinClient presenter, List<Phone> phones) throws Exception {
        press(presenter, "presenter-next", t -> t.hasTextStartingWith("Final standings"), null);
        long at = System.nanoTime();
        long until = at + stepTimeout.toNanos();
        while (ended.get() < phones.size() && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        say("Session ended; the end reached %d of %d phones in %.1f s", ended.get(), phones.size(), secs(at));
    }

    // ---- the participants ----

    private final class Phone {
        final int number;
        final VaadinClient tab;
        final boolean[] seen = new boolean[questionIds.size()];
        final boolean[] revealed = new boolean[questionIds.size()];
        boolean end;

        Phone(int number) {
            this.number = number;
            this.tab = new VaadinClient(clients.get(number % clients.size()), server.base(number), errors,
                    "phone-" + number);
            tab.listener(this::applied);
        }

        /**
         * Runs with the tab's monitor held, right after a server message was applied. The phone's screen is one
         * element drawn in the browser from two JSON properties (workshop/ui/PhonePlay): the shared question card and
         * the phone's own state, whose key names the screen ({@code open/…}, {@code reveal/…}, {@code ended/…}).
         */
        private void applied(VaadinClient t, JsonNode message, boolean push, long receivedAt) {
            String state = t.drawnProperty("play-stage", "state");
            String card = t.drawnProperty("play-stage", "card");
            for (int q = 0; q < seen.length; q++) {
                boolean shown = state.contains("\"key\":\"open/") && card.contains("\"position\":" + q + ",");
                if (!seen[q] && shown) {
                    seen[q] = true;
                    long sentAt = opened[q].get();
                    if (sentAt > 0) {
                        double ms = (receivedAt - sentAt) / 1e6;
                        fanOut.add(ms);
                        fanOutPerQuestion.get(q).add(ms);
                    }
                    questionSeen.incrementAndGet();
                    int position = q;
                    String shownCard = card;
                    Thread.ofVirtual().start(() -> answer(position, shownCard));
                }
                if (seen[q] && !revealed[q] && state.contains("\"key\":\"reveal/" + q + "/")) {
                    revealed[q] = true;
                    verdicts.incrementAndGet();
                }
            }
            if (!end && state.contains("\"key\":\"ended/")) {
                end = true;
                ended.incrementAndGet();
            }
        }

        void join() throws Exception {
            long t0 = System.nanoTime();
            tab.open("join/" + code, 360, 780, push);
            tab.await(t -> t.node("join-nickname") != null && t.node("join-button") != null, stepTimeout,
                    "join page did not render");
            int nickname = tab.node("join-nickname");
            tab.send(VaadinClient.sync(nickname, "value", VaadinClient.text("Phone " + number)),
                    VaadinClient.event(nickname, "change", null), VaadinClient.click(tab.node("join-button")));
            tab.await(t -> t.drawnProperty("play-stage", "state").contains("\"key\":\"lobby/"), stepTimeout,
                    "joined phone did not reach the lobby");
            joins.add((System.nanoTime() - t0) / 1e6);
        }

        /** Picks a random choice of the card's single-answer input, as a participant's thumb would, and sends it. */
        private void answer(int position, String card) {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(thinkMinMs, thinkMaxMs + 1));
                JsonNode choices = VaadinClient.JSON.readTree(card).path("input").path("choices");
                if (!choices.isArray() || choices.isEmpty()) {
                    throw new BenchFailure("no choices on the question card");
                }
                int choice = choices.get(ThreadLocalRandom.current().nextInt(choices.size())).path("i").asInt();
                Thread.sleep(ThreadLocalRandom.current().nextInt(100, 400));
                Integer send = tab.node("play-stage");
                if (send == null) {
                    throw new BenchFailure("no phone screen (#play-stage)");
                }
                ObjectNode data = JsonNodeFactory.instance.objectNode();
                data.put("event.detail", "{\"position\":" + position + ",\"answer\":" + choice + "}");
                long t0 = System.nanoTime();
                String body = tab.send(VaadinClient.event(send, "phone-answer", data));
                double ms = (System.nanoTime() - t0) / 1e6;
                if (body.contains("answer-received")) {
                    acks.add(ms);
                    answered.incrementAndGet();
                } else if (body.contains("answer-refused")) {
                    errors.count("answer refused: too late");
                } else {
                    errors.count("answer not confirmed in the click's response");
                }
            } catch (BenchFailure f) {
                errors.count(f.getMessage());
            } catch (Exception e) {
                errors.count("answer: " + e.getClass().getSimpleName());
            }
        }
    }

    private List<Phone> joinAll() throws Exception {
        List<Phone> phones = new ArrayList<>();
        for (int i = 1; i <= participants; i++) {
            phones.add(new Phone(i));
        }
        Semaphore slots = new Semaphore(joinConcurrency);
        AtomicInteger done = new AtomicInteger();
        List<Phone> joined = java.util.Collections.synchronizedList(new ArrayList<>());
        say("Joining %d participants (%d at a time) ...", participants, joinConcurrency);
        double[] cpuAtStart = cpu();
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Phone phone : phones) {
                pool.submit(() -> {
                    slots.acquireUninterruptibly();
                    try {
                        phone.join();
                        joined.add(phone);
                    } catch (BenchFailure f) {
                        errors.count("join: " + f.getMessage());
                    } catch (Exception e) {
                        errors.count("join: " + e.getClass().getSimpleName() + " " + e.getMessage());
                    } finally {
                        slots.release();
                        int n = done.incrementAndGet();
                        if (n % 100 == 0) {
                            say("  %d joins done after %.1f s", n, secs(t0));
                        }
                    }
                    return null;
                });
            }
        }
        joinSeconds = secs(t0);
        add(joinCpu, cpuAtStart);
        say("%d of %d joined in %.1f s", joined.size(), participants, joinSeconds);
        return new ArrayList<>(joined);
    }

    private double joinSeconds;
    private AppNodes server;

    // ---- report ----

    private void report(List<Phone> phones, long heapBefore, long heapJoined, long heapEnd, AppNodes server) {
        long pushes = phones.stream().mapToLong(p -> p.tab.pushMessages()).sum();
        long empty = phones.stream().mapToLong(p -> p.tab.emptyPushMessages()).sum();
        System.out.println();
        System.out.println("=== Workshop load benchmark ===");
        System.out.printf("machine            %d cores; /proc/loadavg at start %s, at end %s%n",
                Runtime.getRuntime().availableProcessors(), loadAtStart, loadAverage());
        System.out.printf("participants       %d requested, %d joined; %d questions; think time %d–%d ms%n",
                participants, phones.size(), questionIds.size(), thinkMinMs, thinkMaxMs);
        System.out.printf("app nodes          %d on %s; phones spread over them in turn, the presenter on node 1;"
                + " heap and server CPU are summed over the nodes%n", server.count(),
                System.getProperty("bench.database", "mem").replaceAll("//[^/]*/", "//…/"));
        System.out.printf("join throughput    %.1f joins/s (%d joins in %.1f s, %d at a time)%n",
                phones.size() / joinSeconds, phones.size(), joinSeconds, joinConcurrency);
        System.out.printf("join latency       %s%n", joins.summary());
        System.out.printf("answer ack         %s%n", acks.summary());
        System.out.printf("question fan-out   %s%n", fanOut.summary());
        for (int q = 0; q < fanOutPerQuestion.size(); q++) {
            System.out.printf("  question %d       %s%n", q + 1, fanOutPerQuestion.get(q).summary());
        }
        System.out.printf("pushes to phones   %d messages (%d without changes); phones' push transport %s%n", pushes,
                empty, phones.stream().collect(Collectors.groupingBy(p -> p.tab.transport(), TreeMap::new,
                        Collectors.counting())));
        System.out.printf("CPU, joins         %s%n", cpuLine(joinCpu, phones.size()));
        System.out.printf("CPU, fan-outs      %s%n", cpuLine(fanOutCpu, phones.size() * questionIds.size()));
        System.out.printf("CPU, rounds        %s%n", cpuLine(roundCpu, phones.size() * questionIds.size()));
        System.out.printf("server heap        %,d KB before joins, %,d KB joined, %,d KB at the end (after GC)%n",
                heapBefore, heapJoined, heapEnd);
        System.out.printf("heap / participant %.1f KB after joins, %.1f KB at the end%n",
                (heapJoined - heapBefore) / (double) Math.max(1, phones.size()),
                (heapEnd - heapBefore) / (double) Math.max(1, phones.size()));
        int phonesOnFirst = (phones.size() + server.count() - 1) / server.count();
        System.out.printf("heap growth by class, joins until the end, per participant%s (top 8):%n",
                server.count() == 1 ? "" : " of node 1 (" + phonesOnFirst + " phones)");
        HeapHistogram.growth(server.beside("heap-histogram-before.txt"), server.beside("heap-histogram-end.txt"))
                .stream().limit(8).forEach(g -> System.out.printf("  %8.1f KB  %s%n",
                        g.bytes() / 1024.0 / Math.max(1, phonesOnFirst), g.className()));
        System.out.printf("server log         %d ERROR lines, %d WARN lines (%s)%n", server.logLines(" ERROR "),
                server.logLines(" WARN "), project.relativize(server.log()));
        System.out.printf("errors             %d%n", errors.total());
        errors.byKind().forEach((kind, n) -> System.out.printf("  %6d  %s%n", n, kind));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return String.format("%.2f",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /**
     * bench.questionIds, or the first bench.questions questions of content/questions (by file) whose type is one of
     * bench.questionTypes (single by default; a soak also takes truefalse, answered through the same radio group).
     */
    private List<String> questionIds() throws Exception {
        String given = System.getProperty("bench.questionIds", "");
        if (!given.isBlank()) {
            return Arrays.stream(given.split(",")).map(String::strip).toList();
        }
        int count = Integer.getInteger("bench.questions", 3);
        List<String> types = Arrays.stream(System.getProperty("bench.questionTypes", "single").split(","))
                .map(String::strip).toList();
        YAMLMapper yaml = new YAMLMapper();
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(project.resolve("content/questions"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                for (JsonNode q : yaml.readTree(file.toFile()).path("questions")) {
                    if (types.contains(q.path("type").asString("")) && ids.size() < count) {
                        ids.add(q.path("id").asString());
                    }
                }
            }
        }
        return ids;
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void say(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
