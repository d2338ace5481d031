package org.pedalatlas.base;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Files whose address changes whenever their content does — Vaadin's hashed bundles under {@code VAADIN/build/},
 * its static scripts linked with a {@code v} hash (push) and stylesheets linked with a {@code v-c} content hash —
 * are cached for a year as immutable, instead of Vaadin's one hour that made a returning reader revalidate every
 * file. The header is set first and any later
 * Cache-Control for these requests is ignored; every other response keeps its own caching.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LongCacheFilter extends OncePerRequestFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    static boolean immutable(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean hashedBundle = path.startsWith("/VAADIN/build/") && path.matches(".*-[A-Za-z0-9_-]{8,}\\.(js|css)$");
        boolean versionedStyle = path.endsWith(".css") && request.getParameter("v-c") != null;
        boolean versionedStatic = path.startsWith("/VAADIN/static/") && request.getParameter("v") != null;
        return hashedBundle || versionedStyle || versionedStatic;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) || !immutable(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", IMMUTABLE);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!isCacheHeader(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!isCacheHeader(name)) {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setDateHeader(String name, long date) {
                if (!"Expires".equalsIgnoreCase(name)) {
                    super.setDateHeader(name, date);
                }
            }
        });
    }

    private static boolean isCacheHeader(String name) {
        return "Cache-Control".equalsIgnoreCase(name) || "Pragma".equalsIgnoreCase(name)
                || "Expires".equalsIgnoreCase(name);
    }
}
