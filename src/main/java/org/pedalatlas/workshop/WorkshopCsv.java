package org.pedalatlas.workshop;

import java.util.List;
import java.util.Map;

import org.pedalatlas.quiz.QuizService;
import org.pedalatlas.quiz.ResponseCodec;

/** Writes a session's answers as CSV (RFC 4180 quoting), one row per participant and question. */
final class WorkshopCsv {

    private WorkshopCsv() {
    }

    static String write(LiveSession s, Map<Long, String> names, List<AnswerRow> answers, QuizService quiz) {
        StringBuilder csv = new StringBuilder("session,code,participant,question_number,question_id,answer,")
                .append("percent_right,points,seconds\r\n");
        answers.stream().sorted((a, b) -> a.participantId.equals(b.participantId)
                        ? Integer.compare(a.position, b.position)
                        : names.getOrDefault(a.participantId, "").compareTo(names.getOrDefault(b.participantId, "")))
                .forEach(a -> {
                    String qid = s.questionIds.get(a.position);
                    csv.append(cell(s.title)).append(',').append(s.code).append(',')
                            .append(cell(names.getOrDefault(a.participantId, "?"))).append(',')
                            .append(a.position + 1).append(',').append(qid).append(',')
                            .append(cell(quiz.describe(qid, ResponseCodec.decode(a.response)))).append(',')
                            .append(Math.round(a.fraction * 100)).append(',').append(a.points).append(',')
                            .append(String.format(java.util.Locale.ROOT, "%.1f", a.latencyMs / 1000.0)).append("\r\n");
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
