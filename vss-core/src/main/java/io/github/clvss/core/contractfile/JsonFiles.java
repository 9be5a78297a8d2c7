package io.github.clvss.core.contractfile;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.github.clvss.core.shared.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;

/** What vss's JSON files share: their canonical layout, their schemas and how a schema's errors read. */
final class JsonFiles {

    private JsonFiles() {
    }

    /** Two-space indents, "key": value, empty arrays and objects on one line: exporting twice gives the same bytes. */
    static DefaultPrettyPrinter canonicalPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("").withObjectEmptySeparator(""));
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        return printer;
    }

    /** A JSON Schema (draft 2020-12) shipped beside this class. */
    static Schema schema(String name) {
        try (InputStream in = JsonFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("a file schema is missing from the jar: " + name);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A schema's error as a problem at its JSON path. */
    static Problem problem(Error error) {
        String location = jsonPath(error.getInstanceLocation());
        return switch (error.getKeyword()) {
            case "required" -> Problem.error("file.schema.required", location + "." + error.getProperty(), error.getProperty());
            case "additionalProperties" -> Problem.error("file.schema.unknown", location + "." + error.getProperty(),
                    error.getProperty());
            case "type" -> Problem.error("file.schema.type", location, error.getSchemaNode().asString());
            case "enum" -> Problem.error("file.schema.enum", location, allowed(error.getSchemaNode()));
            default -> Problem.error("file.schema.invalid", location, error.getKeyword());
        };
    }

    private static String jsonPath(NodePath node) {
        StringBuilder path = new StringBuilder("$");
        for (int i = 0; i < node.getNameCount(); i++) {
            Object element = node.getElement(i);
            path.append(element instanceof Integer index ? "[" + index + "]" : "." + element);
        }
        return path.toString();
    }

    private static String allowed(JsonNode values) {
        List<String> texts = new ArrayList<>();
        values.forEach(v -> texts.add(v.asString()));
        return String.join(", ", texts);
    }
}
