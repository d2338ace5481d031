package org.pedalatlas.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pedalatlas.bank.Response;
import org.pedalatlas.bank.Shuffle;
import org.pedalatlas.workshop.WorkshopRecords.Refused;

class LiveSessionTest {

    private final Instant t0 = Instant.parse("2026-12-06T10:00:00Z");

    private LiveSession session(Integer limit) {
        List<LiveSession.SessionQuestion> qs = List.of(new LiveSession.SessionQuestion("a", limit, Shuffle.identity(3)),
                new LiveSession.SessionQuestion("b", limit, Shuffle.identity(0)));
        LiveSession s = new LiveSession(1, "123456", "T", Scoring.CORRECTNESS, qs, Phase.LOBBY, -1, null, null, null);
        s.join(new LiveSession.Participant(10, "Ana", false));
        s.join(new LiveSession.Participant(11, "Ben", false));
        return s;
    }

    @Test
    void a_session_walks_its_phases_in_order() {
        LiveSession s = session(null);
        assertThat(s.reveal(t0)).as("nothing to reveal in the lobby").isFalse();
        assertThat(s.next(t0)).isTrue();
        assertThat(s.phase()).isEqualTo(Phase.QUESTION);
        assertThat(s.next(t0)).as("an open question is never skipped").isFalse();
        assertThat(s.showLeaderboard()).isFalse();
        assertThat(s.reveal(t0)).isTrue();
        assertThat(s.showLeaderboard()).isTrue();
        assertThat(s.next(t0)).isTrue();
        assertThat(s.currentIndex()).isEqualTo(1);
        assertThat(s.reveal(t0)).isTrue();
        assertThat(s.next(t0)).as("after the last question the session ends").isTrue();
        assertThat(s.phase()).isEqualTo(Phase.ENDED);
        assertThat(s.next(t0)).isFalse();
        assertThat(s.end()).isFalse();
    }

    @Test
    void a_paused_question_keeps_the_time_it_had_left() {
        LiveSession s = session(30);
        s.next(t0);
        s.togglePause(t0.plusSeconds(10));
        assertThat(s.phase()).isEqualTo(Phase.PAUSED);
        assertThatThrownBy(() -> s.openFor(10, 0, t0.plusSeconds(11))).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).refusal()).isEqualTo(WorkshopRefusal.Reason.PAUSED);
        s.togglePause(t0.plusSeconds(100));
        LiveSession.PhoneState phone = s.phone(10, t0.plusSeconds(100));
        assertThat(phone.closesAt()).isEqualTo(t0.plusSeconds(120));
        assertThat(phone.open()).isTrue();
    }

    @Test
    void time_running_out_is_announced_once_and_late_answers_are_refused() {
        LiveSession s = session(5);
        s.next(t0);
        assertThat(s.closeIfExpired(t0.plusSeconds(4))).isFalse();
        assertThat(s.closeIfExpired(t0.plusSeconds(6))).isTrue();
        assertThat(s.closeIfExpired(t0.plusSeconds(7))).isFalse();
        assertThatThrownBy(() -> s.openFor(10, 0, t0.plusSeconds(6))).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).refusal()).isEqualTo(WorkshopRefusal.Reason.TOO_LATE);
    }

    @Test
    void the_first_answer_counts_and_ranks_follow_scores() {
        LiveSession s = session(null);
        s.next(t0);
        assertThat(s.openFor(11, 0, t0).question().questionId()).isEqualTo("a");
        s.count(11, 0, new LiveSession.Given(new Response.Choice(Set.of(0)), 1, 1000));
        assertThatThrownBy(() -> s.openFor(11, 0, t0)).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).refusal()).isEqualTo(WorkshopRefusal.Reason.ALREADY_ANSWERED);
        s.reveal(t0);
        assertThat(s.phone(11, t0).rank()).isEqualTo(1);
        assertThat(s.phone(10, t0).rank()).isEqualTo(2);
        s.remove(11);
        assertThat(s.phone(10, t0).rank()).isEqualTo(1);
        assertThat(s.phone(11, t0).removed()).isTrue();
        assertThat(s.activeParticipants()).isEqualTo(1);
    }

    @Test
    void points_and_rank_of_an_answer_reach_the_phone_only_at_the_reveal() {
        LiveSession s = session(null);
        s.next(t0);
        s.count(10, 0, new LiveSession.Given(new Response.Choice(Set.of(0)), 1, 1000));
        assertThat(s.phone(10, t0).score()).as("right or wrong is not told by the score").isZero();
        assertThat(s.phone(10, t0).rank()).isEqualTo(1);
        assertThat(s.phone(11, t0).rank()).as("a tie until the reveal").isEqualTo(1);
        s.reveal(t0);
        assertThat(s.phone(10, t0).score()).isEqualTo(1000);
        assertThat(s.phone(11, t0).rank()).isEqualTo(2);
    }
}
