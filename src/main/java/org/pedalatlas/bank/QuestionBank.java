package org.pedalatlas.bank;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pedalatlas.bank.BankRecords.BankEntry;
import org.pedalatlas.bank.BankRecords.QuestionView;
import org.pedalatlas.bank.BankRecords.Reveal;
import org.pedalatlas.bank.BankRecords.UnknownQuestion;
import org.pedalatlas.content.AtlasContent;
import org.pedalatlas.content.ContentStore;
import org.pedalatlas.content.PageRef;
import org.pedalatlas.content.Question;
import org.pedalatlas.content.TranslationNote;
import org.springframework.stereotype.Service;

/**
 * The question bank's public face: presents a question in a given order, reads and scores responses, reveals the
 * key with its teaching, and describes responses in words. Attempts and workshops store what they need (the
 * shuffle, the response) and come here for everything that depends on the question's type.
 */
@Service
public class QuestionBank {

    private final AtlasContent content;
    private final Map<String, Question> questions;
    private final ContentStore store;

    public QuestionBank(ContentStore store) {
        this.store = store;
        this.content = store.content();
        this.questions = byId(content);
    }

    private static Map<String, Question> byId(AtlasContent content) {
        return content.questions().stream()
                .collect(Collectors.toMap(Question::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** Every question, in the bank's order. */
    public List<BankEntry> entries() {
        return questions.values().stream().map(this::entry).toList();
    }

    public Optional<BankEntry> entry(String questionId) {
        return Optional.ofNullable(questions.get(questionId)).map(this::entry);
    }

    /** The entry with its stem in the locale's language where translated. */
    public Optional<BankEntry> entry(String questionId, Locale locale) {
        return Optional.ofNullable(questions.get(questionId)).map(q -> entry(question(questionId, locale)));
    }

    public boolean exists(String questionId) {
        return questions.containsKey(questionId);
    }

    /** The version of the content the bank was read from, so stored work can say what it was asked from. */
    public String contentVersion() {
        return content.version();
    }

    /** A new random order for the question's options, items or right-hand values (empty when it has none). */
    public Shuffle newShuffle(String questionId, Random random) {
        return Presentation.shuffle(question(questionId), random);
    }

    public QuestionView present(String questionId, Shuffle shuffle, int position, int total) {
        return Presentation.of(question(questionId), shuffle, position, total);
    }

    /**
     * The question in the locale's language where translated (field by field, English otherwise). Translations
     * keep the English order of options and items, so a shuffle and a response mean the same in every language.
     */
    public QuestionView present(String questionId, Shuffle shuffle, int position, int total, Locale locale) {
        return Presentation.of(question(questionId, locale), shuffle, position, total);
    }

    /** What the reader should be told about the question's translation; empty when it is shown in English. */
    public Optional<TranslationNote> translationNote(String questionId, Locale locale) {
        return store.translation(locale).flatMap(t -> t.question(questionId));
    }

    /** Why a response cannot be taken as an answer (an unreadable number…); empty when it can be scored. */
    public Optional<NumberProblem> problem(String questionId, Response response) {
        return question(questionId).key() instanceof Question.Numeric key && response instanceof Response.Numeric n
                ? NumericAnswer.problem(n.text(), key) : Optional.empty();
    }

    public Score score(String questionId, Response response) {
        return Scorer.score(question(questionId), response);
    }

    /** The response in words, e.g. for results and exports. */
    public String describe(String questionId, Response response) {
        return AnswerTexts.response(question(questionId), response);
    }

    public String describe(String questionId, Response response, Locale locale) {
        return AnswerTexts.response(question(questionId, locale), response);
    }

    /** The key and teaching, with no option marked as chosen. */
    public Reveal reveal(String questionId) {
        return reveal(questionId, new Response.Choice(java.util.Set.of()));
    }

    /** The key and teaching in the locale's language where translated, with no option marked as chosen. */
    public Reveal reveal(String questionId, Locale locale) {
        return reveal(questionId, new Response.Choice(java.util.Set.of()), locale);
    }

    /** The key and teaching, with the options the response chose marked. */
    public Reveal reveal(String questionId, Response response) {
        return reveal(questionId, response, Locale.ENGLISH);
    }

    /** The key and teaching in the locale's language where translated; the source passage stays English. */
    public Reveal reveal(String questionId, Response response, Locale locale) {
        Question q = question(questionId, locale);
        AtlasContent in = store.content(locale);
        return new Reveal(AnswerTexts.key(q), q.explanation(), AnswerTexts.options(q, response),
                in.source().section(q.src().section()).label(), q.src().passage(), pages(q, in));
    }

    private BankEntry entry(Question q) {
        return new BankEntry(q.id(), q.type(), q.difficulty(), q.stem(), q.zones(), q.topics(), pages(q));
    }

    private List<PageRef> pages(Question q) {
        return pages(q, content);
    }

    private static List<PageRef> pages(Question q, AtlasContent in) {
        return q.pages().stream().map(id -> in.page(id).map(p -> new PageRef(p.id(), p.title())))
                .flatMap(Optional::stream).toList();
    }

    private Question question(String id, Locale locale) {
        Question english = question(id);
        return store.translation(locale).flatMap(t -> t.content().questions().stream()
                .filter(q -> q.id().equals(id)).findFirst()).orElse(english);
    }

    private Question question(String id) {
        Question q = questions.get(id);
        if (q == null) {
            throw new UnknownQuestion(id);
        }
        return q;
    }
}
