/**
 * What every screen shares: the main layout with navigation and the educational-use disclaimer, the not-found and
 * error pages, and the error handler that logs a failure and shows a short message instead of a stack trace.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Base UI", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.pedalatlas.base;
