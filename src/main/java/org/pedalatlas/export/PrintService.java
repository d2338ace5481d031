package org.pedalatlas.export;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.pedalatlas.content.ContentStore;
import org.pedalatlas.content.Question;
import org.pedalatlas.trees.TreeService;
import org.springframework.stereotype.Service;

/**
 * The atlas on paper, as PDF: the pocket card and the zone handouts (reading material, for anyone) and a paper quiz
 * with its answer key from an export filter (the instructor's). Content does not change while the app runs, so the
 * card and handouts are laid out once and kept.
 */
@Service
public class PrintService {

    /** A PDF ready to download. */
    public record PrintFile(String fileName, byte[] bytes) {
        public static final String MEDIA_TYPE = "application/pdf";
    }

    private final Exporter exporter;
    private final PaperQuiz paper;
    private final PocketCard card;
    private final ZoneHandout handout;
    private final String version;
    private final Map<String, PrintFile> made = new ConcurrentHashMap<>();

    PrintService(ContentStore store, TreeService trees) {
        this.exporter = new Exporter(store.content());
        this.paper = new PaperQuiz(store.content());
        this.card = new PocketCard(store.content());
        this.handout = new ZoneHandout(store.content(), trees::map);
        this.version = store.content().version();
    }

    public PrintFile pocketCard() {
        return made.computeIfAbsent("card", k -> new PrintFile(Prints.cardName(version), card.render()));
    }

    /** @param zone 1, 2 or 3 */
    public PrintFile zoneHandout(int zone) {
        if (zone < 1 || zone > 3) {
            throw new IllegalArgumentException("There are zones 1 to 3, not " + zone);
        }
        return made.computeIfAbsent("zone-" + zone,
                k -> new PrintFile(Prints.handoutName(zone, version), handout.render(zone)));
    }

    /** How many questions a paper quiz with this filter would hold. */
    public int quizSize(ExportFilter filter) {
        return exporter.select(filter).size();
    }

    public PrintFile paperQuiz(ExportFilter filter) {
        List<Question> questions = exporter.select(filter);
        return new PrintFile(Prints.quizName(version), paper.quiz(questions, Prints.describe(filter)));
    }

    public PrintFile answerKey(ExportFilter filter) {
        List<Question> questions = exporter.select(filter);
        return new PrintFile(Prints.keyName(version), paper.key(questions, Prints.describe(filter)));
    }
}
