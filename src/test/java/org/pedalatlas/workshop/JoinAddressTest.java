package org.pedalatlas.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class JoinAddressTest {

    private final JoinAddress fromRequest = new JoinAddress("");

    private static JoinAddress.Seen seen(String forwardedProto, String host) {
        return new JoinAddress.Seen("http", forwardedProto, host, "", "192.168.1.20", 8080);
    }

    @Test
    void a_configured_public_address_wins_over_anything_a_request_says() {
        JoinAddress configured = new JoinAddress("https://atlas.example.org/live");
        assertThat(configured.baseUrl(seen("javascript", "evil.example"))).isEqualTo("https://atlas.example.org/live/");
        assertThat(new JoinAddress(" http://192.168.1.20:8080 ").baseUrl(seen(null, "x")))
                .isEqualTo("http://192.168.1.20:8080/");
    }

    @Test
    void a_configured_address_that_is_not_plain_http_fails_the_start_with_a_hint() {
        for (String bad : new String[] {"javascript://evil.example/", "atlas.example.org", "ftp://atlas.example.org/",
                "https://atlas.example.org/?q=1", "https://user@atlas.example.org/", "https://atlas.example.org/#x"}) {
            assertThatThrownBy(() -> new JoinAddress(bad)).as(bad).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("ATLAS_PUBLIC_URL");
        }
    }

    @Test
    void a_sane_request_is_used_as_it_came() {
        assertThat(fromRequest.baseUrl(seen(null, "atlas.local:8080"))).isEqualTo("http://atlas.local:8080/");
        assertThat(fromRequest.baseUrl(seen("https", "atlas.example.org"))).isEqualTo("https://atlas.example.org/");
        assertThat(fromRequest.baseUrl(seen("HTTPS", "10.0.0.5"))).isEqualTo("https://10.0.0.5/");
        assertThat(fromRequest.baseUrl(seen(null, "[fe80::1]:8080"))).isEqualTo("http://[fe80::1]:8080/");
        assertThat(fromRequest.baseUrl(new JoinAddress.Seen("https", null, "atlas.example.org", "/atlas", "10.0.0.5", 443)))
                .isEqualTo("https://atlas.example.org/atlas/");
    }

    @Test
    void a_javascript_scheme_in_x_forwarded_proto_falls_back_to_the_servers_own_address() {
        assertThat(fromRequest.baseUrl(seen("javascript", "evil.example"))).isEqualTo("http://192.168.1.20:8080/");
        assertThat(fromRequest.baseUrl(seen("javascript://evil.example/%0aalert(1)//", "atlas.local")))
                .isEqualTo("http://192.168.1.20:8080/");
    }

    @Test
    void a_host_header_carrying_anything_but_a_host_and_port_is_not_shown() {
        for (String host : new String[] {"evil.example/phish", "evil.example\r\nSet-Cookie: x=1", "atlas.local:99999",
                "user@evil.example", "evil.example\"><script>", "", "atlas.local:80:80", "-bad-.example"}) {
            assertThat(fromRequest.baseUrl(seen(null, host))).as(host).isEqualTo("http://192.168.1.20:8080/");
        }
        assertThat(fromRequest.baseUrl(new JoinAddress.Seen("http", null, null, "", "fe80:0:0:0:0:0:0:1%eth0", 80)))
                .isEqualTo("http://[fe80:0:0:0:0:0:0:1]/");
    }

    @Test
    void the_servlet_request_is_read_for_its_scheme_headers_and_socket() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Host", "atlas.local:8080");
        request.addHeader("X-Forwarded-Proto", "javascript");
        request.setLocalAddr("192.168.1.20");
        request.setLocalPort(8080);
        assertThat(fromRequest.baseUrl(request)).isEqualTo("http://192.168.1.20:8080/");
        request.removeHeader("X-Forwarded-Proto");
        assertThat(fromRequest.baseUrl(request)).isEqualTo("http://atlas.local:8080/");
    }
}
