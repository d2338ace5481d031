package org.pedalatlas.atlas;

import java.util.List;

/** A zone as the zone map shows it: its number, summary and member arteries. */
public record ZoneSummary(int number, PageLink page, List<PageLink> members) {
}
