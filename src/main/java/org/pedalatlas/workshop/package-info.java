/**
 * Live workshops: an instructor runs a question set on a projector while participants answer on their phones.
 * Every join and answer is written to the database as it arrives and the session's phase with it, so a restart
 * loses nothing; the in-memory {@code LiveSession} is a cache of that state for fast fan-out over server push.
 * Questions and scoring come from the question bank, so answer keys live in one place and never reach a phone early.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workshop")
package org.pedalatlas.workshop;
