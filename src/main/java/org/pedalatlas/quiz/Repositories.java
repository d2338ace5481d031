package org.pedalatlas.quiz;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    List<Attempt> findByLearnerIdOrderByStartedAtDesc(long learnerId);

    @Modifying
    @Query("update Attempt a set a.learnerId = :to where a.learnerId = :from")
    int moveLearner(long from, long to);
}

interface AttemptItemRepository extends JpaRepository<AttemptItem, AttemptItem.Key> {

    List<AttemptItem> findByAttemptIdOrderByPosition(long attemptId);
}

interface AnswerRepository extends JpaRepository<AnswerRecord, Long> {

    List<AnswerRecord> findByAttemptIdOrderByPositionAscTryNoAsc(long attemptId);

    @Query("select a from AnswerRecord a, Attempt t where a.attemptId = t.id and t.learnerId = :learner order by a.answeredAt")
    List<AnswerRecord> findByLearner(long learner);

    @Query("select a from AnswerRecord a, Attempt t where a.attemptId = t.id and t.finishedAt is not null "
            + "and t.mode = org.pedalatlas.quiz.Mode.EXAM")
    List<AnswerRecord> findInFinishedExams();
}

interface ReviewCardRepository extends JpaRepository<ReviewCard, ReviewCard.Key> {

    List<ReviewCard> findByLearnerIdAndDueBeforeOrderByDue(long learnerId, Instant now);

    long countByLearnerIdAndDueBefore(long learnerId, Instant now);

    List<ReviewCard> findByLearnerId(long learnerId);

    @Modifying
    @Query("delete from ReviewCard c where c.learnerId = :learner")
    void deleteByLearner(long learner);
}

interface ReviewSettingsRepository extends JpaRepository<ReviewSettings, Long> {

    @Modifying
    @Query("delete from ReviewSettings s where s.learnerId = :learner")
    void deleteByLearner(long learner);
}
