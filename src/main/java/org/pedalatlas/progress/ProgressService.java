package org.pedalatlas.progress;

import java.util.List;

import org.pedalatlas.quiz.QuizRecords.AttemptSummary;
import org.pedalatlas.quiz.QuizService;
import org.pedalatlas.quiz.ReviewService;
import org.pedalatlas.security.LearnerRef;
import org.springframework.stereotype.Service;

/** A learner's dashboard in one record. */
@Service
public class ProgressService {

    /** Everything the dashboard shows. */
    public record Dashboard(List<Mastery> byZone, List<Mastery> byTopic, List<Mastery> weakest,
                            List<AttemptSummary> history, long reviewsDue, int questionsAnswered,
                            ReviewService.Forecast reviews) {
    }

    private final QuizService quiz;
    private final ReviewService reviews;

    ProgressService(QuizService quiz, ReviewService reviews) {
        this.quiz = quiz;
        this.reviews = reviews;
    }

    public Dashboard dashboard(LearnerRef learner) {
        var answers = quiz.answered(learner);
        List<Mastery> topics = Mastery.byTopic(answers);
        List<Mastery> zones = Mastery.byZone(answers);
        return new Dashboard(zones, topics, Mastery.weakest(topics, 3), quiz.history(learner), quiz.reviewsDue(learner),
                (int) answers.stream().map(a -> a.questionId()).distinct().count(), reviews.forecast(learner));
    }

    /** The review forecast alone, e.g. once the browser has told the learner's time zone. */
    public ReviewService.Forecast reviews(LearnerRef learner) {
        return reviews.forecast(learner);
    }

    /** The retention, in percent, the learner's next answers are scheduled for. */
    public void chooseRetention(LearnerRef learner, int percent) {
        reviews.chooseRetention(learner, percent);
    }

    /** Remembers the time zone the learner's browser names, so their review days are their own; true if new. */
    public boolean rememberTimeZone(LearnerRef learner, String zoneId) {
        return reviews.rememberTimeZone(learner, zoneId);
    }
}
