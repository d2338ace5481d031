/**
 * Who is learning: guests (a learner row kept in the HTTP session, created on the first attempt), learners who sign
 * up with a username and a BCrypt-hashed password — claiming the guest's attempts — and instructors. Spring Security
 * is set up with Vaadin's configurer; every view declares its access. Sign-in is CSRF-protected and throttled per
 * account and per client address; every response carries the security headers (see SECURITY.md for the why).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security and learners")
package org.pedalatlas.security;
