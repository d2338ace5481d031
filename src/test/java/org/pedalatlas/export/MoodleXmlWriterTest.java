package org.pedalatlas.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pedalatlas.content.Question;

/** The Moodle XML export of the whole bank, re-imported into the bank's own records and compared field by field. */
class MoodleXmlWriterTest {

    private static byte[] xml;
    private static List<MoodleXmlReader.Imported> imported;

    @BeforeAll
    static void exportAndReimportTheWholeBank() throws Exception {
        xml = new Exporter(RealBank.CONTENT).export(ExportFilter.all(), ExportFormat.MOODLE_XML).bytes();
        imported = new MoodleXmlReader(RealBank.CONTENT).read(xml);
    }

    @Test
    void every_question_of_the_bank_reads_back_with_every_field_equal() {
        Map<String, Question> back = imported.stream().map(MoodleXmlReader.Imported::question)
                .collect(Collectors.toMap(Question::id, Function.identity()));
        assertThat(back).hasSameSizeAs(RealBank.CONTENT.questions());
        for (Question original : RealBank.CONTENT.questions()) {
            assertThat(back.get(original.id())).as(original.id()).usingRecursiveComparison().ignoringFields("file")
                    .isEqualTo(original);
        }
    }

    @Test
    void every_type_is_exported_as_its_moodle_question_type() {
        String text = new String(xml, StandardCharsets.UTF_8);
        for (String type : List.of("multichoice", "truefalse", "numerical", "ordering", "matching", "ddmarker")) {
            assertThat(text).contains("<question type=\"" + type + "\">");
        }
        assertThat(text).contains("<single>false</single>").contains("<units>").contains("<unitgradingtype>")
                .contains("<tolerance>").contains("encoding=\"base64\"").contains("<shape>polygon</shape>");
    }

    @Test
    void questions_are_filed_by_zone_and_topic_and_the_file_names_its_content_version() {
        for (MoodleXmlReader.Imported i : imported) {
            Question q = i.question();
            String zone = q.zones().isEmpty() ? "All zones" : "Zone " + q.zones().getFirst();
            assertThat(i.category()).isEqualTo("$course$/Pedal Access Atlas/" + zone + "/" + q.topics().getFirst());
        }
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("content version " + RealBank.CONTENT.version());
    }

    @Test
    void the_right_options_of_a_multiple_response_question_share_the_whole_mark_and_wrong_ones_cost_it() {
        Question q = RealBank.CONTENT.questions().stream().filter(x -> x.key() instanceof Question.MultipleChoice)
                .findFirst().orElseThrow();
        String one = new String(new MoodleXmlWriter(RealBank.CONTENT).write(List.of(q)), StandardCharsets.UTF_8);
        List<Double> fractions = java.util.regex.Pattern.compile("fraction=\"(-?[0-9.]+)\"").matcher(one).results()
                .map(m -> Double.valueOf(m.group(1))).toList();
        assertThat(fractions.stream().filter(f -> f > 0).mapToDouble(Double::doubleValue).sum()).isCloseTo(100, org.assertj.core.data.Offset.offset(0.01));
        assertThat(fractions.stream().filter(f -> f < 0).mapToDouble(Double::doubleValue).sum()).isCloseTo(-100, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void the_general_feedback_cites_the_source_passage() {
        Question q = RealBank.CONTENT.questions().getFirst();
        String one = new String(new MoodleXmlWriter(RealBank.CONTENT).write(List.of(q)), StandardCharsets.UTF_8);
        assertThat(one).contains("Source: " + RealBank.CONTENT.source().journal())
                .contains("https://doi.org/" + RealBank.CONTENT.source().doi());
    }
}
