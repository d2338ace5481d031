package org.pedalatlas.content;

import java.util.List;

/** The zone map's lead text and the boundary lines of the source's zone figure. */
public record ZoneMap(List<Statement> intro, List<Line> lines) {

    /** A sentence or two of atlas prose with the reference that supports it. */
    public record Statement(String text, SourceRef src) {
    }

    /** A boundary line as the source's figure caption names it; {@code colour} is the shade the atlas uses. */
    public record Line(String id, String name, String colour, String landmark, SourceRef src) {
    }
}
