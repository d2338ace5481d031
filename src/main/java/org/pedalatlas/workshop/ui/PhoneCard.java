package org.pedalatlas.workshop.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.pedalatlas.bank.BankRecords.QuestionView;
import org.pedalatlas.bank.Prompt;
import org.pedalatlas.bank.Response;
import org.pedalatlas.bank.ui.HotspotInputFactory.Drawing;
import org.pedalatlas.content.TranslationNote;

/**
 * One question as every phone of a session shows it, in one language: written once as JSON and shared by all the
 * phones that see it, which draw it in the browser ({@code components/phone-play.js}). It also reads a phone's
 * answer back into the question bank's {@link Response}, accepting only the choices, items and regions it showed.
 *
 * @param key      names the question in its session and language; a phone redraws its form only when it changes
 * @param position the question's position in the session
 * @param json     what the phone draws: the stem, the input and every word the input needs
 */
record PhoneCard(String key, int position, String json, Prompt prompt, Map<String, String> regions, String script) {

    private static final JsonMapper JSON = JsonMapper.shared();

    /** The texts a card needs, in the phone's language ({@code Words.in} in the app, a map in unit tests). */
    interface Texts {
        String get(String key, Object... args);
    }

    static PhoneCard of(String key, QuestionView q, TranslationNote translation, Texts words,
                        BiFunction<QuestionView, Prompt.Spot, Drawing> drawings) {
        ObjectNode card = JSON.createObjectNode();
        card.put("key", key);
        card.put("position", q.position());
        card.put("stem", q.stem());
        card.put("send", words.get("workshop.play.send"));
        ArrayNode notes = card.putArray("notes");
        if (translation != null && !translation.reviewed()) {
            notes.addObject().put("c", "translation-unreviewed").put("x", words.get("content.note.unreviewed"));
        }
        if (translation != null && translation.stale()) {
            notes.addObject().put("c", "translation-stale").put("x", words.get("content.note.stale"));
        }
        ObjectNode countdown = card.putObject("countdown");
        countdown.put("seconds", words.get("workshop.countdown.seconds", "{0}"));
        countdown.put("up", words.get("workshop.countdown.time-up"));
        countdown.put("none", words.get("workshop.countdown.none"));
        ObjectNode input = card.putObject("input");
        Map<String, String> regions = Map.of();
        String script = null;
        switch (q.prompt()) {
            case Prompt.OneOf p -> choices(input.put("kind", "one").put("label", words.get("bank.input.one"))
                    .put("missing", words.get("bank.input.choose-one")), p.choices());
            case Prompt.TrueOrFalse p -> choices(input.put("kind", "one")
                    .put("label", words.get("workshop.prompt.true-false"))
                    .put("missing", words.get("bank.input.choose-one")), List.of(
                    new Prompt.Choice(1, words.get("bank.answer.true")),
                    new Prompt.Choice(0, words.get("bank.answer.false"))));
            case Prompt.AnyOf p -> choices(input.put("kind", "any").put("label", words.get("bank.input.every"))
                    .put("missing", words.get("bank.input.choose-some")), p.choices());
            case Prompt.Number p -> input.put("kind", "number")
                    .put("label", p.unit().isBlank() ? words.get("bank.input.number")
                            : words.get("bank.input.number-unit", p.unit()))
                    .put("unit", p.unit()).put("help", words.get("bank.input.number-help"))
                    .put("missing", words.get("bank.number.missing"));
            case Prompt.Order p -> {
                choices(input.put("kind", "order").put("hint", words.get("bank.input.order-hint"))
                        .put("up", words.get("bank.input.up", "{0}")).put("down", words.get("bank.input.down", "{0}")),
                        p.items());
            }
            case Prompt.Match p -> {
                input.put("kind", "match").put("choose", words.get("bank.input.choose"))
                        .put("missing", words.get("bank.input.choose-match"));
                ArrayNode lefts = input.putArray("lefts");
                p.lefts().forEach(lefts::add);
                choices(input, p.rights());
            }
            case Prompt.Spot p -> {
                Drawing drawing = drawings.apply(q, p);
                regions = Map.copyOf(drawing.regions());
                script = drawing.viewerScript();
                input.put("kind", "spot").put("svg", drawing.svg()).put("label", drawing.label())
                        .put("none", words.get("figures.hotspot.none")).put("chosen", words.get("figures.hotspot.chosen"))
                        .put("missing", words.get("figures.hotspot.choose"))
                        .put("swipe", words.get("figures.viewer.swipe"))
                        .put("zoomOut", words.get("figures.viewer.zoom-out"))
                        .put("zoomIn", words.get("figures.viewer.zoom-in"))
                        .put("zoomReset", words.get("figures.viewer.zoom-reset"));
            }
        }
        return new PhoneCard(key, q.position(), JSON.writeValueAsString(card), q.prompt(), regions, script);
    }

    private static void choices(ObjectNode input, List<Prompt.Choice> choices) {
        ArrayNode list = input.putArray("choices");
        choices.forEach(c -> list.addObject().put("i", c.index()).put("t", c.text()));
    }

    /**
     * The phone's answer as the question bank reads it, or empty when it is not an answer to this card: a choice,
     * item or region the card did not show, or a malformed message. The page's own checks (something chosen, every
     * item matched) come first in the browser, so only a tampered or broken page gets here with an empty result.
     */
    Optional<Response> response(String message) {
        JsonNode answer;
        try {
            answer = JSON.readTree(message);
        } catch (JacksonException unreadable) {
            return Optional.empty();
        }
        if (answer == null || !answer.path("position").canConvertToInt() || answer.path("position").intValue() != position) {
            return Optional.empty();
        }
        JsonNode value = answer.path("answer");
        return switch (prompt) {
            case Prompt.OneOf p -> one(value, p.choices()).map(i -> new Response.Choice(Set.of(i)));
            case Prompt.TrueOrFalse p -> value.isIntegralNumber() && (value.intValue() == 0 || value.intValue() == 1)
                    ? Optional.of(new Response.TrueFalse(value.intValue() == 1)) : Optional.empty();
            case Prompt.AnyOf p -> several(value, p.choices());
            case Prompt.Number p -> value.isString() && !value.asString().isBlank() && value.asString().length() <= 64
                    ? Optional.of(new Response.Numeric(value.asString())) : Optional.empty();
            case Prompt.Order p -> order(value, p.items());
            case Prompt.Match p -> match(value, p);
            case Prompt.Spot p -> value.isString() && regions.containsKey(value.asString())
                    ? Optional.of(new Response.Hotspot(regions.get(value.asString()))) : Optional.empty();
        };
    }

    private static Set<Integer> indexes(List<Prompt.Choice> choices) {
        Set<Integer> indexes = new HashSet<>();
        choices.forEach(c -> indexes.add(c.index()));
        return indexes;
    }

    private static Optional<Integer> one(JsonNode value, List<Prompt.Choice> choices) {
        return value.isIntegralNumber() && indexes(choices).contains(value.intValue())
                ? Optional.of(value.intValue()) : Optional.empty();
    }

    private static Optional<Response> several(JsonNode value, List<Prompt.Choice> choices) {
        if (!value.isArray() || value.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> chosen = new HashSet<>();
        for (JsonNode v : value) {
            Optional<Integer> index = one(v, choices);
            if (index.isEmpty()) {
                return Optional.empty();
            }
            chosen.add(index.get());
        }
        return Optional.of(new Response.Choice(Set.copyOf(chosen)));
    }

    private static Optional<Response> order(JsonNode value, List<Prompt.Choice> items) {
        if (!value.isArray() || value.size() != items.size()) {
            return Optional.empty();
        }
        List<Integer> order = new java.util.ArrayList<>();
        for (JsonNode v : value) {
            Optional<Integer> index = one(v, items);
            if (index.isEmpty() || order.contains(index.get())) {
                return Optional.empty();
            }
            order.add(index.get());
        }
        return Optional.of(new Response.Ordering(List.copyOf(order)));
    }

    private static Optional<Response> match(JsonNode value, Prompt.Match p) {
        if (!value.isArray() || value.size() != p.lefts().size()) {
            return Optional.empty();
        }
        Map<Integer, Integer> rights = new HashMap<>();
        for (int left = 0; left < value.size(); left++) {
            Optional<Integer> right = one(value.get(left), p.rights());
            if (right.isEmpty()) {
                return Optional.empty();
            }
            rights.put(left, right.get());
        }
        return Optional.of(new Response.Matching(Map.copyOf(rights)));
    }

    /** The key of a session's question in one language: the phones that share it share one card. */
    static String keyOf(String code, QuestionView q, Locale language) {
        return code + "/" + q.position() + "/" + q.questionId() + "/" + language.toLanguageTag();
    }
}
