package org.pedalatlas.workshop.ui;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.pedalatlas.base.Words;
import org.pedalatlas.bank.BankRecords.QuestionView;
import org.pedalatlas.bank.ui.HotspotInputFactory;
import org.pedalatlas.content.TranslationNote;

/**
 * The question cards of the live sessions, each written once per session, question and language and then handed
 * to every phone that shows it: a hall's phones no longer each build the same question's page (issue #12).
 * Bounded: a card is small, and the oldest go first.
 */
@Component
class PhoneCards {

    private static final int KEPT = 512;

    private final ObjectProvider<HotspotInputFactory> hotspots;
    private final Map<String, PhoneCard> cards = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PhoneCard> eldest) {
            return size() > KEPT;
        }
    };

    PhoneCards(ObjectProvider<HotspotInputFactory> hotspots) {
        this.hotspots = hotspots;
    }

    PhoneCard of(String code, QuestionView question, TranslationNote translation, Locale language) {
        String key = PhoneCard.keyOf(code, question, language);
        synchronized (cards) {
            return cards.computeIfAbsent(key, k -> PhoneCard.of(k, question, translation,
                    (word, args) -> Words.in(language, word, args),
                    (q, spot) -> hotspots.getObject().drawing(q, spot)));
        }
    }
}
