/**
 * The atlas itself: the zone map, zone pages, vessel cards and technique pages, read in learning-path order, with
 * provenance markers that open the source passage in place and glossary terms explained inline. The service turns
 * content records into ready-to-show page records once at start-up, so views only lay them out.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Atlas")
package org.pedalatlas.atlas;
