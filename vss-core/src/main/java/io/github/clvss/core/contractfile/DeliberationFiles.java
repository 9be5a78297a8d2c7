package io.github.clvss.core.contractfile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.networknt.schema.Schema;
import io.github.clvss.core.contractfile.DeliberationRecords.DeliberationV1;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deliberation file: one council deliberation as JSON, format version {@value #VERSION}
 * (schema: {@code docs/deliberation/deliberation-v1.schema.json}). Reading checks in two
 * phases — the JSON Schema (shape), then each value's form (ids, dates, times, lengths) — and
 * reports every problem with its JSON path; an incomplete or unlawful act still reads (what the
 * law says of it is {@link io.github.clvss.core.deliberation.DeliberationCheck}'s findings).
 * Writing is canonical: fixed property order, lists in the act's order, ISO-8601 dates, so that
 * the same deliberation always gives the same bytes.
 */
public final class DeliberationFiles {

    /**
     * The version this code writes. 1.1: a vote count left out is unknown (a vss reading 1.0
     * from before that change read it as 0, so it must refuse these files as newer), and the
     * vote's {@code unanimityOf}, {@code presidentVote}, {@code nomination} and the session's
     * {@code remote}. A 1.0 file still reads, its left-out counts unknown: vss's own 1.0 files
     * already meant that, and a count the act states is never invented.
     */
    public static final String VERSION = "1.1";
    private static final int MAJOR = 1;
    private static final int MINOR = 1;
    private static final String SCHEMA = "deliberation-v1.schema.json";
    private static final String DEMO = "/io/github/clvss/core/demo/boulogne-billancourt-2023-deliberation.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(JsonFiles.canonicalPrinter())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();
    private static final Schema FILE_SCHEMA = JsonFiles.schema(SCHEMA);

    private DeliberationFiles() {
    }

    /**
     * The deliberation of Boulogne-Billancourt's council of 1 June 2023 that approved its
     * contract, as the seed's register extract records it (provenance {@code SEED}).
     */
    public static byte[] demoFile() {
        try (InputStream in = DeliberationFiles.class.getResourceAsStream(DEMO)) {
            if (in == null) {
                throw new IllegalStateException("the demo deliberation is missing from the jar: " + DEMO);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a deliberation file, reporting every problem with its path. */
    public static Parsed<Deliberation> read(byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JacksonException e) {
            var location = e.getLocation();
            return Parsed.invalid(io.github.clvss.core.shared.JsonSyntax.at(content,
                    java.util.Optional.ofNullable(location).map(l -> l.getLineNr()),
                    java.util.Optional.ofNullable(location).map(l -> l.getColumnNr())));
        }
        if (root == null || !root.isObject()) {
            return Parsed.invalid(Problem.error("file.json.not-object", "$"));
        }
        Optional<Problem> version = checkVersion(root.get("formatVersion"));
        if (version.isPresent()) {
            return Parsed.invalid(version.get());
        }
        List<Problem> shape = FILE_SCHEMA.validate(root).stream().map(JsonFiles::problem)
                .sorted(Comparator.comparing(p -> p.path().orElse(""))).toList();
        if (!shape.isEmpty()) {
            return Parsed.invalid(shape);
        }
        return DeliberationRecords.deliberation(JSON.treeToValue(root, DeliberationV1.class), "$");
    }

    /** Writes a deliberation canonically. */
    public static byte[] write(Deliberation d) {
        String text = JSON.writeValueAsString(DeliberationRecords.record(d, VERSION)).replace("\r\n", "\n") + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // ---- phase 1: the version and the shape

    private static Optional<Problem> checkVersion(@Nullable JsonNode node) {
        if (node == null || !node.isString()) {
            return Optional.of(Problem.error("file.version.missing", "$.formatVersion"));
        }
        String raw = node.asString();
        if (!raw.matches("[0-9]{1,3}\\.[0-9]{1,3}")) {
            return Optional.of(Problem.error("file.version.format", "$.formatVersion", raw));
        }
        int major = Integer.parseInt(raw.substring(0, raw.indexOf('.')));
        int minor = Integer.parseInt(raw.substring(raw.indexOf('.') + 1));
        if (major != MAJOR) {
            return Optional.of(Problem.error("file.version.unsupported", "$.formatVersion", raw, VERSION));
        }
        if (minor > MINOR) {
            return Optional.of(Problem.error("file.version.newer", "$.formatVersion", raw, VERSION));
        }
        return Optional.empty();
    }
}
