package org.pedalatlas.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedalatlas.workshop.Refusals.refusal;
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
        s.join(new LiveSession.Participant(10, "Ana", false, "t10"));
        s.join(new LiveSession.Participant(11, "Ben", false, "t11"));
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
        assertThatThrownBy(() -> s.openFor(10, "t10", 0, t0.plusSeconds(11))).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).refusal()).isEqualTo(WorkshopRefusal.Reason.PAUSED);
        s.togglePause(t0.plusSeconds(100));
        LiveSession.PhoneState phone = s.phone(10, "t10", t0.plusSeconds(100));
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
        assertThatThrownBy(() -> s.openFor(10, "t10", 0, t0.plusSeconds(6))).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).refusal()).isEqualTo(WorkshopRefusal.Reason.TOO_LATE);
    }

    @Test
    void the_first_answer_counts_and_ranks_follow_scores() {
        LiveSession s = session(null);
        s.next(t0);
        assertThat(s.openFor(11, "t11", 0, t0).question().questionId()).isEqualTo("a");
        s.count(11, 0, new LiveSession.Given(new Response.Choice(Set.of(0)), 1, 1000));
        assertThatThrownBy(() -> s.openFor(11, "t11", 0, t0)).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).refusal()).isEqualTo(WorkshopRefusal.Reason.ALREADY_ANSWERED);
        s.reveal(t0);
        assertThat(s.phone(11, "t11", t0).rank()).isEqualTo(1);
        assertThat(s.phone(10, "t10", t0).rank()).isEqualTo(2);
        s.remove(11);
        assertThat(s.phone(10, "t10", t0).rank()).isEqualTo(1);
        assertThat(s.phone(11, "t11", t0).removed()).isTrue();
        assertThat(s.activeParticipants()).isEqualTo(1);
    }

    @Test
    void points_and_rank_of_an_answer_reach_the_phone_only_at_the_reveal() {
        LiveSession s = session(null);
        s.next(t0);
        s.count(10, 0, new LiveSession.Given(new Response.Choice(Set.of(0)), 1, 1000));
        assertThat(s.phone(10, "t10", t0).score()).as("right or wrong is not told by the score").isZero();
        assertThat(s.phone(10, "t10", t0).rank()).isEqualTo(1);
        assertThat(s.phone(11, "t11", t0).rank()).as("a tie until the reveal").isEqualTo(1);
        s.reveal(t0);
        assertThat(s.phone(10, "t10", t0).score()).isEqualTo(1000);
        assertThat(s.phone(11, "t11", t0).rank()).isEqualTo(2);
    }

    @Test
    void a_phone_with_a_token_that_is_not_its_own_sees_nothing_and_cannot_answer() {
        LiveSession s = session(null);
        s.next(t0);
        assertThat(refusal(() -> s.phone(10, "t11", t0))).isEqualTo(WorkshopRefusal.Reason.NOT_JOINED);
        assertThat(refusal(() -> s.openFor(10, "t11", 0, t0))).isEqualTo(WorkshopRefusal.Reason.NOT_JOINED);
        assertThat(refusal(() -> s.phone(99, "t99", t0))).as("not in this session").isEqualTo(WorkshopRefusal.Reason.NOT_JOINED);
    }

    @Test
    void a_second_answer_is_refused_while_the_first_is_being_written_and_allowed_if_that_one_failed() {
        LiveSession s = session(null);
        s.next(t0);
        s.openFor(10, "t10", 0, t0);
        assertThat(refusal(() -> s.openFor(10, "t10", 0, t0))).isEqualTo(WorkshopRefusal.Reason.ALREADY_ANSWERED);
        s.withdraw(10, 0);
        assertThat(s.openFor(10, "t10", 0, t0).position()).as("the failed write held nothing").isZero();
        s.remove(11);
        assertThat(refusal(() -> s.openFor(11, "t11", 0, t0))).isEqualTo(WorkshopRefusal.Reason.REMOVED);
    }

    private static void joinAs(LiveSession s, long id, String nickname) {
        s.joined(s.admit(nickname), new LiveSession.Participant(id, nickname, false, "t" + id));
    }

    @Test
    void a_locked_session_refuses_new_participants_until_it_is_unlocked() {
        LiveSession s = session(null);
        assertThat(s.lock(true)).isTrue();
        assertThat(s.lock(true)).as("already locked").isFalse();
        assertThat(refusal(() -> s.admit("Cleo"))).isEqualTo(WorkshopRefusal.Reason.SESSION_LOCKED);
        assertThat(WorkshopRefusal.Reason.SESSION_LOCKED.message()).isEqualTo("This session is closed to new participants.");
        assertThat(s.lock(false)).isTrue();
        joinAs(s, 12, "Cleo");
        assertThat(s.door()).isEqualTo(new LiveSession.Door(false, null, 3));
    }

    @Test
    void a_cap_refuses_the_participant_over_it_and_removed_participants_free_their_place() {
        LiveSession s = session(null);
        assertThat(s.cap(3)).isTrue();
        joinAs(s, 12, "Cleo");
        WorkshopRefusal full = refusal(() -> s.admit("Dev"));
        assertThat(full).isEqualTo(new WorkshopRefusal.SessionFull(3));
        assertThat(full.message()).isEqualTo("This session is full (3 participants).");
        s.remove(11);
        joinAs(s, 13, "Dev");
        assertThat(s.cap(null)).isTrue();
        joinAs(s, 14, "Eve");
        assertThat(s.door()).isEqualTo(new LiveSession.Door(false, null, 4));
    }

    @Test
    void a_cap_is_one_to_five_thousand_or_none() {
        LiveSession s = session(null);
        assertThat(refusal(() -> s.cap(0))).isEqualTo(WorkshopRefusal.Reason.BAD_CAP);
        assertThat(refusal(() -> s.cap(SessionRules.CAP_MAX + 1))).isEqualTo(WorkshopRefusal.Reason.BAD_CAP);
        assertThat(s.cap(1)).as("below the count: no one new joins, no one is sent away").isTrue();
        assertThat(s.activeParticipants()).isEqualTo(2);
        assertThat(refusal(() -> s.admit("Cleo"))).isEqualTo(new WorkshopRefusal.SessionFull(1));
    }

    @Test
    void two_phones_racing_for_the_last_place_cannot_both_have_it_and_a_failed_store_frees_it() {
        LiveSession s = session(null);
        s.cap(3);
        LiveSession.Admission first = s.admit("Cleo");
        assertThat(refusal(() -> s.admit("Dev"))).as("the place is held").isEqualTo(new WorkshopRefusal.SessionFull(3));
        s.release(first);
        joinAs(s, 13, "Dev");
        assertThat(s.activeParticipants()).isEqualTo(3);
    }

    @Test
    void a_taken_nickname_or_its_look_alike_is_refused_also_when_its_owner_was_removed() {
        LiveSession s = session(null);
        joinAs(s, 12, "Alice");
        assertThat(refusal(() -> s.admit("alice"))).isEqualTo(WorkshopRefusal.Reason.NICKNAME_TAKEN);
        assertThat(refusal(() -> s.admit("\u0410lice"))).as("Cyrillic А").isEqualTo(WorkshopRefusal.Reason.NICKNAME_LOOKS_LIKE);
        assertThat(WorkshopRefusal.Reason.NICKNAME_LOOKS_LIKE.message()).contains("looks the same as a nickname already in this session");
        assertThat(WorkshopRefusal.Reason.NICKNAME_LOOKS_LIKE.aboutNickname()).isTrue();
        s.remove(12);
        assertThat(refusal(() -> s.admit("ALICE"))).isEqualTo(WorkshopRefusal.Reason.NICKNAME_TAKEN);
        LiveSession.Admission held = s.admit("अनिल");
        assertThat(refusal(() -> s.admit("अनिल"))).as("held while being stored").isEqualTo(WorkshopRefusal.Reason.NICKNAME_TAKEN);
        s.release(held);
        joinAs(s, 13, "अनिल");
        joinAs(s, 14, "अनल");
    }

    @Test
    void the_door_is_written_to_the_row_and_read_back_after_a_restart() {
        LiveSession s = session(null);
        s.lock(true);
        s.cap(40);
        SessionRow row = new SessionRow("123456", "T", 1, Scoring.CORRECTNESS, t0);
        row.id = 1L;
        s.writeTo(row);
        LiveSession again = LiveSession.of(row, List.of());
        assertThat(again.door()).isEqualTo(new LiveSession.Door(true, 40, 0));
    }

    @Test
    void an_ended_session_admits_no_one() {
        LiveSession s = session(null);
        s.end();
        assertThat(refusal(() -> s.admit("Cleo"))).isEqualTo(WorkshopRefusal.Reason.NO_OPEN_SESSION);
    }

    @Test
    void an_answer_heard_twice_from_the_database_and_another_node_counts_once() {
        LiveSession s = session(null);
        s.next(t0);
        LiveSession.Given right = new LiveSession.Given(new Response.Choice(Set.of(0)), 1, 1000);
        assertThat(s.count(10, 0, right)).isTrue();
        assertThat(s.count(10, 0, right)).as("the same participant and question again").isFalse();
        s.reveal(t0);
        assertThat(s.phone(10, "t10", t0).score()).isEqualTo(1000);
        assertThat(s.stage(t0).answers()).hasSize(1);
    }

    @Test
    void a_session_follows_the_phase_another_node_stored() {
        LiveSession s = session(30);
        s.next(t0);
        s.count(10, 0, new LiveSession.Given(new Response.Choice(Set.of(0)), 1, 1000));
        LiveSession other = session(30);
        other.next(t0);
        other.reveal(t0.plusSeconds(5));
        other.next(t0.plusSeconds(20));
        SessionRow row = new SessionRow("123456", "T", 1, Scoring.CORRECTNESS, t0);
        other.writeTo(row);

        assertThat(s.adopt(row)).as("moved to the second question").isTrue();
        assertThat(s.currentIndex()).isEqualTo(1);
        assertThat(s.phase()).isEqualTo(Phase.QUESTION);
        assertThat(s.stage(t0.plusSeconds(21)).answers()).as("the new question's answers start afresh").isEmpty();
        assertThat(s.phone(10, "t10", t0.plusSeconds(21)).closesAt()).isEqualTo(t0.plusSeconds(50));
        assertThat(s.phone(10, "t10", t0.plusSeconds(21)).score()).as("earlier points stay").isEqualTo(1000);
        assertThat(s.adopt(row)).as("nothing new the second time").isFalse();
    }
}
