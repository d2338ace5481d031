package org.pedalatlas.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LivenessProbeFilterTest {

    private final LivenessProbeFilter filter = new LivenessProbeFilter();

    @Test
    void the_probe_is_answered_at_once_with_nothing_cached_and_nothing_else_runs() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/atlas/alive");
        request.setContextPath("/atlas");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(response.getStatus()).isEqualTo(204);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(chain.getRequest()).as("no security filter, no session, no view").isNull();
    }

    @Test
    void every_other_address_goes_on_as_before() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/alive-and-well");
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(request);
    }
}
