/**
 * Annotated figures: original schematic drawings of the foot, the needles and the maneuvers, with layers, numbered
 * callouts, hotspots that open the atlas page of what they show, step sequences and a label self-test. The drawings
 * are authored SVG checked safe by the content store; this feature prepares them once for the page (focusable,
 * named hotspots) and, for hotspot questions, with neutral region tokens so that no label or id gives the answer
 * away. The atlas lists a page's figures through {@link org.pedalatlas.figures.FigureService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Figures")
package org.pedalatlas.figures;
