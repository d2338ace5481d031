package org.pedalatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedalatlas.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A guest who signs in brings their attempts to the account, at sign-in; reading who is current changes nothing. */
class GuestMergeTest {

    @TempDir
    Path data;

    @Test
    void a_guest_signing_in_is_merged_into_the_account_once() {
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--atlas.data-dir=" + data, "--atlas.content.dir=src/test/resources/fixtures/content-valid",
                "--logging.level.root=warn", "--atlas.instructor.password=a long test password")) {
            JdbcClient db = ctx.getBean(JdbcClient.class);
            LearnerRepository learners = ctx.getBean(LearnerRepository.class);
            Learner account = new Learner(LearnerRef.LEARNER, Instant.now());
            account.register("ana", "{noop}irrelevant");
            long accountId = learners.save(account).id();
            long guestId = learners.save(new Learner(LearnerRef.LEARNER, Instant.now())).id();
            db.sql("insert into attempt (learner_id, mode, cbm, content_version, started_at) "
                    + "values (?, 'PRACTICE', false, 'v', current_timestamp)").param(guestId).update();

            MockHttpServletRequest request = new MockHttpServletRequest();
            request.getSession().setAttribute(LearnerService.GUEST_KEY, guestId);
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
            try {
                ctx.getBean(AuthenticationEventPublisher.class).publishAuthenticationSuccess(
                        UsernamePasswordAuthenticationToken.authenticated("ana", null, java.util.List.of()));
            } finally {
                RequestContextHolder.resetRequestAttributes();
            }

            assertThat(db.sql("select learner_id from attempt").query(Long.class).single()).isEqualTo(accountId);
            assertThat(learners.findById(guestId)).as("the guest row is gone").isEmpty();
            assertThat(request.getSession().getAttribute(LearnerService.GUEST_KEY)).isNull();
        }
    }
}
