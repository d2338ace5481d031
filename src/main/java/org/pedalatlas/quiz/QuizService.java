package org.pedalatlas.quiz;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import org.pedalatlas.bank.BankRecords.BankEntry;
import org.pedalatlas.bank.BankRecords.QuestionView;
import org.pedalatlas.bank.BankRecords.UnknownQuestion;
import org.pedalatlas.bank.QuestionBank;
import org.pedalatlas.bank.Response;
import org.pedalatlas.bank.ResponseCodec;
import org.pedalatlas.bank.Score;
import org.pedalatlas.bank.Shuffle;
import org.pedalatlas.content.TranslationNote;
import org.pedalatlas.quiz.QuizRecords.AnsweredQuestion;
import org.pedalatlas.quiz.QuizRecords.AttemptState;
import org.pedalatlas.quiz.QuizRecords.AttemptSummary;
import org.pedalatlas.quiz.QuizRecords.Catalogue;
import org.pedalatlas.quiz.QuizRecords.Feedback;
import org.pedalatlas.quiz.QuizRecords.Refused;
import org.pedalatlas.quiz.QuizRecords.ReviewScreen;
import org.pedalatlas.quiz.QuizRecords.StartOptions;
import org.pedalatlas.security.LearnerRef;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attempts over the question bank: start, answer, reveal, finish, and what a learner has done. Scoring is the
 * bank's; what leaves before a question is answered is a {@link QuestionView}, which has no key. A submission is
 * stored once: a double click or a replayed request returns the stored result instead of counting again.
 */
@Service
public class QuizService {

    public static final int MAX_QUESTIONS = 40;

    private final QuestionBank bank;
    private final AttemptRepository attempts;
    private final AttemptItemRepository items;
    private final AnswerRepository answers;
    private final AttemptReading reading;
    private final ReviewScheduler reviews;
    private final Clock clock;
    private final Random random = new SecureRandom();

    QuizService(QuestionBank bank, AttemptRepository attempts, AttemptItemRepository items, AnswerRepository answers,
                AttemptReading reading, ReviewScheduler reviews, Optional<Clock> clock) {
        this.bank = bank;
        this.attempts = attempts;
        this.items = items;
        this.answers = answers;
        this.reading = reading;
        this.reviews = reviews;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Catalogue catalogue() {
        Map<Integer, Integer> zones = new TreeMap<>();
        Map<String, Integer> topics = new TreeMap<>();
        for (BankEntry q : bank.entries()) {
            q.zones().forEach(z -> zones.merge(z, 1, Integer::sum));
            q.topics().forEach(t -> topics.merge(t, 1, Integer::sum));
        }
        return new Catalogue(bank.entries().size(), zones, topics);
    }

    @Transactional
    public AttemptState start(LearnerRef learner, StartOptions options) {
        List<String> pool = pool(learner, options);
        if (pool.isEmpty()) {
            throw new Refused(options.mode() == Mode.REVIEW ? Refusal.Reason.NO_REVIEWS_DUE : Refusal.Reason.NOTHING_MATCHES);
        }
        List<String> chosen = new ArrayList<>(pool);
        if (options.mode() != Mode.REVIEW && options.questionIds().isEmpty()) {
            Collections.shuffle(chosen, random);
        }
        int count = options.questionIds().isEmpty()
                ? Math.max(1, Math.min(Math.min(options.count(), MAX_QUESTIONS), chosen.size()))
                : Math.min(chosen.size(), MAX_QUESTIONS);
        Integer limit = options.mode() == Mode.EXAM ? options.timeLimitMinutes() : null;
        Attempt attempt = attempts.save(new Attempt(learner.id(), options.mode(), options.cbm(), limit,
                bank.contentVersion(), clock.instant()));
        for (int i = 0; i < count; i++) {
            String id = chosen.get(i);
            items.save(new AttemptItem(attempt.id(), i, id, bank.newShuffle(id, random).encode()));
        }
        return reading.state(attempt);
    }

    private List<String> pool(LearnerRef learner, StartOptions options) {
        if (!options.questionIds().isEmpty()) {
            return options.questionIds().stream().filter(bank::exists).distinct().toList();
        }
        if (options.mode() == Mode.REVIEW) {
            return reviews.dueQuestionIds(learner.id(), clock.instant()).stream().filter(bank::exists).toList();
        }
        return bank.entries().stream()
                .filter(q -> options.zones().isEmpty() || q.zones().stream().anyMatch(options.zones()::contains))
                .filter(q -> options.topics().isEmpty() || q.topics().stream().anyMatch(options.topics()::contains))
                .map(BankEntry::id).toList();
    }

    @Transactional(readOnly = true)
    public AttemptState state(long attemptId, LearnerRef learner) {
        return reading.state(owned(attemptId, learner));
    }

    /** The question at a position, in the order stored with the attempt. */
    @Transactional(readOnly = true)
    public QuestionView question(long attemptId, int position, LearnerRef learner) {
        return question(attemptId, position, learner, Locale.ENGLISH);
    }

    /** The question at a position in the locale's language where translated, English field by field otherwise. */
    @Transactional(readOnly = true)
    public QuestionView question(long attemptId, int position, LearnerRef learner, Locale locale) {
        Attempt attempt = owned(attemptId, learner);
        AttemptItem item = item(attempt, position);
        int total = items.findByAttemptIdOrderByPosition(attempt.id()).size();
        return known(() -> bank.present(item.questionId(), Shuffle.parse(item.shuffle()), position, total, locale));
    }

    /** What the learner should be told about the question's translation (unreviewed, stale); empty in English. */
    @Transactional(readOnly = true)
    public Optional<TranslationNote> translationNote(long attemptId, int position, LearnerRef learner, Locale locale) {
        return bank.translationNote(item(owned(attemptId, learner), position).questionId(), locale);
    }

    /** Scores what the learner answered; the response uses the question's own indexes, like every response. */
    @Transactional
    public Feedback submit(long attemptId, int position, Response response, Certainty certainty, LearnerRef learner) {
        return submit(attemptId, position, response, certainty, learner, Locale.ENGLISH);
    }

    /** As {@link #submit(long, int, Response, Certainty, LearnerRef)}, with the feedback in the locale's language. */
    @Transactional
    public Feedback submit(long attemptId, int position, Response response, Certainty certainty, LearnerRef learner,
                           Locale locale) {
        Attempt attempt = owned(attemptId, learner);
        String questionId = item(attempt, position).questionId();
        known(() -> bank.entry(questionId).orElseThrow(() -> new UnknownQuestion(questionId)));
        List<AnswerRecord> previous = reading.tries(attempt, position);
        if (AttemptReading.isFinal(attempt, previous)) {
            return reading.feedback(attempt, previous.getLast(), locale);
        }
        if (attempt.finishedAt() != null) {
            throw new Refused(Refusal.Reason.ATTEMPT_FINISHED);
        }
        if (attempt.deadline() != null && clock.instant().isAfter(attempt.deadline())) {
            finishAttempt(attempt);
            throw new Refused(Refusal.Reason.TIME_UP);
        }
        bank.problem(questionId, response).ifPresent(problem -> {
            throw new Refused(new Refusal.Unreadable(problem));
        });
        if (attempt.cbm() && certainty == null) {
            throw new Refused(Refusal.Reason.CERTAINTY_MISSING);
        }
        Score score = bank.score(questionId, response);
        Certainty c = attempt.cbm() ? certainty : null;
        AnswerRecord record = new AnswerRecord(attempt.id(), position, previous.size() + 1, questionId,
                ResponseCodec.encode(response), score.fraction(), c, c == null ? null : c.marks(score.fraction()),
                clock.instant());
        try {
            answers.saveAndFlush(record);
        } catch (DataIntegrityViolationException alreadyStored) {
            return reading.feedback(attempt, reading.tries(attempt, position).getLast(), locale);
        }
        List<AnswerRecord> now = new ArrayList<>(previous);
        now.add(record);
        if (AttemptReading.isFinal(attempt, now)) {
            reviews.record(learner.id(), questionId, score, c, clock.instant());
        }
        return reading.feedback(attempt, record, locale);
    }

    /** Practice only: after a wrong first try, shows the key instead of a second try. The first try stands. */
    @Transactional
    public Feedback reveal(long attemptId, int position, LearnerRef learner) {
        return reveal(attemptId, position, learner, Locale.ENGLISH);
    }

    /** As {@link #reveal(long, int, LearnerRef)}, with the key and teaching in the locale's language. */
    @Transactional
    public Feedback reveal(long attemptId, int position, LearnerRef learner, Locale locale) {
        Attempt attempt = owned(attemptId, learner);
        String questionId = item(attempt, position).questionId();
        List<AnswerRecord> previous = reading.tries(attempt, position);
        if (previous.isEmpty()) {
            throw new Refused(Refusal.Reason.ANSWER_FIRST);
        }
        AnswerRecord first = previous.getFirst();
        if (AttemptReading.isFinal(attempt, previous)) {
            return reading.feedback(attempt, previous.getLast(), locale);
        }
        AnswerRecord copy = new AnswerRecord(attempt.id(), position, 2, questionId, first.response(),
                first.fraction(), first.certainty(), first.marks(), clock.instant());
        answers.saveAndFlush(copy);
        reviews.record(learner.id(), questionId, new Score(first.fraction()), first.certainty(), clock.instant());
        return reading.feedback(attempt, copy, locale);
    }

    @Transactional
    public ReviewScreen finish(long attemptId, LearnerRef learner) {
        Attempt attempt = owned(attemptId, learner);
        finishAttempt(attempt);
        return reading.review(attempt);
    }

    /**
     * The results of an attempt. Reading them changes nothing: a running exam is refused until it is finished or
     * its time is up.
     */
    @Transactional(readOnly = true)
    public ReviewScreen review(long attemptId, LearnerRef learner) {
        return review(attemptId, learner, Locale.ENGLISH);
    }

    /** As {@link #review(long, LearnerRef)}, in the locale's language where the questions are translated. */
    @Transactional(readOnly = true)
    public ReviewScreen review(long attemptId, LearnerRef learner, Locale locale) {
        Attempt attempt = owned(attemptId, learner);
        boolean timeUp = attempt.deadline() != null && clock.instant().isAfter(attempt.deadline());
        if (attempt.finishedAt() == null && attempt.mode() == Mode.EXAM && !timeUp) {
            throw new Refused(Refusal.Reason.EXAM_RUNNING);
        }
        return reading.review(attempt, locale);
    }

    @Transactional(readOnly = true)
    public List<AttemptSummary> history(LearnerRef learner) {
        return attempts.findByLearnerIdOrderByStartedAtDesc(learner.id()).stream().map(reading::summary).toList();
    }

    /** The final answer to every question the learner has answered, oldest first. */
    @Transactional(readOnly = true)
    public List<AnsweredQuestion> answered(LearnerRef learner) {
        Map<String, AnswerRecord> finals = new LinkedHashMap<>();
        for (AnswerRecord a : answers.findByLearner(learner.id())) {
            finals.put(a.attemptId() + "/" + a.position(), a);
        }
        return finals.values().stream().flatMap(a -> bank.entry(a.questionId()).stream()
                .map(q -> new AnsweredQuestion(q.id(), q.zones(), q.topics(), q.pages(), a.fraction(), a.answeredAt())))
                .toList();
    }

    @Transactional(readOnly = true)
    public long reviewsDue(LearnerRef learner) {
        return reviews.dueQuestionIds(learner.id(), clock.instant()).stream().filter(bank::exists).count();
    }

    /** Moodle's facility and discrimination indexes per question, over finished exams. */
    @Transactional(readOnly = true)
    public List<ItemStatistics.Item> itemStatistics() {
        Map<String, AnswerRecord> finals = new LinkedHashMap<>();
        answers.findInFinishedExams().forEach(a -> finals.put(a.attemptId() + "/" + a.position(), a));
        return ItemStatistics.compute(finals.values().stream()
                .map(a -> new ItemStatistics.Scored(a.attemptId(), a.questionId(), a.fraction())).toList());
    }

    private Attempt owned(long attemptId, LearnerRef learner) {
        return attempts.findById(attemptId).filter(a -> a.learnerId() == learner.id())
                .orElseThrow(() -> new Refused(Refusal.Reason.NOT_YOURS));
    }

    private AttemptItem item(Attempt attempt, int position) {
        List<AttemptItem> list = items.findByAttemptIdOrderByPosition(attempt.id());
        if (position < 0 || position >= list.size()) {
            throw new Refused(new Refusal.NoSuchPosition(position + 1));
        }
        return list.get(position);
    }

    private static <T> T known(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (UnknownQuestion removed) {
            throw new Refused(Refusal.Reason.QUESTION_REMOVED);
        }
    }

    private void finishAttempt(Attempt attempt) {
        attempt.finish(clock.instant());
        attempts.save(attempt);
    }
}
