package org.pedalatlas.quiz;

/** Practice gives feedback at once and one retry; exam defers feedback to the end; review serves due questions. */
public enum Mode { PRACTICE, EXAM, REVIEW }
