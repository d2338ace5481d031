package org.pedalatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.pedalatlas.content.Question;

/**
 * Who may come in: the instructor locks the session, caps it and removes a participant; a hall on one address
 * gets in despite wrong codes; nicknames in any script join and look-alikes are refused. Phones at 360 px.
 */
class WorkshopDoorIT extends WorkshopJourney {

    /** Signs in as the instructor and creates a one-question session. */
    private String createSession(String title) {
        return createSession(title, 60, first(Question.Type.SINGLE));
    }

    private Page tryToJoin(String code, String nickname) {
        return tryToJoin(code, nickname, PHONE_WIDTH);
    }

    private Page join(String code, String nickname) {
        return join(code, nickname, PHONE_WIDTH);
    }

    @Test
    void a_locked_session_turns_a_new_phone_away_with_a_message_and_unlocking_lets_it_in() {
        String code = createSession("Locked door");
        Page ana = join(code, "Ana");
        Locator lock = page.locator("#door-lock");
        assertThat(lock).hasAttribute("aria-pressed", "false");
        lock.click();
        assertThat(lock).hasAttribute("aria-pressed", "true");
        assertThat(page.locator("#door-status")).hasText("Closed to new participants");
        screenshot("workshop-door-presenter-locked");

        Page ben = tryToJoin(code, "Ben");
        assertThat(ben.locator("#join-refusal")).hasText("This session is closed to new participants.");
        assertThat(ben.locator("#play-identity")).hasCount(0);
        assertThat(fitsWidth(ben)).isTrue();
        screenshot(ben, "workshop-door-phone-locked-360");
        Accessibility.assertNoViolations(ben, "join page refused by the lock");

        ana.reload();
        // Who joined comes back while the session is locked.
        assertThat(ana.locator("#play-identity")).containsText("Ana");

        lock.click();
        assertThat(lock).hasAttribute("aria-pressed", "false");
        ben.locator("#join-button").click();
        assertThat(ben.locator("#play-identity")).containsText("Ben");
        assertThat(page.locator("#participant-count")).hasText("2 participants");
    }

    @Test
    void a_cap_of_two_turns_the_third_phone_away() {
        String code = createSession("Capped door");
        Locator cap = page.locator("#door-cap input");
        cap.fill("0");
        cap.press("Enter");
        assertThat(page.locator("#door-cap [slot='error-message']"))
                .hasText("A participant cap is a whole number from 1 to 5000, or empty for no cap.");
        screenshot("workshop-door-presenter-cap-invalid");
        cap.fill("2");
        cap.press("Enter");
        assertThat(page.locator("#door-cap")).not().hasAttribute("invalid", "");
        assertThat(page.locator("#door-cap")).containsText("0 joined of at most 2");

        join(code, "Ana");
        join(code, "Ben");
        Page cai = tryToJoin(code, "Cai");
        assertThat(cai.locator("#join-refusal")).hasText("This session is full (2 participants).");
        assertThat(fitsWidth(cai)).isTrue();
        screenshot(cai, "workshop-door-phone-full-360");
        assertThat(page.locator("#participant-count")).hasText("2 participants");
        assertThat(page.locator("#door-status")).hasText("Full: no one new can join");
        assertThat(page.locator("#door-cap")).containsText("2 joined of at most 2");
        screenshot("workshop-door-presenter-full");
        Accessibility.assertNoViolations(page, "presenter lobby with the door controls");

        cap.fill("");
        cap.press("Enter");
        cai.locator("#join-button").click();
        // No cap: the third phone joins.
        assertThat(cai.locator("#play-identity")).containsText("Cai");
    }

    @Test
    void a_removed_participant_is_told_so_on_their_phone() {
        String code = createSession("Removal");
        Page ana = join(code, "Ana");
        join(code, "Ben");
        assertThat(page.locator("#participant-count")).hasText("2 participants");
        page.getByLabel("Remove Ana").click();
        assertThat(page.locator("#participant-count")).hasText("1 participant");
        assertThat(page.locator("#nicknames")).not().containsText("Ana");
        assertThat(ana.locator("h1")).hasText("You have left the session");
        assertThat(ana.getByText("The instructor removed this nickname.")).isVisible();
        screenshot(ana, "workshop-door-phone-removed-360");
        ana.reload();
        // A reload does not bring them back.
        assertThat(ana.locator("#play-identity")).hasCount(0);
    }

    @Test
    void thirty_wrong_codes_from_the_halls_address_then_the_right_one_joins() {
        String code = createSession("Hall behind one address");
        Page[] guessers = {newPerson(PHONE_WIDTH, 780), newPerson(PHONE_WIDTH, 780), newPerson(PHONE_WIDTH, 780)};
        for (int i = 0; i < 30; i++) {
            Page phone = guessers[i / 10];
            if (i % 10 == 0) {
                phone.navigate(url("join"));
                phone.locator("#join-nickname input").fill("Guess");
            }
            String wrong = String.format("%06d", (Integer.parseInt(code) + 1 + i) % 1_000_000);
            phone.locator("#join-code input").fill(wrong);
            phone.locator("#join-button").click();
            assertThat(phone.locator("#join-code [slot='error-message']"))
                    .hasText("No open session has this code. Check the six digits on the screen.");
            phone.locator("#join-code input").fill("");
        }
        // The third phone itself made ten wrong codes in a minute: it waits, whatever it types now.
        Page guesser = guessers[2];
        guesser.locator("#join-code input").fill(code);
        guesser.locator("#join-button").click();
        assertThat(guesser.locator("#join-code [slot='error-message']")).containsText("Too many wrong codes");
        screenshot(guesser, "workshop-door-phone-throttled-360");

        // Everyone else on the same address (every phone here is 127.0.0.1) joins with the right code.
        Page next = join(code, "Dee");
        assertThat(fitsWidth(next)).isTrue();
        join(code, "Eli");
        assertThat(page.locator("#participant-count")).hasText("2 participants");
    }

    @Test
    void a_devanagari_nickname_joins_and_a_cyrillic_look_alike_is_refused_next_to_the_field() {
        String code = createSession("Every script");
        Page anil = join(code, "अनिल");
        join(code, "مُحَمَّد");
        join(code, "Alice");
        assertThat(fitsWidth(anil)).isTrue();
        screenshot(anil, "workshop-door-phone-devanagari-360");
        assertThat(page.locator("#nicknames")).containsText("अनिल");
        assertThat(page.locator("#nicknames")).containsText("مُحَمَّد");

        Page fake = tryToJoin(code, "\u0410lice");
        assertThat(fake.locator("#join-nickname [slot='error-message']"))
                .hasText("This looks the same as a nickname already in this session. Choose another.");
        assertThat(fake.locator("#join-refusal")).isHidden();
        screenshot(fake, "workshop-door-phone-lookalike-360");
        Accessibility.assertNoViolations(fake, "join page with a look-alike nickname refused");
        assertThat(page.locator("#participant-count")).hasText("3 participants");
    }
}
