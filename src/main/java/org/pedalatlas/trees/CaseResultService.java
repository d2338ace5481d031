package org.pedalatlas.trees;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.server.VaadinSession;

import org.pedalatlas.security.LearnerRef;
import org.pedalatlas.security.LearnerService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The best result per case scenario: kept in the database for a signed-in learner (and shown on their progress
 * page), in the browser session for a guest, who has no lasting identity to keep it under.
 */
@Service
public class CaseResultService {

    /** The best play of one case, how many plays there were and when the last one ended. */
    public record Best(String caseId, int points, int max, int plays, Instant lastPlayed) {
    }

    /** A kept result with the case's title, for the progress page. */
    public record Result(String caseId, String title, int points, int max, int plays, Instant lastPlayed) {

        public String href() {
            return "cases/" + caseId;
        }
    }

    private static final String SESSION_KEY = CaseResultService.class.getName() + ".guest";

    private final CaseResultRepository results;
    private final LearnerService learners;
    private final TreeService trees;
    private final Clock clock;

    CaseResultService(CaseResultRepository results, LearnerService learners, TreeService trees) {
        this.results = results;
        this.learners = learners;
        this.trees = trees;
        this.clock = Clock.systemUTC();
    }

    /** Records a finished play; a signed-in learner's is kept in the database. */
    @Transactional
    public void record(CaseRun run) {
        Instant now = clock.instant();
        Optional<LearnerRef> account = learners.current().filter(l -> !l.guest());
        if (account.isPresent()) {
            CaseResult result = results.findByLearnerIdAndCaseId(account.get().id(), run.scenario().id())
                    .orElseGet(() -> new CaseResult(account.get().id(), run.scenario().id()));
            result.played(run.points(), run.maxPoints(), now);
            results.save(result);
        } else {
            guestStore().ifPresent(store -> store.merge(run.scenario().id(),
                    new Best(run.scenario().id(), run.points(), run.maxPoints(), 1, now),
                    (old, latest) -> better(old, latest)));
        }
    }

    /** The current learner's best play of a case, wherever it is kept. */
    @Transactional(readOnly = true)
    public Optional<Best> best(String caseId) {
        Optional<LearnerRef> account = learners.current().filter(l -> !l.guest());
        if (account.isPresent()) {
            return results.findByLearnerIdAndCaseId(account.get().id(), caseId).map(CaseResult::best);
        }
        return guestStore().map(store -> store.get(caseId));
    }

    /** A learner's kept results, in the order the cases are listed, for the progress page. */
    @Transactional(readOnly = true)
    public List<Result> results(LearnerRef learner) {
        if (learner.guest()) {
            return List.of();
        }
        List<String> order = trees.cases().stream().map(c -> c.id()).toList();
        return results.findByLearnerId(learner.id()).stream().map(CaseResult::best)
                .filter(b -> order.contains(b.caseId()))
                .sorted(Comparator.comparingInt(b -> order.indexOf(b.caseId())))
                .map(b -> new Result(b.caseId(), trees.scenario(b.caseId()).map(c -> c.title()).orElse(b.caseId()),
                        b.points(), b.max(), b.plays(), b.lastPlayed()))
                .toList();
    }

    private static Best better(Best old, Best latest) {
        boolean improved = (long) latest.points() * old.max() > (long) old.points() * latest.max();
        Best kept = improved ? latest : old;
        return new Best(kept.caseId(), kept.points(), kept.max(), old.plays() + 1, latest.lastPlayed());
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Best>> guestStore() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        Object map = session.getAttribute(SESSION_KEY);
        if (map == null) {
            map = new ConcurrentHashMap<String, Best>();
            session.setAttribute(SESSION_KEY, map);
        }
        return Optional.of((Map<String, Best>) map);
    }
}
