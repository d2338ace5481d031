package org.pedalatlas.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab, at the protocol level: Vaadin Flow's {@code v-r=init} bootstrap, {@code v-r=uidl} RPCs over
 * XHR (one at a time, like the real client), and server pushes over the Atmosphere transport the server's push
 * configuration names in the init response: a WebSocket (the app's {@code @Push} default, WEBSOCKET_XHR) or long
 * polling (a GET on the push URL held until the server has a message, re-issued after each response). It keeps as much of the state tree as a load client needs: element ids,
 * tags, text nodes, child lists and {@code value} properties, applied in {@code syncId} order whether a message
 * came in an XHR response or a push. {@code executeJs} calls that wait for a return value (the app's
 * {@code localStorage} calls) are answered on their return channels, with a per-tab localStorage.
 */
final class VaadinClient {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** How the app's error handler (base/ui/MainErrorHandler) tells a user that an action failed. */
    private static final String SERVER_ERROR = "Something went wrong (reference";

    /** Called after each applied server message, with the client's monitor held. */
    interface Listener {
        void applied(VaadinClient client, JsonNode message, boolean push, long receivedNanos);
    }

    private final HttpClient http;
    private final URI base;
    private final Errors errors;
    private final String who;
    private final ReentrantLock xhr = new ReentrantLock();
    private volatile Listener listener = (c, m, p, t) -> { };

    private String cookie;
    private int uiId;
    private String csrf;
    private String pushId;
    private int clientId;
    private int lastSyncId = -1;
    private int promise;
    private String transport = "websocket";
    private WebSocket socket;
    private volatile Thread poller;
    private volatile boolean closing;
    private final TreeMap<Integer, Pending> pending = new TreeMap<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<Integer, String> idOf = new HashMap<>();
    private final Map<Integer, String> tags = new HashMap<>();
    private final Map<Integer, String> texts = new HashMap<>();
    private final Map<Integer, String> values = new HashMap<>();
    /** The JSON properties the workshop phone's element is drawn from ({@code card}, {@code state}). */
    private final Map<Integer, Map<String, String>> drawn = new HashMap<>();
    private final Map<Integer, List<Integer>> children = new HashMap<>();
    private final Map<String, String> localStorage = new HashMap<>();
    private long pushMessages;
    private long emptyPushMessages;

    private record Pending(JsonNode message, boolean push, long receivedNanos) {
    }

    VaadinClient(HttpClient http, URI base, Errors errors, String who) {
        this.http = http;
        this.base = base;
        this.errors = errors;
        this.who = who;
    }

    void listener(Listener l) {
        this.listener = l;
    }

    void cookie(String value) {
        this.cookie = value;
    }

    String who() {
        return who;
    }

    // ---- bootstrap ----

    /** GET ?v-r=init for a route, then opens the push WebSocket and sends the ui-navigate event. */
    void open(String route, int width, int height) throws Exception {
        open(route, width, height, true);
    }

    /** Without push, the tab only sees what XHR responses bring (used to measure a UI's heap without its socket). */
    void open(String route, int width, int height, boolean withPush) throws Exception {
        String query = "v-r=init&location=" + enc(route) + "&query=&v-sh=" + height + "&v-sw=" + width + "&v-wh=" + height
                + "&v-ww=" + width + "&v-bh=" + height + "&v-bw=" + width + "&v-curdate=" + System.currentTimeMillis()
                + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-" + Math.random()
                + "&v-td=true&v-pr=2&v-np=Linux&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=portrait-primary"
                + "&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";
        HttpRequest.Builder get = HttpRequest.newBuilder(base.resolve("?" + query))
                .timeout(Duration.ofSeconds(60)).GET();
        if (cookie != null) {
            get.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(get.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new BenchFailure("init-http-" + response.statusCode());
        }
        response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().ifPresent(c -> cookie = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
        JsonNode config = JSON.readTree(response.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        synchronized (this) {
            uiId = config.path("v-uiId").asInt();
            csrf = uidl.path("Vaadin-Security-Key").asString();
            pushId = uidl.path("Vaadin-Push-ID").asString();
            clientId = uidl.path("clientId").asInt();
        }
        for (JsonNode c : uidl.path("changes")) {
            // PushConfigurationMap's parameters (feature 6): the transport the browser is told to use.
            if (c.path("feat").asInt() == 6 && c.path("key").asString("").equals("transport")) {
                synchronized (this) {
                    transport = c.path("value").asString("websocket");
                }
            }
        }
        accept(uidl, false, System.nanoTime());
        if (withPush && transport().equals("long-polling")) {
            poller = Thread.ofVirtual().name("poll-" + who).start(this::longPoll);
        } else if (withPush) {
            String push = pushUrl("websocket", "0", 0).replaceFirst("^http", "ws");
            socket = http.newWebSocketBuilder().header("Cookie", cookie).connectTimeout(Duration.ofSeconds(60))
                    .buildAsync(URI.create(push), new PushListener()).get(60, TimeUnit.SECONDS);
        }
        ObjectNode data = NODES.objectNode();
        data.put("route", "/" + route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        send(event(1, "ui-navigate", data));
    }

    void close() {
        closing = true;
        WebSocket s = socket;
        if (s != null) {
            s.abort();
        }
        Thread p = poller;
        if (p != null) {
            p.interrupt();
        }
    }

    /** The push transport the server named in the init response ({@code websocket} or {@code long-polling}). */
    synchronized String transport() {
        return transport;
    }

    private synchronized String pushUrl(String atmosphereTransport, String trackingId, int lastSeenSyncId) {
        return base.resolve("VAADIN/push") + "?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=" + trackingId + "&X-Atmosphere-Framework=4.0.1"
                + "&X-Atmosphere-Transport=" + atmosphereTransport + "&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
                + "&X-Vaadin-LastSeenServerSyncId=" + Math.max(0, lastSeenSyncId);
    }

    /**
     * Atmosphere long polling as its JavaScript client does it (with the Atmosphere protocol and TrackMessageSize):
     * the first GET ({@code X-Atmosphere-tracking-id=0}) is answered at once with the handshake
     * {@code <length>|<uuid>|<heartbeat>|<padding>|}; every later GET carries that uuid and is held by the server
     * until it has a message, which comes as {@code <length>|<message>} after white-space padding; the request is
     * re-issued after each response (an empty one when the server let the held request time out).
     */
    private void longPoll() {
        String trackingId = "0";
        while (!closing) {
            int seen;
            synchronized (this) {
                seen = lastSyncId;
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(pushUrl("long-polling", trackingId, seen)
                    + "&_=" + System.currentTimeMillis())).header("Cookie", cookie).GET().build();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                if (!closing) {
                    errors.count("push-poll-failed: " + e.getClass().getSimpleName());
                }
                return;
            }
            long received = System.nanoTime();
            if (response.statusCode() != 200) {
                if (!closing) {
                    errors.count("push-poll-http-" + response.statusCode());
                }
                return;
            }
            try {
                for (String message : frames(response.body().stripLeading())) {
                    if (trackingId.equals("0")) {
                        trackingId = message.substring(0, message.indexOf('|') < 0 ? message.length()
                                : message.indexOf('|'));
                        continue;
                    }
                    JsonNode json = parse(message);
                    if (json != null) {
                        accept(json, true, received);
                    }
                }
            } catch (RuntimeException e) {
                errors.count("push-handling: " + e.getClass().getSimpleName());
            }
            if (trackingId.equals("0") || trackingId.isBlank()) {
                errors.count("push-poll-no-handshake");
                return;
            }
        }
    }

    /** Splits a long-polling response body into its {@code <length>|<message>} messages. */
    private List<String> frames(String body) {
        List<String> out = new ArrayList<>();
        int at = 0;
        while (at < body.length()) {
            int bar = body.indexOf('|', at);
            if (bar < 0) {
                if (!body.substring(at).isBlank()) {
                    errors.count("push-framing");
                }
                break;
            }
            int length;
            try {
                length = Integer.parseInt(body.substring(at, bar).strip());
            } catch (NumberFormatException e) {
                errors.count("push-framing");
                break;
            }
            if (body.length() < bar + 1 + length) {
                errors.count("push-framing (truncated)");
                break;
            }
            out.add(body.substring(bar + 1, bar + 1 + length));
            at = bar + 1 + length;
        }
        return out;
    }

    // ---- RPCs ----

    static ObjectNode event(int node, String name, JsonNode data) {
        ObjectNode rpc = NODES.objectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", name);
        rpc.set("data", data == null ? NODES.objectNode() : data);
        return rpc;
    }

    static ObjectNode sync(int node, String property, JsonNode value) {
        ObjectNode rpc = NODES.objectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node);
        rpc.put("feature", 1);
        rpc.put("property", property);
        rpc.set("value", value);
        return rpc;
    }

    static ObjectNode click(int node) {
        ObjectNode data = NODES.objectNode();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 180);
        data.put("event.clientY", 400);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 480);
        data.put("event.screenX", 180);
        return event(node, "click", data);
    }

    synchronized ObjectNode callServer(int node, String method, JsonNode... args) {
        ObjectNode rpc = NODES.objectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        ArrayNode a = rpc.putArray("templateEventMethodArgs");
        for (JsonNode arg : args) {
            a.add(arg);
        }
        rpc.put("promise", promise++);
        return rpc;
    }

    static JsonNode text(String value) {
        return NODES.stringNode(value);
    }

    /**
     * POSTs RPCs as one uidl request (waiting for any request in flight, as Vaadin's client does) and returns the
     * raw response body; the response is applied to the state tree before this returns (or buffered until a
     * missing earlier push arrives).
     */
    String send(ObjectNode... rpcs) throws Exception {
        xhr.lock();
        try {
            ObjectNode body = NODES.objectNode();
            synchronized (this) {
                body.put("csrfToken", csrf);
                ArrayNode list = body.putArray("rpc");
                for (ObjectNode rpc : rpcs) {
                    list.add(rpc);
                }
                body.put("syncId", lastSyncId);
                body.put("clientId", clientId);
            }
            HttpRequest request = HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                    .timeout(Duration.ofSeconds(60)).header("Cookie", cookie)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long received = System.nanoTime();
            if (response.statusCode() != 200) {
                errors.count("uidl-http-" + response.statusCode());
                return "";
            }
            JsonNode message = parse(response.body());
            if (message == null) {
                errors.count("uidl-unreadable-response");
                return response.body();
            }
            synchronized (this) {
                if (message.has("clientId")) {
                    clientId = message.get("clientId").asInt();
                }
            }
            accept(message, false, received);
            return response.body();
        } finally {
            xhr.unlock();
        }
    }

    // ---- server messages ----

    private static JsonNode parse(String text) {
        String t = text.strip();
        if (t.startsWith("for(;;);")) {
            t = t.substring("for(;;);".length());
        }
        if (t.isEmpty() || (t.charAt(0) != '{' && t.charAt(0) != '[')) {
            return null;
        }
        JsonNode node = JSON.readTree(t);
        return node.isArray() ? node.path(0) : node;
    }

    private void accept(JsonNode message, boolean push, long receivedNanos) {
        List<ObjectNode> replies;
        synchronized (this) {
            JsonNode meta = message.path("meta");
            if (meta.has("appError")) {
                errors.count("appError: " + meta.path("appError").path("caption").asString("")
                        + " " + meta.path("appError").path("message").asString(""));
            }
            if (meta.path("sessionExpired").asBoolean(false)) {
                errors.count("sessionExpired");
            }
            if (!message.has("syncId")) {
                return;
            }
            int syncId = message.get("syncId").asInt();
            if (syncId == -1) {
                errors.count("syncId -1 (server asked for a resynchronisation)");
                return;
            }
            if (syncId <= lastSyncId) {
                return;
            }
            pending.put(syncId, new Pending(message, push, receivedNanos));
            replies = new ArrayList<>();
            while (!pending.isEmpty() && (lastSyncId < 0 || pending.firstKey() == lastSyncId + 1)) {
                Pending next = pending.pollFirstEntry().getValue();
                lastSyncId = next.message().get("syncId").asInt();
                apply(next.message(), replies);
                if (next.push()) {
                    pushMessages++;
                    if (!next.message().has("changes") && !next.message().has("execute")) {
                        emptyPushMessages++;
                    }
                }
                listener.applied(this, next.message(), next.push(), next.receivedNanos());
            }
            notifyAll();
        }
        if (!replies.isEmpty()) {
            Thread.ofVirtual().start(() -> {
                try {
                    send(replies.toArray(ObjectNode[]::new));
                } catch (Exception e) {
                    errors.count("return-channel: " + e.getClass().getSimpleName());
                }
            });
        }
    }

    private void apply(JsonNode message, List<ObjectNode> replies) {
        for (JsonNode c : message.path("changes")) {
            int node = c.path("node").asInt();
            String type = c.path("type").asString("");
            int feat = c.path("feat").asInt(-1);
            switch (type) {
                case "put" -> {
                    String key = c.path("key").asString("");
                    JsonNode value = c.path("value");
                    if (value.isString() && value.asString().startsWith(SERVER_ERROR)) {
                        errors.count("server error shown to the user (MainErrorHandler; see the server log)");
                    }
                    if (feat == 0 && key.equals("tag")) {
                        tags.put(node, value.asString());
                    } else if (feat == 3 && key.equals("id")) {
                        ids.put(value.asString(), node);
                        idOf.put(node, value.asString());
                    } else if (feat == 7 && key.equals("text")) {
                        texts.put(node, value.asString());
                    } else if (feat == 1 && key.equals("value") && value.isValueNode()) {
                        values.put(node, value.asString());
                    } else if (feat == 1 && (key.equals("card") || key.equals("state")) && value.isString()) {
                        drawn.computeIfAbsent(node, n -> new HashMap<>()).put(key, value.asString());
                    }
                }
                case "clear" -> {
                    if (feat == 2) {
                        children.computeIfAbsent(node, n -> new ArrayList<>()).clear();
                    }
                }
                case "splice" -> {
                    if (feat == 2) {
                        List<Integer> list = children.computeIfAbsent(node, n -> new ArrayList<>());
                        int index = Math.min(c.path("index").asInt(), list.size());
                        int remove = c.path("remove").asInt(0);
                        for (int i = 0; i < remove && index < list.size(); i++) {
                            list.remove(index);
                        }
                        int at = index;
                        for (JsonNode added : c.path("addNodes")) {
                            list.add(at++, added.asInt());
                        }
                    }
                }
                case "detach" -> {
                    tags.remove(node);
                    texts.remove(node);
                    values.remove(node);
                    drawn.remove(node);
                    children.remove(node);
                    String id = idOf.remove(node);
                    if (id != null && ids.get(id) != null && ids.get(id) == node) {
                        ids.remove(id);
                    }
                }
                default -> {
                }
            }
        }
        for (JsonNode call : message.path("execute")) {
            int n = call.size();
            String script = call.path(n - 1).asString("");
            JsonNode ret = null;
            for (int i = 0; i < n - 1; i++) {
                if (call.get(i).has("@v-return")) {
                    ret = call.get(i).get("@v-return");
                    break;
                }
            }
            if (script.contains("localStorage.setItem")) {
                localStorage.put(call.path(0).asString(), call.path(1).asString());
            }
            // Only executeJs(...).then(...) calls wait for a result; other return channels (e.g. renderers'
            // callbacks) are called by user actions in a browser, not on arrival.
            if (ret == null || !script.startsWith("try{Promise.resolve(")) {
                continue;
            }
            JsonNode result = NODES.nullNode();
            if (script.contains("localStorage.getItem")) {
                String stored = localStorage.get(call.path(0).asString());
                result = stored == null ? NODES.nullNode() : NODES.stringNode(stored);
            }
            ObjectNode reply = NODES.objectNode();
            reply.put("type", "channel");
            reply.put("node", ret.path(0).asInt());
            reply.put("channel", ret.path(1).asInt());
            reply.putArray("args").add(result);
            replies.add(reply);
        }
    }

    // ---- reading the state tree (callers hold the monitor or call the synchronized helpers) ----

    synchronized Integer node(String id) {
        return ids.get(id);
    }

    /** A JSON property the page's element with this id is drawn from, or "" when it has none (yet). */
    synchronized String drawnProperty(String id, String name) {
        Integer node = ids.get(id);
        return node == null ? "" : drawn.getOrDefault(node, Map.of()).getOrDefault(name, "");
    }

    /** The text content of an element: its text nodes and its children's, in order. */
    synchronized String textOf(int node) {
        StringBuilder b = new StringBuilder();
        collect(node, b, 0);
        return b.toString();
    }

    private void collect(int node, StringBuilder b, int depth) {
        String t = texts.get(node);
        if (t != null) {
            b.append(t);
        }
        if (depth < 32) {
            for (int child : children.getOrDefault(node, List.of())) {
                collect(child, b, depth + 1);
            }
        }
    }

    synchronized boolean hasTextStartingWith(String prefix) {
        for (String t : texts.values()) {
            if (t.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** {@code value}s of the descendants of a node with a given tag, e.g. the radio buttons of a group. */
    synchronized List<Map.Entry<Integer, String>> descendantValues(int node, String tag) {
        List<Map.Entry<Integer, String>> out = new ArrayList<>();
        descend(node, tag, out, 0);
        return out;
    }

    private void descend(int node, String tag, List<Map.Entry<Integer, String>> out, int depth) {
        for (int child : children.getOrDefault(node, List.of())) {
            if (tag.equals(tags.get(child)) && values.containsKey(child)) {
                out.add(Map.entry(child, values.get(child)));
            }
            if (depth < 16) {
                descend(child, tag, out, depth + 1);
            }
        }
    }

    /** Waits until the condition holds on this tab's state, or fails with the given error kind. */
    synchronized void await(Predicate<VaadinClient> condition, Duration timeout, String kind)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.test(this)) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new BenchFailure(kind);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    synchronized long pushMessages() {
        return pushMessages;
    }

    synchronized long emptyPushMessages() {
        return emptyPushMessages;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Atmosphere's WebSocket framing with TrackMessageSize: {@code <length>|<message>}, possibly split or batched. */
    private final class PushListener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long received = System.nanoTime();
            buffer.append(data);
            try {
                while (true) {
                    int bar = buffer.indexOf("|");
                    if (bar < 0) {
                        break;
                    }
                    int length;
                    try {
                        length = Integer.parseInt(buffer.substring(0, bar).strip());
                    } catch (NumberFormatException e) {
                        errors.count("push-framing");
                        buffer.setLength(0);
                        break;
                    }
                    if (buffer.length() < bar + 1 + length) {
                        break;
                    }
                    String message = buffer.substring(bar + 1, bar + 1 + length);
                    buffer.delete(0, bar + 1 + length);
                    JsonNode json = parse(message);
                    if (json != null) {
                        accept(json, true, received);
                    }
                }
            } catch (RuntimeException e) {
                errors.count("push-handling: " + e.getClass().getSimpleName());
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (!closing) {
                errors.count("push-closed-by-server " + statusCode);
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (!closing) {
                errors.count("push-error: " + error.getClass().getSimpleName());
            }
        }
    }
}
