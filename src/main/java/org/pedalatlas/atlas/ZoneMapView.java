package org.pedalatlas.atlas;

import java.util.List;

/** The zone map's lead (rendered HTML with source markers), its boundary lines and the three zones. */
public record ZoneMapView(String introHtml, List<BoundaryLine> lines, List<ZoneSummary> zones) {

    /** A boundary line of the zone figure, with its landmark and the source marker HTML. */
    public record BoundaryLine(String id, String name, String colour, String landmark, String sourceHtml) {
    }
}
