package org.pedalatlas.content;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the content and the source review are, as file-system paths (relative ones from the working directory).
 * {@code sourceText} is optional at run time (a container has no copy of the review); the build's tests always
 * compare passages with it.
 */
@ConfigurationProperties("atlas.content")
public record ContentProperties(String dir, String sourceText) {

    public ContentProperties {
        dir = dir == null || dir.isBlank() ? "content" : dir;
        sourceText = sourceText == null || sourceText.isBlank() ? "../shared/source/bta-punctures-review.txt" : sourceText;
    }

    Path dirPath() {
        return Path.of(dir);
    }

    Path sourceTextPath() {
        return Path.of(sourceText);
    }
}
