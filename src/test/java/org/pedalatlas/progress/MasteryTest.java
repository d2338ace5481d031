package org.pedalatlas.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pedalatlas.content.PageRef;
import org.pedalatlas.quiz.QuizRecords.AnsweredQuestion;

class MasteryTest {

    private static final PageRef DP = new PageRef("dorsalis-pedis", "Dorsalis pedis");
    private static final PageRef ARCH = new PageRef("plantar-arch", "Plantar arch");

    private static AnsweredQuestion answer(String id, int zone, String topic, PageRef page, double fraction) {
        return new AnsweredQuestion(id, List.of(zone), List.of(topic), List.of(page), fraction, Instant.EPOCH);
    }

    @Test
    void the_latest_answer_to_each_question_counts_once() {
        List<Mastery> zones = Mastery.byZone(List.of(answer("a", 1, "vessels", DP, 0), answer("a", 1, "vessels", DP, 1),
                answer("b", 1, "vessels", DP, 0.5)));
        assertThat(zones).singleElement().satisfies(m -> {
            assertThat(m.label()).isEqualTo("Zone 1");
            assertThat(m.questions()).isEqualTo(2);
            assertThat(m.percent()).isEqualTo(75);
            assertThat(m.read()).as("what to read: pages of questions not fully right").containsExactly(DP);
        });
    }

    @Test
    void the_weakest_topics_below_eighty_percent_come_first_with_their_reading() {
        List<Mastery> topics = Mastery.byTopic(List.of(answer("a", 1, "vessels", DP, 1),
                answer("b", 3, "strategy", ARCH, 0.2), answer("c", 2, "wire", DP, 0.6)));
        assertThat(Mastery.weakest(topics, 3)).extracting(Mastery::label).containsExactly("Strategy", "Wire");
        assertThat(Mastery.weakest(topics, 1)).singleElement().extracting(Mastery::read).asList().containsExactly(ARCH);
    }
}
