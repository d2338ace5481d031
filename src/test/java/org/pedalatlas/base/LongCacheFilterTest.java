package org.pedalatlas.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LongCacheFilterTest {

    private MockHttpServletResponse get(String uri, String versionHash) throws Exception {
        return get(uri, "v-c", versionHash);
    }

    private MockHttpServletResponse get(String uri, String parameter, String versionHash) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        if (versionHash != null) {
            request.setParameter(parameter, versionHash);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        new LongCacheFilter().doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req,
                                   jakarta.servlet.http.HttpServletResponse res) {
                res.setHeader("Cache-Control", "max-age=3600");
            }
        }));
        return response;
    }

    @Test
    void hashed_bundles_are_cached_for_a_year_whatever_the_servlet_says() throws Exception {
        assertThat(get("/VAADIN/build/indexhtml-BEKJxgk8.js", null).getHeader("Cache-Control"))
                .isEqualTo(LongCacheFilter.IMMUTABLE);
    }

    @Test
    void stylesheets_linked_with_a_content_hash_are_cached_for_a_year() throws Exception {
        assertThat(get("/styles/atlas.css", "b9b7c655").getHeader("Cache-Control")).isEqualTo(LongCacheFilter.IMMUTABLE);
    }

    @Test
    void vaadins_push_script_linked_with_its_hash_is_cached_for_a_year() throws Exception {
        assertThat(get("/VAADIN/static/push/vaadinPush-min.js", "v", "ad109e54").getHeader("Cache-Control"))
                .isEqualTo(LongCacheFilter.IMMUTABLE);
    }

    @Test
    void everything_else_keeps_its_own_caching() throws Exception {
        assertThat(get("/styles/atlas.css", null).getHeader("Cache-Control")).isEqualTo("max-age=3600");
        assertThat(get("/components/page-nav.js", null).getHeader("Cache-Control")).isEqualTo("max-age=3600");
        assertThat(get("/atlas/buddy-needle", null).getHeader("Cache-Control")).isEqualTo("max-age=3600");
    }
}
