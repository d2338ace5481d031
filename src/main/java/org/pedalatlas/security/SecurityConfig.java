package org.pedalatlas.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

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

/**
 * Everything in the atlas is open to guests except what a view restricts with {@code @RolesAllowed}; accounts
 * are learners' own, stored with a delegating (BCrypt) password encoder.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // The workshop presenter frames the atlas's own figure and tree pages; no other site may frame the atlas.
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/components/**", "/actuator/health", "/actuator/health/**").permitAll());
        // Addresses that match no route must reach Vaadin so that readers see the friendly not-found page instead of
        // a login form; views stay guarded by their own access annotations.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
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
