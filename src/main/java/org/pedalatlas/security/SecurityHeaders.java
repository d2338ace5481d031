package org.pedalatlas.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The HTTP security headers on every response, pages and static files alike.
 *
 * <p>The Content-Security-Policy is as strict as Vaadin Flow allows. Vaadin's bootstrap page starts its client
 * engine with an inline script, and the engine runs the JavaScript the server sends ({@code executeJs}, event data
 * expressions) by building functions from it: hence {@code script-src 'unsafe-inline' 'unsafe-eval'}. Vaadin's
 * components and the engine set inline styles: hence {@code style-src 'unsafe-inline'}. Everything else is held to
 * this origin: no plug-ins, no foreign scripts, images, fonts or connections, no {@code <base>} rewriting, forms post
 * only here, and only this origin may frame a page (the workshop presenter frames figure and tree pages).
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    /** The atlas uses none of these browser features except full screen (the figure viewer's). */
    static final String PERMISSIONS_POLICY = String.join(", ",
            "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "serial=()", "bluetooth=()",
            "magnetometer=()", "gyroscope=()", "accelerometer=()", "display-capture=()", "browsing-topics=()",
            "fullscreen=(self)");

    private SecurityHeaders() {
    }

    static void apply(HttpSecurity http) throws Exception {
        // Written before the request goes on, not when the response commits: Vaadin's production bootstrap page
        // commits its response past Spring's wrapper, and then lost every header but X-Frame-Options.
        http.headers(headers -> headers
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .frameOptions(frame -> frame.sameOrigin())
                .contentTypeOptions(options -> { })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // Written only when the request arrived over HTTPS (directly, or as a trusted proxy says).
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
    }
}
