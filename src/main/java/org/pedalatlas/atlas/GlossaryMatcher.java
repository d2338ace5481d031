package org.pedalatlas.atlas;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pedalatlas.content.GlossaryTerm;

/**
 * Finds a glossary term (or one of its aliases) as a whole word. Abbreviations written in capitals match only in
 * capitals, so "US" (ultrasound) does not light up inside ordinary words or the pronoun "us".
 */
record GlossaryMatcher(GlossaryTerm term, List<Pattern> patterns, int longestName) {

    GlossaryMatcher(GlossaryTerm term) {
        this(term, patterns(term), names(term).stream().mapToInt(String::length).max().orElse(0));
    }

    String slug() {
        return term.slug();
    }

    Matcher find(String text) {
        Matcher best = null;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = m;
            }
        }
        return best;
    }

    private static List<String> names(GlossaryTerm term) {
        List<String> names = new ArrayList<>(term.aliases());
        names.addFirst(term.term());
        return names;
    }

    private static List<Pattern> patterns(GlossaryTerm term) {
        return names(term).stream().map(name -> {
            boolean abbreviation = name.chars().filter(Character::isUpperCase).count() >= 2;
            String regex = "(?<![\\p{L}\\p{N}-])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}-])";
            return abbreviation ? Pattern.compile(regex)
                    : Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }).toList();
    }
}
