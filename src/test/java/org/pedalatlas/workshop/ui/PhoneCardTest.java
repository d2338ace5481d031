package org.pedalatlas.workshop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.pedalatlas.bank.BankRecords.QuestionView;
import org.pedalatlas.bank.Prompt;
import org.pedalatlas.bank.Response;
import org.pedalatlas.bank.ui.HotspotInputFactory.Drawing;
import org.pedalatlas.workshop.Phase;
import org.pedalatlas.workshop.WorkshopRecords.PlayerView;

/** The phone's shared question card and its own state: what the browser draws, and what its answers may be. */
class PhoneCardTest {

    private static final PhoneCard.Texts WORDS = (key, args) -> key + (args.length == 0 ? "" : List.of(args));
    private static final List<Prompt.Choice> CHOICES = List.of(new Prompt.Choice(2, "Heparin"),
            new Prompt.Choice(0, "Contrast"), new Prompt.Choice(1, "Vasodilators"));

    private static PhoneCard card(Prompt prompt) {
        return PhoneCard.of("K", new QuestionView("q", 3, 5, "Which?", prompt), null, WORDS,
                (q, spot) -> new Drawing("<svg/>", "Figure", Map.of("r1a2b3c", "first-metatarsal-artery"), "viewer.js"));
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    @Test
    void a_card_carries_the_choices_in_the_order_shown_with_the_bank_s_own_indexes_and_no_key() {
        PhoneCard card = card(new Prompt.OneOf(CHOICES));
        JsonNode input = json(card.json()).path("input");
        assertThat(input.path("kind").asString()).isEqualTo("one");
        assertThat(input.path("choices").get(0).path("i").asInt()).isEqualTo(2);
        assertThat(input.path("choices").get(0).path("t").asString()).isEqualTo("Heparin");
        assertThat(card.json()).doesNotContain("correct").contains("\"position\":3");
    }

    @Test
    void answers_are_read_back_into_the_bank_s_responses() {
        assertThat(card(new Prompt.OneOf(CHOICES)).response("{\"position\":3,\"answer\":1}"))
                .contains(new Response.Choice(Set.of(1)));
        assertThat(card(new Prompt.AnyOf(CHOICES)).response("{\"position\":3,\"answer\":[0,2]}"))
                .contains(new Response.Choice(Set.of(0, 2)));
        assertThat(card(new Prompt.TrueOrFalse()).response("{\"position\":3,\"answer\":0}"))
                .contains(new Response.TrueFalse(false));
        assertThat(card(new Prompt.Number("mg")).response("{\"position\":3,\"answer\":\"5 mg\"}"))
                .contains(new Response.Numeric("5 mg"));
        assertThat(card(new Prompt.Order(CHOICES)).response("{\"position\":3,\"answer\":[0,1,2]}"))
                .contains(new Response.Ordering(List.of(0, 1, 2)));
        assertThat(card(new Prompt.Match(List.of("NTG", "Verapamil"), CHOICES))
                .response("{\"position\":3,\"answer\":[1,0]}")).contains(new Response.Matching(Map.of(0, 1, 1, 0)));
        assertThat(card(new Prompt.Spot("foot-zones")).response("{\"position\":3,\"answer\":\"r1a2b3c\"}"))
                .contains(new Response.Hotspot("first-metatarsal-artery"));
    }

    @Test
    void what_the_card_did_not_show_is_not_an_answer() {
        PhoneCard one = card(new Prompt.OneOf(CHOICES));
        assertThat(one.response("{\"position\":3,\"answer\":7}")).isEmpty();
        assertThat(one.response("{\"position\":2,\"answer\":1}")).as("another question's position").isEmpty();
        assertThat(one.response("not json")).isEmpty();
        assertThat(one.response("{\"position\":3}")).isEmpty();
        assertThat(card(new Prompt.AnyOf(CHOICES)).response("{\"position\":3,\"answer\":[]}")).isEmpty();
        assertThat(card(new Prompt.TrueOrFalse()).response("{\"position\":3,\"answer\":2}")).isEmpty();
        assertThat(card(new Prompt.Number("mg")).response("{\"position\":3,\"answer\":\"  \"}")).isEmpty();
        assertThat(card(new Prompt.Order(CHOICES)).response("{\"position\":3,\"answer\":[0,0,2]}"))
                .as("an item twice").isEmpty();
        assertThat(card(new Prompt.Match(List.of("NTG", "Verapamil"), CHOICES))
                .response("{\"position\":3,\"answer\":[1]}")).as("a left item unmatched").isEmpty();
        assertThat(card(new Prompt.Spot("foot-zones")).response("{\"position\":3,\"answer\":\"first-metatarsal-artery\"}"))
                .as("a region's id instead of its token").isEmpty();
    }

    @Test
    void a_phone_s_state_names_its_screen_and_carries_a_refusal_only_on_an_open_question() {
        QuestionView q = new QuestionView("q", 0, 2, "Which?", new Prompt.OneOf(CHOICES));
        PhoneCard card = card(new Prompt.OneOf(CHOICES));
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        PlayerView open = new PlayerView(1, "Ana", "123456", "Drill", Phase.QUESTION, q, now.plusSeconds(30), true,
                false, null, null, null, null, 0, 1, 3, false, null, null);
        JsonNode state = json(PhoneState.of(open, WORDS, card, new PhoneState.Refusal("Too late", true, 1), "en", now));
        assertThat(state.path("key").asString()).isEqualTo("open/K/en");
        assertThat(state.path("remainingMs").asLong()).isEqualTo(30_000);
        assertThat(state.path("refusal").path("closes").asBoolean()).isTrue();

        PlayerView lobby = new PlayerView(1, "Ana", "123456", "Drill", Phase.LOBBY, null, null, false, false, null,
                null, null, null, 0, 1, 3, false, null, null);
        JsonNode waiting = json(PhoneState.of(lobby, WORDS, null, null, "it", now));
        assertThat(waiting.path("key").asString()).isEqualTo("lobby/it");
        assertThat(waiting.path("blocks").get(1).path("id").asString()).isEqualTo("play-waiting");
        assertThat(waiting.has("refusal")).isFalse();
    }
}
