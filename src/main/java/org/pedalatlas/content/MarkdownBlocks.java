package org.pedalatlas.content;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** Finds the blocks of a Markdown body that state something: paragraphs and list items, not headings. */
final class MarkdownBlocks {

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownBlocks() {
    }

    /** The plain text of each paragraph that is not inside a heading, one entry per paragraph. */
    static List<String> statementBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                blocks.add(text(paragraph));
            }

            @Override
            public void visit(Heading heading) {
                // headings organise the page; they state nothing that needs a marker
            }

            @Override
            public void visit(BlockQuote quote) {
                visitChildren(quote);
            }

            @Override
            public void visit(ListItem item) {
                visitChildren(item);
            }
        });
        return blocks;
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }
        });
        return text.toString();
    }
}
