package org.pedalatlas.trees.ui;

import com.vaadin.flow.component.Component;

/**
 * Keyboard use of the step-through views: digits 1–9 press the choice buttons ({@code #choice-N}), Backspace presses
 * Back ({@code #tree-back}). Done in the browser, because a server shortcut on Backspace would also swallow it in
 * the search box; keys typed into a text field are left alone.
 */
final class ChoiceKeys {

    private static final String INSTALL = """
            if (window.atlasChoiceKeys) document.removeEventListener('keydown', window.atlasChoiceKeys);
            window.atlasChoiceKeys = e => {
              const t = e.composedPath()[0];
              if (e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
              if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
              let target = null;
              if (/^[1-9]$/.test(e.key)) target = document.getElementById('choice-' + e.key);
              else if (e.key === 'Backspace') target = document.getElementById('tree-back');
              if (target && !target.hasAttribute('disabled')) { e.preventDefault(); target.click(); }
            };
            document.addEventListener('keydown', window.atlasChoiceKeys);
            """;

    private static final String REMOVE = """
            if (window.atlasChoiceKeys) document.removeEventListener('keydown', window.atlasChoiceKeys);
            window.atlasChoiceKeys = null;
            """;

    private ChoiceKeys() {
    }

    static void install(Component view) {
        view.addAttachListener(e -> e.getUI().getPage().executeJs(INSTALL));
        view.addDetachListener(e -> e.getUI().getPage().executeJs(REMOVE));
    }
}
