package org.pedalatlas.workshop;

/** Where a live session stands. Answers are accepted only in {@code QUESTION}, before its closing time. */
public enum Phase { LOBBY, QUESTION, PAUSED, REVEAL, LEADERBOARD, ENDED }
