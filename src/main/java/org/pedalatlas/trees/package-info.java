/**
 * Decision trees and scored case scenarios: the source's "if this fails, then…" reasoning as walks a learner steps
 * through one node at a time and an instructor can project. The walk is plain state encoded in the address (the
 * path taken), so a reload or a shared link lands on the same node with the same history; walking, scoring and the
 * overview map's layout are plain classes, the views only lay them out. The workshop presenter reads trees through
 * {@link org.pedalatlas.trees.TreeService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Decision trees")
package org.pedalatlas.trees;
