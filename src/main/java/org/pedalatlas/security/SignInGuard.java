package org.pedalatlas.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Throttles sign-in per account and per client address ({@link SignInThrottle}), the instructor's account like any
 * other, and writes each failure and each refusal to the log — the account name as typed (cleaned of control
 * characters) and the address, never the password.
 */
@Component
@EnableConfigurationProperties(SignInLimits.class)
class SignInGuard {

    private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);
    private static final int MAX_NAME = 64;

    private final SignInThrottle accounts;
    private final SignInThrottle clients;

    SignInGuard(SignInLimits limits) {
        this.accounts = new SignInThrottle(limits.account(), limits.maxKeys());
        this.clients = new SignInThrottle(limits.client(), limits.maxKeys());
    }

    /** How long this account, or this client, must wait before trying again; empty when it may try now. */
    Optional<Duration> refusal(String username, String client) {
        Optional<Duration> account = accounts.waitFor(accountKey(username));
        Optional<Duration> address = clients.waitFor(client);
        Optional<Duration> wait = account.isPresent() && address.isPresent()
                ? Optional.of(account.get().compareTo(address.get()) >= 0 ? account.get() : address.get())
                : account.or(() -> address);
        wait.ifPresent(w -> log.warn("Sign-in refused without checking the password: account '{}' from {} must wait {} s "
                + "after repeated failures", printable(username), client, seconds(w)));
        return wait;
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        String username = String.valueOf(failure.getAuthentication().getName());
        String client = client(failure.getAuthentication());
        long accountLeft = accounts.failed(accountKey(username));
        long clientLeft = clients.failed(client);
        log.warn("Sign-in failed for account '{}' from {} ({}); {} more before the account must wait, {} before the "
                        + "address must", printable(username), client, failure.getException().getClass().getSimpleName(),
                accountLeft, clientLeft);
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        accounts.succeeded(accountKey(success.getAuthentication().getName()));
    }

    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static String client(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }

    /** Accounts are matched case-insensitively at sign-in, so they are throttled that way too. */
    private static String accountKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    /** What an attacker typed goes to the log without line breaks or other control characters, and short. */
    static String printable(String typed) {
        if (typed == null) {
            return "";
        }
        String clean = typed.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > MAX_NAME ? clean.substring(0, MAX_NAME) + "…" : clean;
    }
}
