package org.pedalatlas.workshop.ui;

import java.time.Duration;
import java.time.Instant;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.pedalatlas.workshop.Phase;
import org.pedalatlas.workshop.WorkshopRecords.PlayerView;

/**
 * What one phone shows besides the shared question card: who it is, the screen for the session's phase (as a few
 * headings and lines, each with the id or class the page and its tests know), the time left, and the last refusal
 * of an answer. Small and written per phone; {@code components/phone-play.js} draws it.
 */
final class PhoneState {

    private static final JsonMapper JSON = JsonMapper.shared();

    /** An answer the server refused, shown next to the input; {@code attempt} tells a repeat of the same message. */
    record Refusal(String message, boolean closesQuestion, int attempt) {
    }

    private PhoneState() {
    }

    /**
     * @param card    the question card when the phone is to answer it, else null
     * @param refusal the last refusal of an answer to the card on screen, else null
     */
    static String of(PlayerView v, PhoneCard.Texts words, PhoneCard card, Refusal refusal, String language, Instant now) {
        ObjectNode state = JSON.createObjectNode();
        state.put("identity", words.get("workshop.play.identity", v.nickname(), v.score()));
        state.put("lang", language);
        ArrayNode blocks = state.putArray("blocks");
        String key;
        if (v.removed()) {
            key = "removed";
            line(blocks, "h1", null, null, words.get("workshop.play.removed"));
            line(blocks, "p", null, null, words.get("workshop.play.removed-why"));
        } else {
            key = switch (v.phase()) {
                case LOBBY -> {
                    line(blocks, "h1", null, null, words.get("workshop.play.in", v.nickname()));
                    line(blocks, "p", "play-waiting", null, words.get("workshop.play.waiting", v.title()));
                    line(blocks, "p", null, "muted", words.get("workshop.play.rule"));
                    yield "lobby";
                }
                case QUESTION, PAUSED -> question(v, words, card, refusal, now, state, blocks);
                case REVEAL -> {
                    line(blocks, "h1", "play-verdict", null, words.get(v.result() == null ? "workshop.play.no-answer"
                            : v.result().correct() ? "workshop.play.right"
                            : v.result().partlyRight() ? "workshop.play.partly-right" : "workshop.play.not-right"));
                    // A status line, not a paragraph: large and bold, a <p> would read as a heading (axe: p-as-heading).
                    // Green says "gained": a wrong answer's "+0" is told in the page's plain colour.
                    line(blocks, "div", null, v.points() == null || v.points() == 0 ? "points none" : "points",
                            v.points() == null ? "" : words.get("workshop.play.points", v.points()));
                    line(blocks, "p", null, "correct-answer", words.get("workshop.play.answer", v.reveal().correctAnswer()));
                    line(blocks, "p", null, null, v.reveal().explanation());
                    standing(v, words, blocks);
                    yield "reveal/" + v.question().position();
                }
                case LEADERBOARD -> {
                    line(blocks, "h1", null, null, words.get("workshop.play.leaderboard"));
                    standing(v, words, blocks);
                    yield "leaderboard/" + (v.question() == null ? -1 : v.question().position());
                }
                case ENDED -> {
                    line(blocks, "h1", null, null, words.get("workshop.play.ended"));
                    standing(v, words, blocks);
                    line(blocks, "p", null, null, words.get("workshop.play.thanks"));
                    yield "ended";
                }
            };
        }
        state.put("key", key + "/" + language);
        return JSON.writeValueAsString(state);
    }

    private static String question(PlayerView v, PhoneCard.Texts words, PhoneCard card, Refusal refusal, Instant now,
                                   ObjectNode state, ArrayNode blocks) {
        int position = v.question().position();
        line(blocks, "h1", null, "question-counter", words.get("workshop.play.counter", position + 1, v.question().total()));
        if (v.answered()) {
            line(blocks, "p", "play-stem", "stem", v.question().stem());
            line(blocks, "p", "answer-received", "received", words.get("workshop.play.received", v.yourAnswer()));
            line(blocks, "p", null, null, words.get("workshop.play.wait-reveal"));
            return "answered/" + position;
        }
        if (!v.open() || card == null) {
            line(blocks, "p", "play-stem", "stem", v.question().stem());
            line(blocks, "p", "question-closed", null, words.get(v.phase() == Phase.PAUSED ? "workshop.play.paused"
                    : "workshop.play.time-up"));
            if (refusal != null) {
                // The answer that arrived too late: told, so the participant knows it did not count.
                line(blocks, "p", "answer-refused", "field-problem", refusal.message());
            }
            return "closed/" + position + "/" + v.phase();
        }
        blocks.addObject().put("t", "countdown");
        blocks.addObject().put("t", "card");
        if (v.closesAt() != null) {
            state.put("remainingMs", Math.max(0, Duration.between(now, v.closesAt()).toMillis()));
        }
        if (refusal != null) {
            state.putObject("refusal").put("message", refusal.message()).put("closes", refusal.closesQuestion())
                    .put("attempt", refusal.attempt());
        }
        return "open/" + card.key();
    }

    private static void standing(PlayerView v, PhoneCard.Texts words, ArrayNode blocks) {
        line(blocks, "p", "play-standing", "standing", words.get("workshop.play.standing", v.score(), v.rank(),
                v.participants()));
    }

    private static void line(ArrayNode blocks, String tag, String id, String classes, String text) {
        ObjectNode line = blocks.addObject().put("t", tag).put("x", text);
        if (id != null) {
            line.put("id", id);
        }
        if (classes != null) {
            line.put("c", classes);
        }
    }
}
