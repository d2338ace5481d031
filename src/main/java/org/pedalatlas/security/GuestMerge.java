package org.pedalatlas.security;

import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * At sign-in, a guest of this browser session becomes part of the account: everything the guest did moves over
 * ({@link LearnerMerged}, heard by the features that store per-learner data) and the guest row goes. Done once, when
 * the sign-in succeeds, so that reading who the learner is never changes anything.
 */
@Component
class GuestMerge {

    private static final Logger log = LoggerFactory.getLogger(GuestMerge.class);

    private final LearnerRepository learners;
    private final ApplicationEventPublisher events;

    GuestMerge(LearnerRepository learners, ApplicationEventPublisher events) {
        this.learners = learners;
        this.events = events;
    }

    @EventListener
    @Transactional
    void on(AuthenticationSuccessEvent signedIn) {
        HttpSession session = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getSession(false) : null;
        if (session == null || !(session.getAttribute(LearnerService.GUEST_KEY) instanceof Long guestId)) {
            return;
        }
        session.removeAttribute(LearnerService.GUEST_KEY);
        merge(guestId, signedIn.getAuthentication().getName());
    }

    void merge(long guestId, String username) {
        learners.findByUsernameIgnoreCase(username).ifPresent(account -> learners.findById(guestId)
                .filter(guest -> guest.username() == null && !guest.id().equals(account.id()))
                .ifPresent(guest -> {
                    events.publishEvent(new LearnerMerged(guest.id(), account.id()));
                    learners.delete(guest);
                    log.info("Guest {} merged into learner {} at sign-in", guest.id(), account.id());
                }));
    }
}
