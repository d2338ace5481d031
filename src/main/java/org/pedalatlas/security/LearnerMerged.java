package org.pedalatlas.security;

/**
 * Published when a guest signs in to an existing account: everything the guest did now belongs to the account.
 * Features that store per-learner data listen and move it.
 */
public record LearnerMerged(long fromGuestId, long toLearnerId) {
}
