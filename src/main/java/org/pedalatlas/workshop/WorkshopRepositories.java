package org.pedalatlas.workshop;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SessionRepository extends JpaRepository<SessionRow, Long> {

    Optional<SessionRow> findFirstByCodeAndEndedAtIsNull(String code);

    List<SessionRow> findByInstructorIdOrderByCreatedAtDesc(long instructorId);
}

interface QuestionRowRepository extends JpaRepository<QuestionRow, QuestionRow.Key> {

    List<QuestionRow> findBySessionIdOrderByPosition(long sessionId);

    long countBySessionId(long sessionId);
}

interface ParticipantRepository extends JpaRepository<ParticipantRow, Long> {

    List<ParticipantRow> findBySessionIdOrderByJoinedAt(long sessionId);

    long countBySessionIdAndRemovedFalse(long sessionId);

    Optional<ParticipantRow> findByTokenHash(String tokenHash);
}

interface AnswerRowRepository extends JpaRepository<AnswerRow, AnswerRow.Key> {

    List<AnswerRow> findBySessionId(long sessionId);
}
