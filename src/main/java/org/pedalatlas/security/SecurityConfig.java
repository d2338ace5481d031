package org.pedalatlas.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import com.vaadin.flow.spring.security.RequestUtil;

import org.pedalatlas.security.ui.LoginView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * Everything in the atlas is open to guests except what a view restricts with {@code @RolesAllowed}; accounts
 * are learners' own, stored with a delegating (BCrypt) password encoder. Sign-in is CSRF-protected and throttled;
 * every response carries the security headers of {@link SecurityHeaders} (what Vaadin needs is explained there and
 * in SECURITY.md).
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, SignInGuard guard)
            throws Exception {
        SecurityHeaders.apply(http);
        // Vaadin's configurer exempts the login page's POST from CSRF checks; a forged cross-site sign-in would then
        // sign a victim into the attacker's account (and GuestMerge would hand the victim's attempts over). So CSRF
        // is configured here: only Vaadin's own requests are exempt, as they carry Vaadin's own CSRF key. The login
        // form sends Spring's token, which Flow puts into the page.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterAfter(new SignInThrottleFilter(guard, "/login"), CsrfFilter.class);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/components/**", "/actuator/health", "/actuator/health/**").permitAll());
        // Addresses that match no route must reach Vaadin so that readers see the friendly not-found page instead of
        // a login form; views stay guarded by their own access annotations.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizedUrl::permitAll)).build();
    }

    /** Publishes sign-in events, which {@link GuestMerge} hears; declared so it never depends on auto-configuration. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(LearnerRepository learners) {
        return username -> learners.findByUsernameIgnoreCase(username)
                .filter(l -> l.passwordHash() != null)
                .map(l -> User.withUsername(l.username()).password(l.passwordHash()).roles(l.role()).build())
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
