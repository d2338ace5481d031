package org.pedalatlas.quiz.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.pedalatlas.quiz.ReviewService;
import org.pedalatlas.security.LearnerService;
import org.springframework.stereotype.Component;

/**
 * Tells the review scheduler the learner's time zone as their browser names it, after every navigation (a guest
 * exists only once a quiz starts, and must have their zone before their first answer is scheduled). Vaadin asks
 * the browser once per UI and keeps the answer.
 */
@Component
class LearnerTimeZone implements VaadinServiceInitListener {

    private final LearnerService learners;
    private final ReviewService reviews;

    LearnerTimeZone(LearnerService learners, ReviewService reviews) {
        this.learners = learners;
        this.reviews = reviews;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(navigation -> ui.getPage().retrieveExtendedClientDetails(details ->
                    learners.current().ifPresent(learner -> reviews.rememberTimeZone(learner, details.getTimeZoneId()))));
        });
    }
}
