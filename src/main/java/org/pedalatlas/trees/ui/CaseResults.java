package org.pedalatlas.trees.ui;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.server.VaadinSession;

/**
 * The best score per case for this browser session. Learner identity and lasting results belong to the quiz
 * feature; until case results join them there, a session is what a learner keeps.
 */
final class CaseResults {

    record Best(int points, int max) {
    }

    private CaseResults() {
    }

    static void record(String caseId, int points, int max) {
        store().merge(caseId, new Best(points, max), (old, now) -> now.points() * old.max() > old.points() * now.max()
                ? now : old);
    }

    static Optional<Best> best(String caseId) {
        return Optional.ofNullable(store().get(caseId));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Best> store() {
        VaadinSession session = VaadinSession.getCurrent();
        Object map = session.getAttribute(CaseResults.class.getName());
        if (map == null) {
            map = new ConcurrentHashMap<String, Best>();
            session.setAttribute(CaseResults.class.getName(), map);
        }
        return (Map<String, Best>) map;
    }
}
