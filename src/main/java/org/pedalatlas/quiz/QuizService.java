package org.pedalatlas.quiz;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pedalatlas.content.AtlasContent;
import org.pedalatlas.content.ContentStore;
import org.pedalatlas.content.Question;
import org.pedalatlas.quiz.QuizRecords.AnsweredQuestion;
import org.pedalatlas.quiz.QuizRecords.AttemptState;
import org.pedalatlas.quiz.QuizRecords.AttemptSummary;
import org.pedalatlas.quiz.QuizRecords.Catalogue;
import org.pedalatlas.quiz.QuizRecords.Feedback;
import org.pedalatlas.quiz.QuizRecords.Link;
import org.pedalatlas.quiz.QuizRecords.QuestionView;
import org.pedalatlas.quiz.QuizRecords.Refused;
import org.pedalatlas.quiz.QuizRecords.ReviewItem;
import org.pedalatlas.quiz.QuizRecords.ReviewScreen;
import org.pedalatlas.quiz.QuizRecords.StartOptions;
import org.pedalatlas.security.LearnerRef;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attempts over the question bank. Scoring happens here and only here; what leaves the service before a question
 * is answered is a {@link QuestionView}, which has no key. A submission is stored once: a double click or a
 * replayed request returns the stored result instead of counting again.
 */
@Service
public class QuizService {

    public static final int MAX_QUESTIONS = 40;

    private final AtlasContent content;
    private final Map<String, Question> questions;
    private final AttemptRepository attempts;
    private final AttemptItemRepository items;
    private final AnswerRepository answers;
    private final ReviewScheduler reviews;
    private final Clock clock;
    private final Random random = new SecureRandom();

    QuizService(ContentStore store, AttemptRepository attempts, AttemptItemRepository items, AnswerRepository answers,
                ReviewScheduler reviews, Optional<Clock> clock) {
        this.content = store.content();
        this.questions = content.questions().stream()
                .collect(Collectors.toMap(Question::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.attempts = attempts;
        this.items = items;
        this.answers = answers;
        this.reviews = reviews;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Catalogue catalogue() {
        Map<Integer, Integer> zones = new TreeMap<>();
        Map<String, Integer> topics = new TreeMap<>();
        for (Question q : questions.values()) {
            q.zones().forEach(z -> zones.merge(z, 1, Integer::sum));
            q.topics().forEach(t -> topics.merge(t, 1, Integer::sum));
        }
        return new Catalogue(questions.size(), zones, topics);
    }

    @Transactional
    public AttemptState start(LearnerRef learner, StartOptions options) {
        List<Question> pool = !options.questionIds().isEmpty()
                ? options.questionIds().stream().map(questions::get).filter(q -> q != null).distinct().toList()
                : options.mode() == Mode.REVIEW
                ? reviews.dueQuestionIds(learner.id(), clock.instant()).stream().map(questions::get)
                        .filter(q -> q != null).toList()
                : questions.values().stream()
                        .filter(q -> options.zones().isEmpty() || q.zones().stream().anyMatch(options.zones()::contains))
                        .filter(q -> options.topics().isEmpty() || q.topics().stream().anyMatch(options.topics()::contains))
                        .toList();
        if (pool.isEmpty()) {
            throw new Refused(options.mode() == Mode.REVIEW ? "No reviews are due. Come back later."
                    : "No question matches these zones and topics. Choose more of them.");
        }
        List<Question> chosen = new ArrayList<>(pool);
        if (options.mode() != Mode.REVIEW && options.questionIds().isEmpty()) {
            Collections.shuffle(chosen, random);
        }
        int count = options.questionIds().isEmpty()
                ? Math.max(1, Math.min(Math.min(options.count(), MAX_QUESTIONS), chosen.size()))
                : Math.min(chosen.size(), MAX_QUESTIONS);
        Integer limit = options.mode() == Mode.EXAM ? options.timeLimitMinutes() : null;
        Attempt attempt = attempts.save(new Attempt(learner.id(), options.mode(), options.cbm(), limit,
                content.version(), clock.instant()));
        for (int i = 0; i < count; i++) {
            Question q = chosen.get(i);
            items.save(new AttemptItem(attempt.id(), i, q.id(), shuffleFor(q).encode()));
        }
        return state(attempt);
    }

    @Transactional(readOnly = true)
    public AttemptState state(long attemptId, LearnerRef learner) {
        return state(owned(attemptId, learner));
    }

    @Transactional(readOnly = true)
    public QuestionView question(long attemptId, int position, LearnerRef learner) {
        Attempt attempt = owned(attemptId, learner);
        List<AttemptItem> list = items.findByAttemptIdOrderByPosition(attempt.id());
        if (position < 0 || position >= list.size()) {
            throw new Refused("This attempt has no question " + (position + 1) + ".");
        }
        AttemptItem item = list.get(position);
        Question q = question(item.questionId());
        Shuffle shuffle = Shuffle.parse(item.shuffle());
        int tries = (int) answers.findByAttemptIdOrderByPositionAscTryNoAsc(attempt.id()).stream()
                .filter(a -> a.position() == position).count();
        return QuestionViews.of(attempt.id(), position, list.size(), q, shuffle, tries);
    }

    /**
     * Scores what the learner answered. {@code shown} uses the indexes as displayed; they are mapped back to the
     * question's own through the attempt's stored shuffle.
     */
    @Transactional
    public Feedback submit(long attemptId, int position, Response shown, Certainty certainty, LearnerRef learner) {
        Attempt attempt = owned(attemptId, learner);
        AttemptItem item = item(attempt, position);
        Question q = question(item.questionId());
        Response response = QuestionViews.toOriginal(q, Shuffle.parse(item.shuffle()), shown);
        List<AnswerRecord> previous = tries(attempt, position);
        if (isFinal(attempt, previous)) {
            return feedback(attempt, q, previous.getLast());
        }
        if (attempt.finishedAt() != null) {
            throw new Refused("This attempt is finished; its answers can no longer change.");
        }
        if (attempt.deadline() != null && clock.instant().isAfter(attempt.deadline())) {
            finishAttempt(attempt);
            throw new Refused("Time is up: the exam has ended and this answer was not counted.");
        }
        if (response instanceof Response.Numeric n) {
            NumericAnswer.problem(n.text(), q.numeric()).ifPresent(problem -> {
                throw new Refused(problem);
            });
        }
        if (attempt.cbm() && certainty == null) {
            throw new Refused("Choose how sure you are before submitting.");
        }
        Score score = Scorer.score(q, response);
        Certainty c = attempt.cbm() ? certainty : null;
        AnswerRecord record = new AnswerRecord(attempt.id(), position, previous.size() + 1, q.id(),
                ResponseCodec.encode(response), score.fraction(), c, c == null ? null : c.marks(score.fraction()),
                clock.instant());
        try {
            answers.saveAndFlush(record);
        } catch (DataIntegrityViolationException alreadyStored) {
            return feedback(attempt, q, tries(attempt, position).getLast());
        }
        List<AnswerRecord> now = new ArrayList<>(previous);
        now.add(record);
        if (isFinal(attempt, now)) {
            reviews.record(learner.id(), q.id(), score, c, clock.instant());
        }
        return feedback(attempt, q, record);
    }

    /** Practice only: after a wrong first try, shows the key instead of a second try. The first try stands. */
    @Transactional
    public Feedback reveal(long attemptId, int position, LearnerRef learner) {
        Attempt attempt = owned(attemptId, learner);
        Question q = question(item(attempt, position).questionId());
        List<AnswerRecord> previous = tries(attempt, position);
        if (previous.isEmpty()) {
            throw new Refused("Answer the question first.");
        }
        AnswerRecord first = previous.getFirst();
        if (!isFinal(attempt, previous)) {
            AnswerRecord copy = new AnswerRecord(attempt.id(), position, 2, q.id(), first.response(),
                    first.fraction(), first.certainty(), first.marks(), clock.instant());
            answers.saveAndFlush(copy);
            reviews.record(learner.id(), q.id(), new Score(first.fraction()), first.certainty(), clock.instant());
            return feedback(attempt, q, copy);
        }
        return feedback(attempt, q, previous.getLast());
    }

    @Transactional
    public ReviewScreen finish(long attemptId, LearnerRef learner) {
        Attempt attempt = owned(attemptId, learner);
        finishAttempt(attempt);
        return review(attempt);
    }

    @Transactional(readOnly = true)
    public ReviewScreen review(long attemptId, LearnerRef learner) {
        Attempt attempt = owned(attemptId, learner);
        if (attempt.finishedAt() == null && attempt.mode() == Mode.EXAM) {
            throw new Refused("The review opens when the exam is finished.");
        }
        return review(attempt);
    }

    @Transactional(readOnly = true)
    public List<AttemptSummary> history(LearnerRef learner) {
        return attempts.findByLearnerIdOrderByStartedAtDesc(learner.id()).stream().map(this::summary).toList();
    }

    /** The final answer to every question the learner has answered, oldest first. */
    @Transactional(readOnly = true)
    public List<AnsweredQuestion> answered(LearnerRef learner) {
        Map<String, AnswerRecord> finals = new LinkedHashMap<>();
        for (AnswerRecord a : answers.findByLearner(learner.id())) {
            finals.put(a.attemptId() + "/" + a.position(), a);
        }
        return finals.values().stream().filter(a -> questions.containsKey(a.questionId())).map(a -> {
            Question q = questions.get(a.questionId());
            return new AnsweredQuestion(q.id(), q.zones(), q.topics(), links(q), a.fraction(), a.answeredAt());
        }).toList();
    }

    @Transactional(readOnly = true)
    public long reviewsDue(LearnerRef learner) {
        return reviews.dueQuestionIds(learner.id(), clock.instant()).stream().filter(questions::containsKey).count();
    }

    /** Moodle's facility and discrimination indexes per question, over finished exams. */
    @Transactional(readOnly = true)
    public List<ItemStatistics.Item> itemStatistics() {
        Map<String, AnswerRecord> finals = new LinkedHashMap<>();
        answers.findInFinishedExams().forEach(a -> finals.put(a.attemptId() + "/" + a.position(), a));
        return ItemStatistics.compute(finals.values().stream()
                .map(a -> new ItemStatistics.Scored(a.attemptId(), a.questionId(), a.fraction())).toList());
    }

    // ---- for live workshops: everyone sees the same order, so answers can be counted per option ----

    /** A question as workshop participants see it, options in the bank's own order. */
    public QuestionView present(String questionId, int position, int total) {
        Question q = question(questionId);
        return QuestionViews.of(0, position, total, q, workshopShuffle(q), 0);
    }

    /** Scores a workshop response given in the order {@link #present} showed. */
    public Score score(String questionId, Response response) {
        Question q = question(questionId);
        return Scorer.score(q, QuestionViews.toOriginal(q, workshopShuffle(q), response));
    }

    /** Empty when the response can be read; otherwise a message for the participant (unreadable number…). */
    public Optional<String> problem(String questionId, Response response) {
        Question q = question(questionId);
        return response instanceof Response.Numeric n ? NumericAnswer.problem(n.text(), q.numeric()) : Optional.empty();
    }

    public QuizRecords.Reveal reveal(String questionId) {
        Question q = question(questionId);
        return new QuizRecords.Reveal(AnswerTexts.key(q), q.explanation(),
                AnswerTexts.options(q, new Response.Choice(java.util.Set.of())),
                content.source().section(q.src().section()).label(), q.src().passage(), links(q), q.pages());
    }

    /** How an answer reads, for results tables and exports. */
    /** Describes a workshop response given in the order {@link #present} showed. */
    public String describe(String questionId, Response response) {
        Question q = question(questionId);
        return AnswerTexts.response(q, QuestionViews.toOriginal(q, workshopShuffle(q), response));
    }

    public Question.Type type(String questionId) {
        return question(questionId).type();
    }

    /** Question ids with their stems and types, for picking a workshop set. */
    public List<QuizRecords.BankEntry> bank() {
        return questions.values().stream().map(q -> new QuizRecords.BankEntry(q.id(), q.type(), q.stem(), q.zones(),
                q.topics())).toList();
    }

    /** Whether the bank holds a question with this id. */
    public boolean exists(String questionId) {
        return questions.containsKey(questionId);
    }

    /** The stem of a question, for lists such as item statistics. */
    public String stem(String questionId) {
        return Optional.ofNullable(questions.get(questionId)).map(Question::stem).orElse(questionId);
    }

    // ---- helpers ----

    private Shuffle shuffleFor(Question q) {
        return shuffleFor(q, random);
    }

    private static Shuffle shuffleFor(Question q, Random random) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> Shuffle.random(q.options().size(), random);
            case ORDERING -> Shuffle.random(q.order().size(), random);
            case MATCHING -> Shuffle.random(Scorer.distinctRights(q).size(), random);
            default -> Shuffle.identity(0);
        };
    }

    /**
     * The one order every participant of a workshop sees: shuffled (authors often write the right option first,
     * and an ordering question in its own order would give itself away) but the same for every phone, every
     * presenter and after a restart, because it is seeded by the question's id.
     */
    private static Shuffle workshopShuffle(Question q) {
        return shuffleFor(q, new Random(q.id().hashCode()));
    }

    private Attempt owned(long attemptId, LearnerRef learner) {
        return attempts.findById(attemptId).filter(a -> a.learnerId() == learner.id())
                .orElseThrow(() -> new Refused("This attempt does not exist or belongs to someone else."));
    }

    private AttemptItem item(Attempt attempt, int position) {
        List<AttemptItem> list = items.findByAttemptIdOrderByPosition(attempt.id());
        if (position < 0 || position >= list.size()) {
            throw new Refused("This attempt has no question " + (position + 1) + ".");
        }
        return list.get(position);
    }

    private Question question(String id) {
        Question q = questions.get(id);
        if (q == null) {
            throw new Refused("This question was removed from the bank after the attempt started.");
        }
        return q;
    }

    private List<AnswerRecord> tries(Attempt attempt, int position) {
        return answers.findByAttemptIdOrderByPositionAscTryNoAsc(attempt.id()).stream()
                .filter(a -> a.position() == position).toList();
    }

    private static boolean isFinal(Attempt attempt, List<AnswerRecord> tries) {
        if (tries.isEmpty()) {
            return false;
        }
        return attempt.mode() != Mode.PRACTICE || tries.size() >= 2 || tries.getFirst().fraction() >= 0.999_999;
    }

    private Feedback feedback(Attempt attempt, Question q, AnswerRecord answer) {
        Response response = ResponseCodec.decode(answer.response());
        if (attempt.mode() == Mode.EXAM && attempt.finishedAt() == null) {
            return new Feedback(Feedback.Status.SAVED, 0, null, AnswerTexts.response(q, response), null, null,
                    List.of(), null, null, List.of());
        }
        if (attempt.mode() == Mode.PRACTICE && answer.tryNo() == 1 && answer.fraction() < 0.999_999) {
            return new Feedback(Feedback.Status.TRY_AGAIN, answer.fraction(), null, AnswerTexts.response(q, response),
                    null, null, List.of(), null, null, List.of());
        }
        return revealed(q, answer, response);
    }

    private Feedback revealed(Question q, AnswerRecord answer, Response response) {
        return new Feedback(Feedback.Status.REVEALED, answer.fraction(), answer.marks(),
                AnswerTexts.response(q, response), AnswerTexts.key(q), q.explanation(), AnswerTexts.options(q, response),
                content.source().section(q.src().section()).label(), q.src().passage(), links(q));
    }

    private List<Link> links(Question q) {
        return q.pages().stream().map(id -> content.page(id).map(p -> new Link(p.title(), "atlas/" + p.id())))
                .flatMap(Optional::stream).toList();
    }

    private void finishAttempt(Attempt attempt) {
        attempt.finish(clock.instant());
        attempts.save(attempt);
    }

    private ReviewScreen review(Attempt attempt) {
        List<ReviewItem> list = new ArrayList<>();
        Map<Integer, AnswerRecord> finals = finals(attempt);
        for (AttemptItem item : items.findByAttemptIdOrderByPosition(attempt.id())) {
            Question q = questions.get(item.questionId());
            if (q == null) {
                continue;
            }
            AnswerRecord a = finals.get(item.position());
            Feedback f = a == null
                    ? new Feedback(Feedback.Status.REVEALED, 0, attempt.cbm() ? 0.0 : null, "(not answered)",
                            AnswerTexts.key(q), q.explanation(), AnswerTexts.options(q, new Response.Choice(java.util.Set.of())),
                            content.source().section(q.src().section()).label(), q.src().passage(), links(q))
                    : revealed(q, a, ResponseCodec.decode(a.response()));
            list.add(new ReviewItem(item.position(), q.stem(), f));
        }
        return new ReviewScreen(summary(attempt), list);
    }

    private Map<Integer, AnswerRecord> finals(Attempt attempt) {
        Map<Integer, AnswerRecord> finals = new TreeMap<>();
        answers.findByAttemptIdOrderByPositionAscTryNoAsc(attempt.id()).forEach(a -> finals.put(a.position(), a));
        return finals;
    }

    private AttemptSummary summary(Attempt attempt) {
        int total = items.findByAttemptIdOrderByPosition(attempt.id()).size();
        Map<Integer, AnswerRecord> finals = finals(attempt);
        double sum = finals.values().stream().mapToDouble(AnswerRecord::fraction).sum();
        Double marks = attempt.cbm() ? finals.values().stream().mapToDouble(a -> a.marks() == null ? 0 : a.marks()).sum() : null;
        return new AttemptSummary(attempt.id(), attempt.mode(), attempt.startedAt(), attempt.finishedAt(), total,
                finals.size(), total == 0 ? 0 : 100 * sum / total, marks, attempt.cbm());
    }

    private AttemptState state(Attempt attempt) {
        List<AttemptItem> list = items.findByAttemptIdOrderByPosition(attempt.id());
        List<AnswerRecord> all = answers.findByAttemptIdOrderByPositionAscTryNoAsc(attempt.id());
        int answered = 0;
        int next = -1;
        for (AttemptItem item : list) {
            List<AnswerRecord> tries = all.stream().filter(a -> a.position() == item.position()).toList();
            if (isFinal(attempt, tries)) {
                answered++;
            } else if (next < 0) {
                next = item.position();
            }
        }
        return new AttemptState(attempt.id(), attempt.mode(), attempt.cbm(), attempt.deadline(), list.size(), answered,
                next, attempt.finishedAt() != null);
    }
}
