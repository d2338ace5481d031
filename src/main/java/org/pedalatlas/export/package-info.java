/**
 * Exports of the question bank to the formats educators' systems import: Moodle XML (every type, the figure of a
 * hotspot question embedded), GIFT (the types it can express, the others listed as skipped with why) and an IMS QTI
 * 2.1 content package. Training programmes keep their assessments in an LMS, so the bank must leave the app in a
 * form an LMS reads without loss; every export names the content version it came from, so an imported question can
 * be traced back to the reviewed files it was written in. The writers are plain classes checked by independent
 * readers (a GIFT parser, the published QTI schemas, a Moodle XML re-import), not only by their own tests. The same
 * content also leaves on paper ({@link org.pedalatlas.export.PrintService}): a pocket card, zone handouts and a paper
 * quiz with its key, as tagged PDF/UA laid out from HTML by openhtmltopdf, each with the disclaimer and content version.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exports")
package org.pedalatlas.export;
