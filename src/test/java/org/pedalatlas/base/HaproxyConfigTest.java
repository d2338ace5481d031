package org.pedalatlas.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The deployed load balancer's configuration, as the several-node journey places it on this machine. */
class HaproxyConfigTest {

    @Test
    void the_deployed_configuration_keeps_browsers_on_their_node_and_moves_them_when_it_is_down() throws Exception {
        String deployed = Files.readString(Path.of("deploy", "haproxy.cfg"));
        assertThat(deployed).contains("cookie ATLAS_NODE insert indirect nocache httponly")
                .contains("option redispatch").contains("option httpchk GET /actuator/health")
                .contains("timeout tunnel 1h");

        String local = Haproxy.localConfig(deployed, 41000, List.of(41001, 41002));
        assertThat(local).contains("bind 127.0.0.1:41000")
                .contains("server app1 127.0.0.1:41001 check cookie app1")
                .contains("server app2 127.0.0.1:41002 check cookie app2")
                .doesNotContain(":8080");
        assertThat(local.lines().count()).isEqualTo(deployed.lines().count());
    }

    /**
     * No container engine runs here, so the compose file is checked as written: two app replicas on the one
     * PostgreSQL service, and a balancer that mounts this configuration and names exactly those replicas.
     */
    @Test
    @SuppressWarnings("unchecked")
    void the_compose_file_runs_two_replicas_on_one_database_behind_this_balancer() throws Exception {
        Map<String, Object> compose = new org.yaml.snakeyaml.Yaml().load(Files.readString(Path.of("compose.yaml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsKeys("db", "app1", "app2", "balancer");
        for (String app : List.of("app1", "app2")) {
            Map<String, Object> env = (Map<String, Object>) services.get(app).get("environment");
            assertThat(env.get("ATLAS_DB_URL")).isEqualTo("jdbc:postgresql://db:5432/atlas");
            assertThat(env).containsKeys("ATLAS_DB_PASSWORD", "ATLAS_INSTRUCTOR_PASSWORD", "ATLAS_TRUSTED_PROXIES");
        }
        assertThat((List<String>) services.get("balancer").get("volumes"))
                .contains("./deploy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro");
        String deployed = Files.readString(Path.of("deploy", "haproxy.cfg"));
        assertThat(deployed.lines().map(String::strip).filter(l -> l.startsWith("server "))
                .map(l -> l.split("\\s+")[1])).containsExactly("app1", "app2");
        String trusted = (String) ((Map<String, Object>) services.get("app1").get("environment"))
                .get("ATLAS_TRUSTED_PROXIES");
        assertThat("172.18.0.5").matches(trusted);
        assertThat("8.8.8.8").doesNotMatch(trusted);
    }
}
