package org.pedalatlas.workshop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.pedalatlas.workshop.WorkshopRecords.Standing;

/** Ranks participants by score: equal scores share a rank, and the next rank skips as many (1, 1, 3). */
final class Standings {

    record Entry(long participantId, String nickname, int score) {
    }

    private Standings() {
    }

    static List<Standing> rank(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(Entry::score).reversed());
        List<Standing> list = new ArrayList<>(sorted.size());
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            if (i == 0 || e.score() != sorted.get(i - 1).score()) {
                rank = i + 1;
            }
            list.add(new Standing(rank, e.participantId(), e.nickname(), e.score()));
        }
        return List.copyOf(list);
    }
}
