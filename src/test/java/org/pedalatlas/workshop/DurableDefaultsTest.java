package org.pedalatlas.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The embedded database's default URL must write each commit before it returns: workshop phones are told
 * "Answer received" after the commit, and H2's default write delay lost such answers on a crash.
 * {@code e2e/DurableAcknowledgementIT} checks the whole path with a SIGKILL, but on a busy machine the moment
 * between acknowledgement and kill can exceed the delay, so this guards the setting itself.
 */
class DurableDefaultsTest {

    @Test
    void the_default_database_url_writes_each_commit_before_it_returns() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String url = properties.getProperty("spring.datasource.url");
        assertThat(url).startsWith("${ATLAS_DB_URL:jdbc:h2:file:").contains(";WRITE_DELAY=0");
    }
}
