package org.pedalatlas.workshop;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;

import org.pedalatlas.workshop.WorkshopRecords.Change;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Live updates of sessions: screens subscribe while attached, changes are pushed through an executor so no request
 * thread waits on other people's screens, and a tick four times a second announces joins, new answers and
 * questions whose time ran out — so a hall joining at once re-renders the presenter at most four times a second.
 * With several app nodes the tick only pushes to this node's screens: it writes nothing, and a question's closing
 * time is stored with it, so every node closes it at the same moment and no timer's work is done twice.
 */
@Service
public class LiveFeed {

    private final LiveSessions sessions;
    private final Executor fanOut;
    private final Clock clock;

    private final NodeEvents nodes;

    LiveFeed(LiveSessions sessions, @Qualifier("applicationTaskExecutor") TaskExecutor fanOut, NodeEvents nodes,
             Optional<Clock> clock) {
        this.sessions = sessions;
        this.fanOut = fanOut;
        this.nodes = nodes;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** On PostgreSQL, hears the other app nodes' changes and shows them on this node's screens. */
    @PostConstruct
    void listenToOtherNodes() {
        nodes.listen(this::fromOtherNode, () -> sessions.resync().forEach(s -> publish(s, Change.PHASE)));
    }

    /**
     * Another node's change: a phase or a removal re-renders this node's screens of the session now; joins and
     * answers are announced by the tick, a few times a second, as this node's own are.
     */
    void fromOtherNode(NodeEvents.Event event) {
        LiveSession s = sessions.apply(event);
        if (s != null) {
            publish(s, Change.PHASE);
        }
    }

    /** Registers a listener for a session's changes; call the returned action to unregister. */
    public Runnable subscribe(long sessionId, Consumer<Change> listener) {
        LiveSession s = sessions.get(sessionId);
        if (s.ended()) {
            return () -> { };
        }
        s.listeners.add(listener);
        return () -> s.listeners.remove(listener);
    }

    /** Announces a change once the transaction that made it has committed (at once outside a transaction). */
    void publish(LiveSession s, Change change) {
        LiveSessions.afterCommit(() -> {
            for (Consumer<Change> listener : s.listeners) {
                fanOut.execute(() -> listener.accept(change));
            }
            if (change == Change.PHASE) {
                sessions.evictIfEnded(s, clock.instant());
            }
        });
    }

    @Scheduled(fixedDelay = 250)
    void tick() {
        Instant now = clock.instant();
        sessions.forgetEnded(now);
        for (LiveSession s : sessions.inMemory()) {
            if (s.closeIfExpired(now)) {
                publish(s, Change.PHASE);
            }
            if (s.participantsChanged) {
                s.participantsChanged = false;
                publish(s, Change.PARTICIPANTS);
            }
            if (s.answersChanged) {
                s.answersChanged = false;
                publish(s, Change.ANSWERS);
            }
        }
    }
}
