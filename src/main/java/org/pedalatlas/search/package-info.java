/**
 * Full-text search over every atlas page, glossary term and number, with Lucene: ranked, highlighted, tolerant of
 * small typos (fuzzy terms) and of abbreviations (a glossary term and its expansion find each other). The index is
 * built in memory at start-up from the atlas's public records; content does not change while the app runs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.pedalatlas.search;
