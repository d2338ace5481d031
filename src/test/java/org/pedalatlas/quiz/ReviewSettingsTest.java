package org.pedalatlas.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** A learner starts at the reference's retention in UTC and may aim anywhere from 80 % to 97 %. */
class ReviewSettingsTest {

    @Test
    void a_new_learner_aims_for_ninety_percent_in_utc_until_their_browser_says_otherwise() {
        ReviewSettings settings = new ReviewSettings(1);
        assertThat(settings.desiredRetention()).isEqualTo(0.9);
        assertThat(settings.zone()).isEqualTo(ZoneId.of("UTC"));
        settings.zone(ZoneId.of("Asia/Kolkata"));
        assertThat(settings.zone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
    }

    @Test
    void retention_from_eighty_to_ninety_seven_percent_is_taken_and_outside_it_refused() {
        ReviewSettings settings = new ReviewSettings(1);
        settings.retention(0.80);
        assertThat(settings.desiredRetention()).isEqualTo(0.80);
        settings.retention(0.97);
        assertThat(settings.desiredRetention()).isEqualTo(0.97);
        assertThatThrownBy(() -> settings.retention(0.79)).isInstanceOf(QuizRecords.Refused.class);
        assertThatThrownBy(() -> settings.retention(0.98)).isInstanceOf(QuizRecords.Refused.class);
        assertThat(settings.desiredRetention()).isEqualTo(0.97);
    }

    @Test
    void a_higher_retention_gives_a_shorter_interval() {
        Fsrs.Settings d = Fsrs.Settings.defaults();
        assertThat(new Fsrs(d.withRetention(0.97)).nextInterval(20))
                .isLessThan(new Fsrs(d.withRetention(0.80)).nextInterval(20));
    }
}
