package org.pedalatlas.progress;

import java.util.List;

import org.pedalatlas.quiz.QuizRecords.AttemptSummary;
import org.pedalatlas.quiz.QuizService;
import org.pedalatlas.security.LearnerRef;
import org.springframework.stereotype.Service;

/** A learner's dashboard in one record. */
@Service
public class ProgressService {

    /** Everything the dashboard shows. */
    public record Dashboard(List<Mastery> byZone, List<Mastery> byTopic, List<Mastery> weakest,
                            List<AttemptSummary> history, long reviewsDue, int questionsAnswered) {
    }

    private final QuizService quiz;

    ProgressService(QuizService quiz) {
        this.quiz = quiz;
    }

    public Dashboard dashboard(LearnerRef learner) {
        var answers = quiz.answered(learner);
        List<Mastery> topics = Mastery.byTopic(answers);
        List<Mastery> zones = Mastery.byZone(answers);
        return new Dashboard(zones, topics, Mastery.weakest(topics, 3), quiz.history(learner), quiz.reviewsDue(learner),
                (int) answers.stream().map(a -> a.questionId()).distinct().count());
    }
}
