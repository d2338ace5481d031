package org.pedalatlas.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each broken tree or case fixture states on its first line ({@code # expect: …}) the message it must produce;
 * the loader must name the file and the node or step with it.
 */
@ExtendWith(SourceReview.class)
class TreeValidationTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TempDir
    Path dir;

    static Stream<String> brokenTrees() throws IOException {
        return broken("trees");
    }

    static Stream<String> brokenCases() throws IOException {
        return broken("cases");
    }

    private static Stream<String> broken(String folder) throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES.resolve(folder))) {
            return files.map(p -> folder + "/" + p.getFileName()).filter(n -> !n.contains("/valid-")).sorted().toList()
                    .stream();
        }
    }

    @Test
    void a_valid_tree_with_a_repeat_loop_and_a_valid_case_load() throws IOException {
        AtlasContent content = withFixture("trees/valid-repeat-loop.yml")
                .write("cases/valid-case.yml", Files.readString(FIXTURES.resolve("cases/valid-case.yml"))).load();
        assertThat(content.trees()).singleElement().satisfies(t -> {
            assertThat(t.startNode().id()).isEqualTo("back-bleeding");
            assertThat(t.node("toc-toc").orElseThrow().choices()).hasSize(2);
        });
        assertThat(content.cases()).singleElement().satisfies(c -> assertThat(c.steps()).hasSize(2));
    }

    @ParameterizedTest
    @MethodSource("brokenTrees")
    void each_broken_tree_fails_with_its_message_naming_file_and_node(String fixture) throws IOException {
        expectProblem(fixture);
    }

    @ParameterizedTest
    @MethodSource("brokenCases")
    void each_broken_case_fails_with_its_message_naming_file_and_step(String fixture) throws IOException {
        expectProblem(fixture);
    }

    private void expectProblem(String fixture) throws IOException {
        String text = Files.readString(FIXTURES.resolve(fixture));
        String expected = text.lines().findFirst().orElseThrow().replaceFirst("^# expect: ", "");
        ContentFixture content = withFixture(fixture);
        assertThatThrownBy(content::load).isInstanceOfSatisfying(ContentException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo(fixture);
                    assertThat(p.message()).contains(expected);
                    assertThat(p.line()).isPositive();
                }));
    }

    private ContentFixture withFixture(String fixture) throws IOException {
        return ContentFixture.copyOfValid(dir).write(fixture, Files.readString(FIXTURES.resolve(fixture)));
    }
}
