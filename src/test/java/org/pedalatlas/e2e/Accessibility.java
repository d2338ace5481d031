package org.pedalatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * axe-core, through Deque's Playwright Java integration, on the page as the journey left it. Critical, serious and
 * moderate violations fail the journey (experimental rules included: label-content-name-mismatch is one);
 * minor ones are left to review. Vaadin's own connection indicator (a hidden "Online" status popover outside any
 * landmark) is not page content and is left out. The failure lists each rule with the elements it found, so the
 * message alone says what to fix.
 */
final class Accessibility {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice", "experimental");
    private static final Set<String> FAILING = Set.of("critical", "serious", "moderate");

    private Accessibility() {
    }

    static void assertNoViolations(Page page, String what) {
        List<Rule> violations = new AxeBuilder(page).withTags(TAGS).exclude("vaadin-connection-indicator").analyze().getViolations().stream()
                .filter(rule -> FAILING.contains(rule.getImpact())).toList();
        assertThat(violations).as("axe-core on %s (%s):%n%s", what, page.url(), describe(violations)).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "  " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp()
                + rule.getNodes().stream().limit(4).map(node -> "\n      " + node.getHtml()
                        .replaceAll("\\s+", " ").substring(0, Math.min(160, node.getHtml().length())))
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }
}
