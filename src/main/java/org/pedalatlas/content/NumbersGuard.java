package org.pedalatlas.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the clinical numbers of a translated text with its English original: the multiset of numbers with
 * their units must be the same. A translation may reword everything except a dose, a size, a time or a count.
 * <p>
 * Italian and Spanish write a decimal comma, so "0,5 mg" equals "0.5 mg"; a point before exactly three digits
 * after a non-zero lead ("5.000 UI") is read as a thousands separator there, as English reads "5,000 IU". Unit
 * words are folded to one spelling across the three languages ("secondi", "segundos", "seconds", "s" are one unit).
 */
public final class NumbersGuard {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.,])(\\d+(?:[.,]\\d+)*)(?:\\s*[-‑]?\\s*(\\p{L}+|%|°|µg|″|\"))?");
    private static final Map<String, String> UNITS = units();

    private NumbersGuard() {
    }

    /** A number with its unit, as compared: {@code 0.5 mg}, {@code 250} (no unit), {@code 20 %}. */
    public record Quantity(BigDecimal value, String unit) implements Comparable<Quantity> {
        @Override
        public int compareTo(Quantity o) {
            int c = value.compareTo(o.value);
            return c != 0 ? c : unit.compareTo(o.unit);
        }

        @Override
        public String toString() {
            return value.toPlainString() + (unit.isEmpty() ? "" : " " + unit);
        }
    }

    /**
     * What differs between the English and the translated text, in words ("0.5 mg in English, 0.4 mg in the
     * translation"); empty when the numbers agree.
     */
    public static Optional<String> difference(String english, String translated, String language) {
        Map<Quantity, Integer> en = count(quantities(english, "en"));
        Map<Quantity, Integer> tr = count(quantities(translated, language));
        if (en.equals(tr)) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        en.forEach((q, n) -> {
            for (int i = tr.getOrDefault(q, 0); i < n; i++) {
                missing.add(q.toString());
            }
        });
        tr.forEach((q, n) -> {
            for (int i = en.getOrDefault(q, 0); i < n; i++) {
                extra.add(q.toString());
            }
        });
        StringBuilder why = new StringBuilder();
        if (!missing.isEmpty()) {
            why.append("the English has ").append(String.join(", ", missing)).append(" that the translation lacks");
        }
        if (!extra.isEmpty()) {
            why.append(why.isEmpty() ? "" : "; ").append("the translation has ").append(String.join(", ", extra))
                    .append(" that the English lacks");
        }
        return Optional.of(why.toString());
    }

    /** Every number of the text with its unit (empty unit when a plain count or a word follows). */
    public static List<Quantity> quantities(String text, String language) {
        List<Quantity> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = NUMBER.matcher(PageParser.MARKER.matcher(text).replaceAll(" "));
        while (m.find()) {
            BigDecimal value = value(m.group(1), language);
            if (value == null) {
                continue;
            }
            String unit = m.group(2) == null ? "" : UNITS.getOrDefault(m.group(2).toLowerCase(Locale.ROOT), "");
            out.add(new Quantity(value.stripTrailingZeros(), unit));
        }
        return out;
    }

    private static BigDecimal value(String written, String language) {
        boolean english = language.equals("en");
        char decimal = english ? '.' : ',';
        char thousands = english ? ',' : '.';
        String s = written;
        // A point in an Italian or Spanish text is a decimal point when it cannot be a thousands separator:
        // "0.018" (device sizes are often written the English way) or "1.5".
        if (!english && s.indexOf(',') < 0 && !s.matches("[1-9]\\d{0,2}(\\.\\d{3})+")) {
            thousands = ',';
            decimal = '.';
        }
        if (english && s.indexOf('.') < 0 && !s.matches("[1-9]\\d{0,2}(,\\d{3})+")) {
            // "1,2" in an English list of figures is two numbers, not one: read the first.
            s = s.substring(0, s.indexOf(',') < 0 ? s.length() : s.indexOf(','));
        }
        s = s.replace(String.valueOf(thousands), "").replace(decimal, '.');
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<Quantity, Integer> count(List<Quantity> list) {
        Map<Quantity, Integer> counts = new TreeMap<>();
        list.forEach(q -> counts.merge(q, 1, Integer::sum));
        return counts;
    }

    private static Map<String, String> units() {
        Map<String, String> u = new TreeMap<>();
        put(u, "mg", "mg", "milligrams", "milligrammi", "miligramos");
        put(u, "µg", "µg", "mcg", "ug", "microgr", "micrograms", "microgrammi", "microgramos");
        put(u, "ml", "ml", "mL", "milliliters", "millilitres", "millilitri", "mililitros");
        put(u, "mm", "mm", "millimeters", "millimetres", "millimetri", "milímetros", "milimetros");
        put(u, "cm", "cm", "centimeters", "centimetres", "centimetri", "centímetros", "centimetros");
        put(u, "in", "inch", "inches", "pollici", "pollice", "pulgadas", "pulgada", "″", "\"");
        put(u, "Fr", "f", "fr", "french");
        put(u, "G", "g", "gauge");
        put(u, "IU", "iu", "ui", "units", "unità", "unidades");
        put(u, "%", "%", "percent", "percento");
        put(u, "°", "°", "degrees", "gradi", "grados");
        put(u, "s", "s", "sec", "seconds", "secondi", "segundos");
        put(u, "min", "min", "minutes", "minute", "minuti", "minuto", "minutos");
        put(u, "h", "h", "hours", "hour", "ore", "horas");
        put(u, "days", "days", "day", "giorni", "giorno", "días", "dias", "día", "dia");
        put(u, "weeks", "weeks", "week", "settimane", "settimana", "semanas", "semana");
        put(u, "months", "months", "month", "mesi", "mese", "meses", "mes");
        put(u, "kg", "kg");
        put(u, "atm", "atm", "atmospheres", "atmosfere", "atmósferas");
        return u;
    }

    private static void put(Map<String, String> map, String unit, String... spellings) {
        for (String s : spellings) {
            map.put(s.toLowerCase(Locale.ROOT), unit);
        }
    }
}
