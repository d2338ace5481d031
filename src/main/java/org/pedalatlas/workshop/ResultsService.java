package org.pedalatlas.workshop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pedalatlas.bank.BankRecords.QuestionView;
import org.pedalatlas.bank.QuestionBank;
import org.pedalatlas.bank.ResponseCodec;
import org.pedalatlas.workshop.WorkshopRecords.QuestionResult;
import org.pedalatlas.workshop.WorkshopRecords.Refused;
import org.pedalatlas.workshop.WorkshopRecords.Results;
import org.pedalatlas.workshop.WorkshopRecords.SessionInfo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A session's results, during or after it: per question and per participant, on screen and as CSV. */
@Service
public class ResultsService {

    private final QuestionBank bank;
    private final LiveSessions live;
    private final ParticipantRepository participants;
    private final AnswerRowRepository answers;

    ResultsService(QuestionBank bank, LiveSessions live, ParticipantRepository participants, AnswerRowRepository answers) {
        this.bank = bank;
        this.live = live;
        this.participants = participants;
        this.answers = answers;
    }

    @Transactional(readOnly = true)
    public Results results(long sessionId, long instructorId) {
        SessionRow row = owned(sessionId, instructorId);
        LiveSession s = live.get(sessionId);
        List<AnswerRow> all = answers.findBySessionId(sessionId);
        List<QuestionResult> list = new ArrayList<>();
        List<LiveSession.SessionQuestion> questions = s.questions();
        for (int i = 0; i < questions.size(); i++) {
            int position = i;
            LiveSession.SessionQuestion sq = questions.get(i);
            if (!bank.exists(sq.questionId())) {
                continue;
            }
            List<LiveSession.Given> given = all.stream().filter(a -> a.position == position)
                    .map(a -> new LiveSession.Given(ResponseCodec.decode(a.response), a.fraction, a.points)).toList();
            QuestionView q = bank.present(sq.questionId(), sq.shuffle(), i, questions.size());
            double mean = given.stream().mapToDouble(LiveSession.Given::fraction).average().orElse(0) * 100;
            list.add(new QuestionResult(i + 1, sq.questionId(), q.stem(), given.size(), mean, Histogram.bars(q, given,
                    bank.reveal(sq.questionId()), r -> bank.score(sq.questionId(), r).correct())));
        }
        SessionInfo info = new SessionInfo(row.id, row.code, row.title, row.scoring, s.phase(), questions.size(),
                s.currentIndex(), row.createdAt, row.endedAt, s.activeParticipants());
        return new Results(info, list, s.standings());
    }

    /** One row per participant and question, for the instructor's records. */
    @Transactional(readOnly = true)
    public String csv(long sessionId, long instructorId) {
        SessionRow row = owned(sessionId, instructorId);
        Map<Long, String> names = new HashMap<>();
        participants.findBySessionIdOrderByJoinedAt(sessionId).forEach(p -> names.put(p.id, p.nickname));
        List<String> questionIds = live.get(sessionId).questions().stream()
                .map(LiveSession.SessionQuestion::questionId).toList();
        return WorkshopCsv.write(row.title, row.code, questionIds, names, answers.findBySessionId(sessionId),
                (questionId, stored) -> bank.exists(questionId)
                        ? bank.describe(questionId, ResponseCodec.decode(stored)) : stored);
    }

    private SessionRow owned(long sessionId, long instructorId) {
        SessionRow row = live.row(sessionId);
        if (row.instructorId != instructorId) {
            throw new Refused(WorkshopRefusal.Reason.NOT_YOUR_SESSION);
        }
        return row;
    }
}
