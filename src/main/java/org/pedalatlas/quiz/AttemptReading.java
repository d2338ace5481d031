package org.pedalatlas.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.pedalatlas.bank.QuestionBank;
import org.pedalatlas.bank.Response;
import org.pedalatlas.bank.ResponseCodec;
import org.pedalatlas.bank.Score;
import org.pedalatlas.quiz.QuizRecords.AttemptState;
import org.pedalatlas.quiz.QuizRecords.AttemptSummary;
import org.pedalatlas.quiz.QuizRecords.Feedback;
import org.pedalatlas.quiz.QuizRecords.ReviewItem;
import org.pedalatlas.quiz.QuizRecords.ReviewScreen;
import org.springframework.stereotype.Component;

/**
 * Reads an attempt back: where it stands, its score, the feedback of an answer and the end-of-attempt review.
 * Reads only; the commands are {@link QuizService}'s.
 */
@Component
class AttemptReading {

    private final QuestionBank bank;
    private final AttemptItemRepository items;
    private final AnswerRepository answers;

    AttemptReading(QuestionBank bank, AttemptItemRepository items, AnswerRepository answers) {
        this.bank = bank;
        this.items = items;
        this.answers = answers;
    }

    /** Whether an item's answer stands: always in exams and reviews, after a right first or any second try in practice. */
    static boolean isFinal(Attempt attempt, List<AnswerRecord> tries) {
        if (tries.isEmpty()) {
            return false;
        }
        return attempt.mode() != Mode.PRACTICE || tries.size() >= 2 || Score.fullyRight(tries.getFirst().fraction());
    }

    List<AnswerRecord> tries(Attempt attempt, int position) {
        return answers.findByAttemptIdOrderByPositionAscTryNoAsc(attempt.id()).stream()
                .filter(a -> a.position() == position).toList();
    }

    Feedback feedback(Attempt attempt, AnswerRecord answer) {
        return feedback(attempt, answer, Locale.ENGLISH);
    }

    /** The feedback in the locale's language where the question is translated. */
    Feedback feedback(Attempt attempt, AnswerRecord answer, Locale locale) {
        Response response = ResponseCodec.decode(answer.response());
        String yours = bank.describe(answer.questionId(), response, locale);
        if (attempt.mode() == Mode.EXAM && attempt.finishedAt() == null) {
            return new Feedback(Feedback.Status.SAVED, 0, null, yours, null);
        }
        if (attempt.mode() == Mode.PRACTICE && answer.tryNo() == 1 && !Score.fullyRight(answer.fraction())) {
            return new Feedback(Feedback.Status.TRY_AGAIN, answer.fraction(), null, yours, null);
        }
        return new Feedback(Feedback.Status.REVEALED, answer.fraction(), answer.marks(), yours,
                bank.reveal(answer.questionId(), response, locale));
    }

    ReviewScreen review(Attempt attempt) {
        return review(attempt, Locale.ENGLISH);
    }

    /** The review screen with stems, keys and teaching in the locale's language where translated. */
    ReviewScreen review(Attempt attempt, Locale locale) {
        List<ReviewItem> list = new ArrayList<>();
        Map<Integer, AnswerRecord> finals = finals(attempt);
        for (AttemptItem item : items.findByAttemptIdOrderByPosition(attempt.id())) {
            String id = item.questionId();
            bank.entry(id, locale).ifPresent(q -> {
                AnswerRecord a = finals.get(item.position());
                Feedback f = a == null
                        ? new Feedback(Feedback.Status.REVEALED, 0, attempt.cbm() ? 0.0 : null, "(not answered)",
                                bank.reveal(id, locale))
                        : new Feedback(Feedback.Status.REVEALED, a.fraction(), a.marks(),
                                bank.describe(id, ResponseCodec.decode(a.response()), locale),
                                bank.reveal(id, ResponseCodec.decode(a.response()), locale));
                list.add(new ReviewItem(item.position(), q.stem(), f));
            });
        }
        return new ReviewScreen(summary(attempt), list);
    }

    AttemptSummary summary(Attempt attempt) {
        int total = items.findByAttemptIdOrderByPosition(attempt.id()).size();
        Map<Integer, AnswerRecord> finals = finals(attempt);
        double sum = finals.values().stream().mapToDouble(AnswerRecord::fraction).sum();
        Double marks = attempt.cbm() ? finals.values().stream().mapToDouble(a -> a.marks() == null ? 0 : a.marks()).sum() : null;
        return new AttemptSummary(attempt.id(), attempt.mode(), attempt.startedAt(), attempt.finishedAt(), total,
                finals.size(), total == 0 ? 0 : 100 * sum / total, marks, attempt.cbm());
    }

    AttemptState state(Attempt attempt) {
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

    private Map<Integer, AnswerRecord> finals(Attempt attempt) {
        Map<Integer, AnswerRecord> finals = new TreeMap<>();
        answers.findByAttemptIdOrderByPositionAscTryNoAsc(attempt.id()).forEach(a -> finals.put(a.position(), a));
        return finals;
    }
}
