package org.pedalatlas.workshop;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SessionRepository extends JpaRepository<SessionRow, Long> {

    Optional<SessionRow> findFirstByCodeAndEndedAtIsNull(String code);

    List<SessionRow> findByInstructorIdOrderByCreatedAtDesc(long instructorId);

    /** The row, locked until the transaction ends: transitions made on several app nodes follow one another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SessionRow s where s.id = :id")
    Optional<SessionRow> lockById(long id);
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
