package io.github.clvss.core.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The hand-written configuration metadata describes exactly the settings {@link VssSettings} binds. */
class VssSettingsMetadataTest {

    @Test
    void the_metadata_lists_every_setting_of_vss_settings_and_no_other() throws IOException {
        JsonNode metadata;
        try (InputStream json = VssSettings.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(json).as("the metadata is in the jar").isNotNull();
            metadata = JsonMapper.builder().build().readTree(json);
        }
        List<String> described = new ArrayList<>();
        for (JsonNode property : metadata.get("properties")) {
            described.add(property.get("name").asString());
            assertThat(property.get("description").asString()).as(property.get("name").asString()).isNotBlank();
        }
        assertThat(described).containsExactlyInAnyOrderElementsOf(names("vss", VssSettings.class));
    }

    /** The property names a record binds under {@code prefix}, in Spring's kebab case. */
    private static List<String> names(String prefix, Class<?> type) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + component.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
            if (component.getType().isRecord()) {
                names.addAll(names(name, component.getType()));
            } else {
                names.add(name);
            }
        }
        return names;
    }
}
