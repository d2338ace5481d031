package org.pedalatlas.bank;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.pedalatlas.bank.BankRecords.QuestionView;
import org.pedalatlas.content.Question;

/** Builds the key-free prompt of a question in a shuffled order, and the shuffles a question type needs. */
final class Presentation {

    private Presentation() {
    }

    static QuestionView of(Question q, Shuffle shuffle, int position, int total) {
        Prompt prompt = switch (q.key()) {
            case Question.SingleChoice k -> new Prompt.OneOf(choices(k.options().stream().map(Question.Option::text).toList(), shuffle));
            case Question.MultipleChoice k -> new Prompt.AnyOf(choices(k.options().stream().map(Question.Option::text).toList(), shuffle));
            case Question.TrueFalse k -> new Prompt.TrueOrFalse();
            case Question.Numeric k -> new Prompt.Number(k.unit());
            case Question.Ordering k -> new Prompt.Order(choices(k.items(), shuffle));
            case Question.Matching k -> new Prompt.Match(k.pairs().stream().map(Question.Pair::left).toList(),
                    choices(k.distinctRights(), shuffle));
            case Question.Hotspot k -> new Prompt.Spot(k.figure());
        };
        return new QuestionView(q.id(), position, total, q.stem(), prompt);
    }

    /** How many entries a question shows in an order of its own: options, order items or distinct rights. */
    static int shuffled(Question q) {
        return switch (q.key()) {
            case Question.SingleChoice k -> k.options().size();
            case Question.MultipleChoice k -> k.options().size();
            case Question.TrueFalse k -> 0;
            case Question.Numeric k -> 0;
            case Question.Ordering k -> k.items().size();
            case Question.Matching k -> k.distinctRights().size();
            case Question.Hotspot k -> 0;
        };
    }

    static Shuffle shuffle(Question q, Random random) {
        return Shuffle.random(shuffled(q), random);
    }

    private static List<Prompt.Choice> choices(List<String> texts, Shuffle shuffle) {
        Shuffle order = shuffle.fits(texts.size()) ? shuffle : Shuffle.identity(texts.size());
        return IntStream.range(0, texts.size()).mapToObj(i -> new Prompt.Choice(order.original(i),
                texts.get(order.original(i)))).toList();
    }
}
