package org.pedalatlas.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of the sign-in form's POST: while an account or a client address must wait, the password is not
 * even checked, and the sign-in page says how long to wait. Placed after the CSRF filter, so a forged post is
 * refused before it can lock anyone out.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInGuard guard;
    private final String loginPath;

    SignInThrottleFilter(SignInGuard guard, String loginPath) {
        this.guard = guard;
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + loginPath).equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = guard.refusal(request.getParameter("username"), request.getRemoteAddr());
        if (wait.isPresent()) {
            response.sendRedirect(request.getContextPath() + loginPath + "?wait=" + SignInGuard.seconds(wait.get()));
            return;
        }
        chain.doFilter(request, response);
    }
}
