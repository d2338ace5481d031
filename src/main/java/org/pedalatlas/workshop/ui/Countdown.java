package org.pedalatlas.workshop.ui;

import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.html.Span;

/**
 * A countdown that ticks in the browser: the server sends the remaining milliseconds once, so hundreds of phones
 * need no push every second (and a phone's clock being off does not matter).
 */
final class Countdown extends Span {

    Countdown() {
        addClassName("countdown");
        getElement().setAttribute("aria-live", "off");
        getElement().setAttribute("role", "timer");
    }

    void show(Instant closesAt, Long pausedRemainingMs) {
        if (pausedRemainingMs != null) {
            stop(getTranslation("workshop.countdown.paused", (pausedRemainingMs + 999) / 1000));
            return;
        }
        if (closesAt == null) {
            stop(getTranslation("workshop.countdown.none"));
            return;
        }
        long remaining = Math.max(0, Duration.between(Instant.now(), closesAt).toMillis());
        getElement().executeJs("""
                const el = this; clearInterval(el._timer);
                const end = Date.now() + $0;
                const draw = () => { const s = Math.max(0, Math.ceil((end - Date.now()) / 1000));
                  el.textContent = s > 0 ? $1.replace('{0}', s.toLocaleString($3)) : $2; el.classList.toggle('low', s <= 5);
                  if (s <= 0) clearInterval(el._timer); };
                draw(); el._timer = setInterval(draw, 250);""", remaining, getTranslation("workshop.countdown.seconds"),
                getTranslation("workshop.countdown.time-up"), getLocale().toLanguageTag());
    }

    private void stop(String text) {
        getElement().executeJs("clearInterval(this._timer)");
        setText(text);
    }
}
