package org.pedalatlas.workshop;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/** Writes a session's answers as CSV (RFC 4180 quoting), one row per participant and question. */
final class WorkshopCsv {

    static final String HEADER = "session,code,participant,question_number,question_id,answer,percent_right,points,seconds";

    private WorkshopCsv() {
    }

    /**
     * @param describe turns a question id and a stored response into the answer in words
     */
    static String write(String title, String code, List<String> questionIds, Map<Long, String> names,
                        List<AnswerRow> answers, BiFunction<String, String, String> describe) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        answers.stream()
                .sorted(Comparator.comparing((AnswerRow a) -> names.getOrDefault(a.participantId, ""))
                        .thenComparing(a -> a.participantId).thenComparing(a -> a.position))
                .forEach(a -> {
                    String qid = questionIds.get(a.position);
                    csv.append(cell(title)).append(',').append(code).append(',')
                            .append(cell(names.getOrDefault(a.participantId, "?"))).append(',')
                            .append(a.position + 1).append(',').append(qid).append(',')
                            .append(cell(describe.apply(qid, a.response))).append(',')
                            .append(Math.round(a.fraction * 100)).append(',').append(a.points).append(',')
                            .append(String.format(Locale.ROOT, "%.1f", a.latencyMs / 1000.0)).append("\r\n");
                });
        return csv.toString();
    }

    /** Quotes a cell; a leading = + - @ is neutralised so a spreadsheet does not run it as a formula. */
    static String cell(String text) {
        String safe = text == null ? "" : text;
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
