package org.pedalatlas.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pedalatlas.content.Question;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The GIFT export of the whole bank, read by a GIFT parser that is not ours: gift-pegjs (npm), run with Node. It is
 * installed into target/ on first use. Every exported question must come back with its title, type, stem, right
 * answers and feedback: that also proves the escaping of {@code ~ = # { } :}.
 */
class GiftParserTest {

    static final String PARSER = "gift-pegjs@1.0.2";
    private static final Path DIR = Path.of("target/gift-parser");

    private static List<JsonNode> parsed;
    private static Map<String, Question> bank;

    @BeforeAll
    static void parseTheWholeBank() throws Exception {
        assumeThat(run(List.of("node", "--version"), 30)).as("node is not installed: the GIFT export is not parsed").isZero();
        if (!Files.exists(DIR.resolve("node_modules/gift-pegjs/package.json"))) {
            Files.createDirectories(DIR);
            assertThat(run(List.of("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", DIR.toString(), PARSER), 300))
                    .as("npm install " + PARSER).isZero();
        }
        ExportFile gift = new Exporter(RealBank.CONTENT).export(ExportFilter.all(), ExportFormat.GIFT);
        Path in = DIR.resolve("bank.gift.txt");
        Path out = DIR.resolve("bank.json");
        Files.write(in, gift.bytes());
        Files.writeString(DIR.resolve("parse.js"), """
                const fs = require('fs');
                const { parse } = require('gift-pegjs');
                fs.writeFileSync(process.argv[3], JSON.stringify(parse(fs.readFileSync(process.argv[2], 'utf8'))));
                """);
        assertThat(run(List.of("node", DIR.resolve("parse.js").toString(), in.toString(), out.toString()), 120))
                .as("gift-pegjs parses the export").isZero();
        parsed = new ArrayList<>();
        new ObjectMapper().readTree(out.toFile()).forEach(parsed::add);
        bank = RealBank.CONTENT.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
    }

    @Test
    void every_question_gift_can_express_is_read_back_and_the_others_are_listed_as_skipped() {
        List<JsonNode> questions = parsed.stream().filter(n -> !n.get("type").asString().equals("Category")).toList();
        long expressible = bank.values().stream().filter(q -> GiftWriter.skipReason(q).isEmpty()).count();
        assertThat(questions).hasSize((int) expressible);
        assertThat(expressible).isGreaterThan(100);
        ExportFile gift = new Exporter(RealBank.CONTENT).export(ExportFilter.all(), ExportFormat.GIFT);
        assertThat(gift.skipped()).extracting(ExportFile.Skipped::questionId).containsExactlyInAnyOrderElementsOf(
                bank.values().stream().filter(q -> GiftWriter.skipReason(q).isPresent()).map(Question::id).toList());
        assertThat(gift.skipped()).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
        assertThat(new String(gift.bytes(), StandardCharsets.UTF_8)).contains("content version " + RealBank.CONTENT.version());
    }

    @Test
    void each_question_comes_back_with_its_stem_answers_and_feedback() {
        for (JsonNode n : parsed) {
            if (n.get("type").asString().equals("Category")) {
                assertThat(n.get("title").asString()).startsWith("$course$/Pedal Access Atlas/");
                continue;
            }
            Question q = bank.get(n.get("title").asString());
            assertThat(q).as(n.get("title").asString()).isNotNull();
            String stem = text(n.get("stem"));
            assertThat(stem).as(q.id()).startsWith(norm(q.stem()));
            assertThat(text(n.get("globalFeedback"))).as(q.id()).contains(norm(q.explanation())).contains(norm(q.src().passage()));
            switch (q.key()) {
                case Question.SingleChoice s -> choices(q, n, s.options());
                case Question.MultipleChoice m -> choices(q, n, m.options());
                case Question.TrueFalse t -> {
                    assertThat(n.get("type").asString()).isEqualTo("TF");
                    assertThat(n.get("isTrue").asBoolean()).as(q.id()).isEqualTo(t.answer());
                }
                case Question.Numeric num -> {
                    assertThat(n.get("type").asString()).isEqualTo("Numerical");
                    assertThat(n.get("choices").get("number").asDouble()).as(q.id()).isEqualTo(num.value());
                    assertThat(n.get("choices").get("range").asDouble()).as(q.id()).isEqualTo(num.tolerance());
                    if (!num.unit().isBlank()) {
                        assertThat(stem).as(q.id() + " names its unit").contains(num.unit());
                    }
                }
                case Question.Matching m -> {
                    assertThat(n.get("type").asString()).isEqualTo("Matching");
                    List<String> pairs = new ArrayList<>();
                    n.get("matchPairs").forEach(p -> pairs.add(text(p.get("subquestion")) + " -> " + subanswer(p)));
                    assertThat(pairs).as(q.id()).containsExactlyElementsOf(
                            m.pairs().stream().map(p -> norm(p.left()) + " -> " + norm(p.right())).toList());
                }
                case Question.Ordering o -> throw new AssertionError("GIFT cannot hold ordering: " + q.id());
                case Question.Hotspot h -> throw new AssertionError("GIFT cannot hold hotspots: " + q.id());
            }
        }
    }

    private static void choices(Question q, JsonNode n, List<Question.Option> options) {
        assertThat(n.get("type").asString()).isEqualTo("MC");
        List<JsonNode> choices = new ArrayList<>();
        n.get("choices").forEach(choices::add);
        assertThat(choices).as(q.id()).hasSize(options.size());
        double total = 0;
        for (int i = 0; i < options.size(); i++) {
            Question.Option o = options.get(i);
            JsonNode c = choices.get(i);
            assertThat(text(c.get("text"))).as(q.id()).isEqualTo(norm(o.text()));
            if (o.why() != null && !o.why().isBlank()) {
                assertThat(text(c.get("feedback"))).as(q.id()).isEqualTo(norm(o.why()));
            }
            JsonNode weight = c.get("weight");
            if (weight == null || weight.isNull()) {
                assertThat(c.get("isCorrect").asBoolean()).as(q.id()).isEqualTo(o.correct());
            } else {
                assertThat(weight.asDouble() > 0).as(q.id() + " option " + i).isEqualTo(o.correct());
                total += weight.asDouble() > 0 ? weight.asDouble() : 0;
            }
        }
        if (q.key() instanceof Question.MultipleChoice) {
            assertThat(total).as(q.id() + ": right options share the whole mark").isCloseTo(100, org.assertj.core.data.Offset.offset(0.01));
        }
    }

    /**
     * gift-pegjs hands back an escaped colon in a matching answer as Moodle's own placeholder for it, "&&058;",
     * which Moodle's GIFT import turns back into ":" (its escapedchar_post); Moodle's GIFT export escapes it the
     * same way we do.
     */
    private static String subanswer(JsonNode pair) {
        return norm(pair.get("subanswer").asString().replace("&&058;", ":"));
    }

    private static String text(JsonNode formatted) {
        return norm(formatted.get("text").asString());
    }

    private static String norm(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static int run(List<String> command, int seconds) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(DIR.getParent().resolve("gift-parser.log").toFile()).start();
        } catch (IOException e) {
            return -1;
        }
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -2;
        }
        return p.exitValue();
    }
}
