package org.pedalatlas.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first instructor when there is none: from ATLAS_INSTRUCTOR_USERNAME / ATLAS_INSTRUCTOR_PASSWORD, or
 * with a random password printed once to the console. There is never a built-in default password.
 */
@Component
class InstructorBootstrap {

    private static final Logger log = LoggerFactory.getLogger(InstructorBootstrap.class);

    private final LearnerRepository learners;
    private final PasswordEncoder encoder;
    private final String username;
    private final String password;

    InstructorBootstrap(LearnerRepository learners, PasswordEncoder encoder,
                        @Value("${atlas.instructor.username:instructor}") String username,
                        @Value("${atlas.instructor.password:}") String password) {
        this.learners = learners;
        this.encoder = encoder;
        this.username = username;
        this.password = password;
    }

    /**
     * Not one transaction: with several app nodes starting together on one new database, two may both find no
     * instructor; the username's unique key lets one create it, and the other learns so and starts all the same.
     */
    @EventListener(ApplicationReadyEvent.class)
    void ensureInstructor() {
        boolean exists = learners.findAll().stream().anyMatch(l -> LearnerRef.INSTRUCTOR.equals(l.role()));
        if (exists) {
            return;
        }
        if (learners.findByUsernameIgnoreCase(username).isPresent()) {
            log.warn("No instructor exists and the username '{}' belongs to a learner; set ATLAS_INSTRUCTOR_USERNAME "
                    + "to another name to create the first instructor.", username);
            return;
        }
        String secret = password;
        boolean generated = secret == null || secret.isBlank();
        if (generated) {
            byte[] bytes = new byte[15];
            new SecureRandom().nextBytes(bytes);
            secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        Learner instructor = new Learner(LearnerRef.INSTRUCTOR, Instant.now());
        instructor.register(username, encoder.encode(secret));
        try {
            learners.saveAndFlush(instructor);
        } catch (DataIntegrityViolationException createdMeanwhile) {
            log.info("The first instructor account '{}' was created by another app node starting at the same time.",
                    username);
            return;
        }
        if (generated) {
            log.warn("\n\n  First instructor account created for live workshops:\n    username: {}\n    password: {}\n"
                    + "  This password is shown only now. Sign in at /login.\n", username, secret);
        } else {
            log.info("First instructor account '{}' created from ATLAS_INSTRUCTOR_USERNAME/PASSWORD.", username);
        }
    }
}
