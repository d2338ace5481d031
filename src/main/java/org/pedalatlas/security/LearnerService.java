package org.pedalatlas.security;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current learner — signed in, or a guest remembered in the HTTP session — and account creation. A guest who
 * signs up keeps their attempts (their row gets the username); a guest who signs in to an existing account has
 * their attempts moved over at sign-in ({@link GuestMerge}, {@link LearnerMerged}).
 */
@Service
public class LearnerService {

    static final String GUEST_KEY = LearnerService.class.getName() + ".guest";

    private final LearnerRepository learners;
    private final PasswordEncoder encoder;
    private final AuthenticationContext authentication;

    LearnerService(LearnerRepository learners, PasswordEncoder encoder, AuthenticationContext authentication) {
        this.learners = learners;
        this.encoder = encoder;
        this.authentication = authentication;
    }

    /**
     * The signed-in learner, or the guest of this browser session if they have started anything. Reads only: a
     * guest who signs in is merged into the account at sign-in ({@link GuestMerge}), not here.
     */
    @Transactional(readOnly = true)
    public Optional<LearnerRef> current() {
        Optional<String> name = authentication.getPrincipalName();
        if (name.isPresent()) {
            return learners.findByUsernameIgnoreCase(name.get()).map(Learner::ref);
        }
        Long guestId = guestId();
        return guestId == null ? Optional.empty()
                : learners.findById(guestId).filter(g -> g.username() == null).map(Learner::ref);
    }

    /** The current learner, creating a guest for this browser session if nobody is known yet. */
    @Transactional
    public LearnerRef currentOrNewGuest() {
        return current().orElseGet(() -> {
            Learner guest = learners.save(new Learner(LearnerRef.LEARNER, Instant.now()));
            setGuestId(guest.id());
            return guest.ref();
        });
    }

    /**
     * Creates an account. If this browser has a guest, the guest becomes the account and keeps its attempts.
     * The learner then signs in through the login form, the one way in.
     */
    @Transactional
    public LearnerRef signUp(String username, String password, String repeat, Locale language) {
        Map<String, String> errors = SignUpRules.check(username, password, repeat);
        if (!errors.isEmpty()) {
            throw new SignUpException(errors);
        }
        if (learners.findByUsernameIgnoreCase(username).isPresent()) {
            throw new SignUpException(Map.of("username", "This username cannot be used. Please choose another."));
        }
        Long guestId = guestId();
        Learner learner = guestId == null ? null : learners.findById(guestId).filter(g -> g.username() == null).orElse(null);
        if (learner == null) {
            learner = new Learner(LearnerRef.LEARNER, Instant.now());
        }
        learner.register(username, encoder.encode(password));
        learner.language(language == null ? null : language.toLanguageTag());
        return learners.save(learner).ref();
    }

    /** The signed-in learner's chosen interface language tag; empty for guests and those who never chose. */
    @Transactional(readOnly = true)
    public Optional<String> language() {
        return authentication.getPrincipalName().flatMap(learners::findByUsernameIgnoreCase)
                .map(Learner::language);
    }

    /** Keeps the interface language on the signed-in learner's account; guests have only their browser's cookie. */
    @Transactional
    public void saveLanguage(Locale language) {
        authentication.getPrincipalName().flatMap(learners::findByUsernameIgnoreCase)
                .ifPresent(l -> l.language(language.toLanguageTag()));
    }

    public boolean signedIn() {
        return authentication.isAuthenticated();
    }

    public boolean isInstructor() {
        return authentication.hasRole(LearnerRef.INSTRUCTOR);
    }

    public void signOut() {
        authentication.logout();
    }

    private static Long guestId() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : (Long) session.getSession().getAttribute(GUEST_KEY);
    }

    private static void setGuestId(Long id) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.getSession().setAttribute(GUEST_KEY, id);
        }
    }
}
