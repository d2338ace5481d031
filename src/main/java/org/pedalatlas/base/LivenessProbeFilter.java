package org.pedalatlas.base;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers the open pages' liveness probe ({@link ConnectionMessages}) before any other filter. Every page asks
 * every few seconds, so a hall of 2,000 phones asks 400 times a second; through the security filters and the
 * actuator each answer cost ~0.8 ms of server CPU (measured, docs/benchmark.md), a third of a core for nothing.
 * The answer carries no data and needs no session: it only says the server is there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LivenessProbeFilter extends OncePerRequestFilter {

    /** The probe's address, relative to the application's root. */
    static final String PATH = "alive";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().equals(request.getContextPath() + "/" + PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
