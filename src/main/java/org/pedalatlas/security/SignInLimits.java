package org.pedalatlas.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins an account and a client address may make ({@link SignInThrottle.Limits}). An account
 * gets 5 free tries, then one per 15 seconds, and is locked after 10 until 15 minutes have passed since the first;
 * a client address gets more, because a conference room may share one address, but not unlimited, so that one
 * machine cannot try passwords against many accounts.
 */
@ConfigurationProperties("atlas.sign-in")
record SignInLimits(@DefaultValue("5") int accountFree,
                    @DefaultValue("15s") Duration accountDelay,
                    @DefaultValue("10") int accountLockAfter,
                    @DefaultValue("15m") Duration accountLockFor,
                    @DefaultValue("20") int clientFree,
                    @DefaultValue("5s") Duration clientDelay,
                    @DefaultValue("50") int clientLockAfter,
                    @DefaultValue("15m") Duration clientLockFor,
                    @DefaultValue("10000") int maxKeys) {

    SignInThrottle.Limits account() {
        return new SignInThrottle.Limits(accountFree, accountDelay, accountLockAfter, accountLockFor);
    }

    SignInThrottle.Limits client() {
        return new SignInThrottle.Limits(clientFree, clientDelay, clientLockAfter, clientLockFor);
    }
}
