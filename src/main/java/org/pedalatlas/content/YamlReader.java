package org.pedalatlas.content;

import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Binds YAML text to a typed record and turns Jackson's failures into a {@link ContentProblem} that names the
 * line and the field. Unknown keys are errors: a misspelt key would otherwise silently lose its content.
 */
final class YamlReader {

    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /**
     * @param lineOffset lines before the YAML text in its file (front matter starts on line 2)
     */
    <T> Optional<T> read(ContentFile file, String yaml, int lineOffset, Class<T> type, Problems problems) {
        try {
            T value = mapper.readValue(yaml, type);
            if (value == null) {
                problems.add(file.path(), lineOffset + 1, "", "the YAML is empty", "write the fields this file needs");
            }
            return Optional.ofNullable(value);
        } catch (PropertyBindingException e) {
            // Records are bound through their constructor, so Jackson reports the end of the mapping: find the key.
            int keyLine = file.lineOf(e.getPropertyName() + ":", lineOffset + 1);
            problems.add(file.path(), keyLine > 0 ? keyLine : line(e, lineOffset), path(e),
                    "unknown key '" + e.getPropertyName() + "'",
                    "known keys here are " + known(e.getKnownPropertyIds()) + "; check the spelling");
            return Optional.empty();
        } catch (JacksonException e) {
            problems.add(file.path(), line(e, lineOffset), path(e), firstLine(e.getOriginalMessage()),
                    "check the YAML syntax and the type of this value (text, number or list)");
            return Optional.empty();
        }
    }

    private static int line(JacksonException e, int lineOffset) {
        return e.getLocation() == null || e.getLocation().getLineNr() <= 0 ? 0 : e.getLocation().getLineNr() + lineOffset;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String known(Collection<Object> ids) {
        return ids == null ? "listed in content/README.md"
                : ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String firstLine(String message) {
        return message == null ? "cannot read this YAML" : message.lines().findFirst().orElse(message).strip();
    }
}
