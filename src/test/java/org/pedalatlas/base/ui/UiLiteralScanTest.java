package org.pedalatlas.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A simple scan of the views ({@code *}{@code /ui/*.java}) for words written into the code instead of the bundles:
 * a string literal with a letter in it, passed where people read it. It is a scan, not a parser: it catches the
 * usual shapes (constructors of text components, setters of labels and messages, notifications, titles); review
 * catches the rest.
 */
class UiLiteralScanTest {

    private static final Path MAIN = Path.of("src/main/java/org/pedalatlas");

    /** A string literal that holds at least one letter (a word), so "×", "→", " · " and "" pass. */
    private static final String WORDY = "\"[^\"\\n]*\\p{L}[^\"\\n]*\"";

    private static final List<Pattern> SHAPES = List.of(
            Pattern.compile("new (Span|H1|H2|H3|H4|Button|Paragraph|RouterLink|Details|Text|ListItem|NativeLabel"
                    + "|TextField|IntegerField|PasswordField|Checkbox|CheckboxGroup<[^>]*>|RadioButtonGroup<[^>]*>"
                    + "|ComboBox<[^>]*>|Select<[^>]*>|MultiSelectComboBox<[^>]*>|SideNavItem)\\(\\s*" + WORDY),
            Pattern.compile("new Anchor\\([^,()]+(\\([^)]*\\))?,\\s*" + WORDY),
            Pattern.compile("\\.(setText|setLabel|setPlaceholder|setHelperText|setErrorMessage|setAriaLabel"
                    + "|setHeaderTitle|setTooltipText|setHeader|setTitle|setDialogText)\\(\\s*" + WORDY),
            Pattern.compile("Notification\\.show\\(\\s*" + WORDY),
            Pattern.compile("setAttribute\\(\"(aria-label|title|placeholder|alt)\",\\s*" + WORDY),
            Pattern.compile("@PageTitle\\("));

    /**
     * Literals that are not words for readers, each with why. Matched against the offending line's text.
     */
    private static final Set<String> ALLOWED = Set.of(
            // An identifier of the page's main landmark used by the skip link, not text.
            "new Anchor(\"#\" + MAIN_ID",
            // The citation's identifier scheme, written the same in every language ("doi:10.1177/...").
            "\"doi:\" + source.doi()");

    @Test
    void views_take_their_words_from_the_bundles() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().contains("/ui/") && f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.strip().startsWith("*") || line.strip().startsWith("//")) {
                        continue;
                    }
                    for (Pattern shape : SHAPES) {
                        Matcher m = shape.matcher(line);
                        if (m.find() && ALLOWED.stream().noneMatch(line::contains)) {
                            found.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + line.strip());
                        }
                    }
                }
            }
        }
        assertThat(found).as("words in views that belong in vaadin-i18n/translations*.properties").isEmpty();
    }

    @Test
    void the_scan_finds_a_word_left_in_a_view() {
        String line = "        add(new H1(\"Join the workshop\"), new Paragraph(getTranslation(\"x\")));";
        assertThat(SHAPES.stream().anyMatch(p -> p.matcher(line).find())).isTrue();
        assertThat(SHAPES.stream().anyMatch(p -> p.matcher("new Button(\"×\", e -> remove())").find())).isFalse();
    }
}
