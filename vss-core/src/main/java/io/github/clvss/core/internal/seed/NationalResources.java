package io.github.clvss.core.internal.seed;

import io.github.clvss.core.resource.Audience;
import io.github.clvss.core.resource.Resource;
import io.github.clvss.core.resource.ResourceId;
import io.github.clvss.core.resource.ResourceKind;
import io.github.clvss.core.resource.ResourceScope;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Verification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national resources shipped with vss (15, 17, 112, 114, 3919, 119, 3977, 116 006, 115,
 * arretonslesviolences.gouv.fr), read from the jar. Internal: {@code Vss} adds the missing ones
 * at start-up.
 */
public final class NationalResources {

    private static final String FILE = "/io/github/clvss/core/resource/national-resources.json";
    /** When the shipped facts were last checked for this version of vss. */
    private static final Verification CHECKED = new Verification(Instant.parse("2026-11-27T00:00:00Z"), "system");

    private NationalResources() {
    }

    /** The shipped national resources. */
    public static List<Resource> load() {
        try (InputStream in = NationalResources.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + FILE);
            }
            List<Resource> resources = new ArrayList<>();
            for (JsonNode node : JsonMapper.builder().build().readTree(in)) {
                resources.add(resource(node));
            }
            return List.copyOf(resources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Resource resource(JsonNode n) {
        Map<Language, String> description = new EnumMap<>(Language.class);
        n.get("description").properties().forEach(e -> description.put(Language.valueOf(e.getKey()), e.getValue().asString()));
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        n.get("audiences").forEach(a -> audiences.add(Audience.valueOf(a.asString())));
        return new Resource(new ResourceId(UUID.fromString(n.get("id").asString())), 0, ResourceScope.NATIONAL,
                Optional.empty(), Optional.empty(), ResourceKind.valueOf(n.get("kind").asString()), n.get("name").asString(),
                description, text(n, "phone").map(PhoneNumber::new), text(n, "sms").map(PhoneNumber::new), text(n, "web"),
                Optional.empty(), text(n, "hours"), Optional.empty(), Optional.empty(), n.get("free").asBoolean(),
                n.get("anonymous").asBoolean(), audiences, CHECKED, Provenance.PUBLIC_RECORD);
    }

    private static Optional<String> text(JsonNode node, String field) {
        return Optional.ofNullable(node.get(field)).map(JsonNode::asString);
    }
}
