package org.pedalatlas.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SourceReview.class)
class ContentLoaderTest {

    @TempDir
    Path temp;

    private ContentFixture fixture() {
        return ContentFixture.copyOfValid(temp);
    }

    private static List<ContentProblem> problemsOf(ContentFixture fixture) {
        try {
            fixture.load();
        } catch (ContentException e) {
            return e.problems();
        }
        throw new AssertionError("The broken fixture loaded without complaint");
    }

    @Test
    void valid_fixture_loads_into_typed_records_in_learning_path_order() {
        AtlasContent content = fixture().load();
        assertThat(content.pages()).extracting(AtlasPage::id)
                .containsExactly("zone-1", "dorsalis-pedis", "buddy-needle");
        AtlasPage dp = content.page("dorsalis-pedis").orElseThrow();
        assertThat(dp.kind()).isEqualTo(PageKind.VESSEL);
        assertThat(dp.zone()).isEqualTo(1);
        assertThat(dp.card()).extracting(CardFact::key).containsExactly("caliber", "approach");
        assertThat(content.glossary()).extracting(GlossaryTerm::term).containsExactly("ACT", "DP");
        assertThat(content.numbers().getFirst().value()).isEqualTo("200 µg bolus");
        assertThat(content.zoneMap().lines()).hasSize(3);
        assertThat(content.version()).hasSize(12);
    }

    @Test
    void unknown_key_names_file_line_and_the_known_keys() {
        var problems = problemsOf(fixture().edit("atlas/vessels/dorsalis-pedis.md",
                s -> s.replace("title: Dorsalis", "titel: Dorsalis")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("atlas/vessels/dorsalis-pedis.md");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("unknown key 'titel'");
            assertThat(p.hint()).contains("title");
        });
    }

    @Test
    void missing_required_field_is_named() {
        var problems = problemsOf(fixture().edit("atlas/techniques/buddy-needle.md",
                s -> s.replace("summary: A second needle fixes a calcified artery that rebounds.\n", "")));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("atlas/techniques/buddy-needle.md");
            assertThat(p.field()).isEqualTo("summary");
            assertThat(p.message()).contains("summary is missing");
        });
    }

    @Test
    void duplicate_id_across_folders_is_rejected() {
        ContentFixture f = fixture();
        f.write("atlas/topics/buddy-needle.md", "---\nid: buddy-needle\nkind: topic\ntitle: Again\nsummary: Twice.\n"
                + "order: 5\nsources:\n  s: {section: calcification, passage: \"Heavily calcified arteries\"}\n---\n"
                + "Text. [§s]\n");
        assertThat(problemsOf(f)).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("duplicate id 'buddy-needle'");
            assertThat(p.file() + " " + p.message()).contains("atlas/techniques/buddy-needle.md")
                    .contains("atlas/topics/buddy-needle.md");
        });
    }

    @Test
    void reference_to_a_page_that_does_not_exist_names_file_line_and_field() {
        var problems = problemsOf(fixture().edit("atlas/vessels/dorsalis-pedis.md",
                s -> s.replace("related: [buddy-needle]", "related: [buddy-needle, telescoping-needel]")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("related");
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.message()).contains("no atlas page with id 'telescoping-needel'");
        });
    }

    @Test
    void body_link_to_a_missing_page_is_rejected() {
        var problems = problemsOf(fixture().edit("atlas/techniques/buddy-needle.md",
                s -> s.replace("(atlas:dorsalis-pedis)", "(atlas:dorsal-pedis)")));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("'dorsal-pedis'"));
    }

    @Test
    void passage_that_is_not_in_the_source_is_rejected_with_its_section() {
        var problems = problemsOf(fixture().edit("atlas/techniques/buddy-needle.md",
                s -> s.replace("tend to refuse to be punctured", "are always easy to puncture")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("sources.rebound.passage");
            assertThat(p.message()).contains("does not occur in section 'calcification'");
        });
    }

    @Test
    void passage_cited_under_the_wrong_section_gets_a_hint_to_the_right_one() {
        var problems = problemsOf(fixture().edit("atlas/techniques/buddy-needle.md",
                s -> s.replace("section: calcification", "section: zone-2")));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.hint()).contains("calcification"));
    }

    @Test
    void wrong_dose_in_numbers_fails_validation() {
        var problems = problemsOf(fixture().edit("numbers.yml", s -> s.replace("value: 200 µg", "value: 300 µg")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("numbers.yml");
            assertThat(p.field()).isEqualTo("numbers[0].value");
            assertThat(p.message()).contains("300").contains("does not occur in its passage");
        });
    }

    @Test
    void marker_naming_no_reference_is_rejected() {
        var problems = problemsOf(fixture().edit("atlas/zones/zone-1.md", s -> s.replace("[§members]", "[§member]")));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("[§member] names no reference"));
    }

    @Test
    void paragraph_without_source_marker_is_rejected() {
        var problems = problemsOf(fixture().edit("atlas/zones/zone-1.md", s -> s + "\nAn unsupported claim.\n"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("without a source marker").contains("An unsupported claim.");
            assertThat(p.line()).isEqualTo(17);
        });
    }

    @Test
    void broken_yaml_names_the_line() {
        var problems = problemsOf(fixture().edit("glossary.yml", s -> s.replace("  - term: DP", "  - term: [DP")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("glossary.yml");
            assertThat(p.line()).isGreaterThan(0);
        });
    }

    @Test
    void card_key_that_the_format_does_not_know_is_rejected() {
        var problems = problemsOf(fixture().edit("atlas/vessels/dorsalis-pedis.md",
                s -> s.replace("  approach:", "  aproach:")));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("unknown card key 'aproach'"));
    }

    @Test
    void missing_file_is_named() {
        var problems = problemsOf(fixture().delete("glossary.yml"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("glossary.yml");
            assertThat(p.message()).contains("missing");
        });
    }

    @Test
    void zone_member_must_be_a_vessel_of_that_zone() {
        var problems = problemsOf(fixture().edit("atlas/zones/zone-1.md",
                s -> s.replace("members: [dorsalis-pedis]", "members: [dorsalis-pedis, buddy-needle]")));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("not a vessel of zone 1"));
    }

    @Test
    void every_problem_is_reported_at_once() {
        var problems = problemsOf(fixture()
                .edit("numbers.yml", s -> s.replace("value: 200 µg", "value: 250 µg"))
                .edit("atlas/zones/zone-1.md", s -> s.replace("[§members]", "")));
        assertThat(problems).hasSizeGreaterThanOrEqualTo(2);
        assertThat(new ContentException(problems).getMessage()).contains("numbers.yml").contains("zone-1.md");
    }
}
