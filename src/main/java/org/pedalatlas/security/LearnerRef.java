package org.pedalatlas.security;

/** Who is answering: a guest has no username. */
public record LearnerRef(long id, String username, String role) {

    public static final String LEARNER = "LEARNER";
    public static final String INSTRUCTOR = "INSTRUCTOR";

    public boolean guest() {
        return username == null;
    }

    public String displayName() {
        return guest() ? "Guest" : username;
    }
}
