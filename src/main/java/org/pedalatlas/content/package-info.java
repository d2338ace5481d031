/**
 * Reads the authored files under {@code content/} into typed, validated records and keeps them as the content store.
 * Content is data reviewed like code: a wrong file must stop the start with a message naming the file, the line or
 * field, what is wrong and a hint, because a silently skipped or half-read page in a clinical teaching tool is worse
 * than no page. Provenance is checked here too: every passage must occur in its section of the source review.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Content store")
package org.pedalatlas.content;
