package org.pedalatlas.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WorkshopCsvTest {

    @Test
    void one_row_per_participant_and_question_sorted_by_name_with_answers_in_words() {
        List<AnswerRow> answers = List.of(
                new AnswerRow(2, 1, 7, "tf:true", 1, 1000, 2500, Instant.EPOCH),
                new AnswerRow(1, 0, 7, "choice:0", 0, 0, 1234, Instant.EPOCH),
                new AnswerRow(2, 0, 7, "choice:1", 1, 800, 999, Instant.EPOCH));
        String csv = WorkshopCsv.write("Zone 1, \"live\"", "123456", List.of("qa", "qb"),
                Map.of(1L, "Ana", 2L, "Ben"), answers, (q, stored) -> q + ":" + stored);
        assertThat(csv.split("\r\n")).containsExactly(WorkshopCsv.HEADER,
                "\"Zone 1, \"\"live\"\"\",123456,\"Ana\",1,qa,\"qa:choice:0\",0,0,1.2",
                "\"Zone 1, \"\"live\"\"\",123456,\"Ben\",1,qa,\"qa:choice:1\",100,800,1.0",
                "\"Zone 1, \"\"live\"\"\",123456,\"Ben\",2,qb,\"qb:tf:true\",100,1000,2.5");
    }

    @Test
    void cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised() {
        assertThat(WorkshopCsv.cell("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(WorkshopCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(WorkshopCsv.cell("-5 mg")).isEqualTo("\"'-5 mg\"");
        assertThat(WorkshopCsv.cell(null)).isEqualTo("\"\"");
    }
}
