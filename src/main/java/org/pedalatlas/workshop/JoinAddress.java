package org.pedalatlas.workshop;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public address phones join at, printed on the projector and in its QR code. Configured as
 * {@code atlas.public-url} ({@code ATLAS_PUBLIC_URL}) when the app sits behind a proxy or a name the hall's Wi-Fi
 * knows; otherwise taken from the request the presenter screen came with, but only when it is sane: scheme http or
 * https, a host name or IP address with an optional port, a plain context path. Headers are set by whoever sends
 * the request, so anything else ({@code javascript://}, a Host with a path, quotes or a line break) is not shown;
 * the server's own socket address is, which a phone on the same network can reach and no header can change.
 */
@Component
public class JoinAddress {

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern HOST = Pattern.compile("(" + LABEL + "(?:\\." + LABEL + ")*|\\[[0-9A-Fa-f:.]{2,45}])"
            + "(?::(\\d{1,5}))?");
    private static final Pattern CONTEXT_PATH = Pattern.compile("(?:/[A-Za-z0-9._~-]+)*");

    /** What a request says about where it was sent, and the socket it came in on. */
    public record Seen(String scheme, String forwardedProto, String host, String contextPath, String localAddress,
                       int localPort) {
    }

    private final Optional<String> configured;

    public JoinAddress(@Value("${atlas.public-url:}") String configured) {
        this.configured = configured == null || configured.isBlank() ? Optional.empty()
                : Optional.of(checkedConfigured(configured.strip()));
    }

    /** The base address, ending in "/", for the request being served; the configured one when there is one. */
    public String baseUrl(HttpServletRequest request) {
        if (configured.isPresent() || request == null) {
            return configured.orElse("/");
        }
        return baseUrl(new Seen(request.getScheme(), request.getHeader("X-Forwarded-Proto"), request.getHeader("Host"),
                request.getContextPath(), request.getLocalAddr(), request.getLocalPort()));
    }

    /** The base address from what a request says, when all of it is sane; else the socket's own address. */
    public String baseUrl(Seen seen) {
        if (configured.isPresent()) {
            return configured.get();
        }
        String scheme = seen.forwardedProto() != null ? seen.forwardedProto() : seen.scheme();
        scheme = scheme == null ? "" : scheme.strip().toLowerCase(Locale.ROOT);
        String host = seen.host() == null ? "" : seen.host().strip();
        String path = seen.contextPath() == null ? "" : seen.contextPath();
        if ((scheme.equals("http") || scheme.equals("https")) && saneHost(host) && CONTEXT_PATH.matcher(path).matches()) {
            return scheme + "://" + host + path + "/";
        }
        return socketAddress(seen, path);
    }

    private static String socketAddress(Seen seen, String path) {
        String address = seen.localAddress() == null ? "localhost" : seen.localAddress();
        String host = address.contains(":") ? "[" + address.replaceFirst("%.*", "") + "]" : address;
        String shownPath = CONTEXT_PATH.matcher(path).matches() ? path : "";
        String port = seen.localPort() == 80 || seen.localPort() <= 0 ? "" : ":" + seen.localPort();
        return "http://" + host + port + shownPath + "/";
    }

    static boolean saneHost(String host) {
        var m = HOST.matcher(host);
        if (host.length() > 253 || !m.matches()) {
            return false;
        }
        return m.group(2) == null || (Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 65535);
    }

    /** A configured address must itself be sane: a mistake here fails the start, not every phone in the hall. */
    static String checkedConfigured(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("/$", "");
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getRawAuthority() != null
                    && saneHost(uri.getRawAuthority()) && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && CONTEXT_PATH.matcher(path).matches()) {
                return scheme + "://" + uri.getRawAuthority() + path + "/";
            }
        } catch (URISyntaxException e) {
            // reported below, with what a good value looks like
        }
        throw new IllegalStateException("atlas.public-url (ATLAS_PUBLIC_URL) must be an http or https address such as"
                + " https://atlas.example.org/ or http://192.168.1.20:8080/, with no query or fragment; it is '"
                + url + "'");
    }
}
