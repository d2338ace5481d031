package org.pedalatlas.bank;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Stores a response as short text ("choice:0,2", "num:200 µg"…) in answer tables (quiz and workshop). Indexes are
 * the question's own, as in every {@link Response}.
 */
public final class ResponseCodec {

    private ResponseCodec() {
    }

    public static String encode(Response response) {
        return switch (response) {
            case Response.Choice c -> "choice:" + new TreeSet<>(c.options()).stream().map(String::valueOf).collect(Collectors.joining(","));
            case Response.TrueFalse t -> "tf:" + t.value();
            case Response.Numeric n -> "num:" + (n.text().length() > 200 ? n.text().substring(0, 200) : n.text());
            case Response.Ordering o -> "order:" + o.items().stream().map(String::valueOf).collect(Collectors.joining(","));
            case Response.Matching m -> "match:" + new java.util.TreeMap<>(m.rights()).entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
            case Response.Hotspot h -> "hotspot:" + h.region();
        };
    }

    /** The response a stored text holds; {@link IllegalArgumentException} when it is not one this codec wrote. */
    public static Response decode(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Not a stored response: " + text);
        }
        String kind = text.substring(0, colon);
        String body = text.substring(colon + 1);
        return switch (kind) {
            case "choice" -> new Response.Choice(body.isEmpty() ? java.util.Set.of()
                    : Arrays.stream(body.split(",")).map(Integer::valueOf).collect(Collectors.toSet()));
            case "tf" -> new Response.TrueFalse(Boolean.parseBoolean(body));
            case "num" -> new Response.Numeric(body);
            case "order" -> new Response.Ordering(body.isEmpty() ? java.util.List.of()
                    : Arrays.stream(body.split(",")).map(Integer::valueOf).toList());
            case "match" -> {
                Map<Integer, Integer> map = new LinkedHashMap<>();
                if (!body.isEmpty()) {
                    for (String pair : body.split(";")) {
                        String[] kv = pair.split("=");
                        if (kv.length != 2) {
                            throw new IllegalArgumentException("Not a stored matching: " + text);
                        }
                        map.put(Integer.valueOf(kv[0]), Integer.valueOf(kv[1]));
                    }
                }
                yield new Response.Matching(map);
            }
            case "hotspot" -> new Response.Hotspot(body);
            default -> throw new IllegalArgumentException("Unknown response " + text);
        };
    }
}
