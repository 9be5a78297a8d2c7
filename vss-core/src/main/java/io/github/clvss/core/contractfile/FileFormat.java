package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contractfile.FileRecords.ContractFileV1;
import io.github.clvss.core.contractfile.FileRecords.ContractV1;
import io.github.clvss.core.contractfile.FileRecords.PopulationV1;
import io.github.clvss.core.contractfile.FileRecords.TerritoryV1;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Texts;
import io.github.clvss.core.shared.Validation;
import io.github.clvss.core.territory.DepartmentCode;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Population;
import io.github.clvss.core.territory.Siren;
import io.github.clvss.core.territory.Siret;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryFacts;
import io.github.clvss.core.territory.TerritoryKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the contract file, format version 1. Reading checks in two phases: the
 * JSON Schema (shape), then every value's parser (meaning); each problem carries its JSON
 * path. Writing is canonical: fixed property order, records sorted by id, ISO-8601 dates, no
 * timestamp, so that the same data always gives the same bytes.
 */
final class FileFormat {

    /** The version this code writes. */
    static final String VERSION = "1.0";
    static final int MAJOR = 1;
    static final int MINOR = 0;

    private static final String SCHEMA = "contract-file-v1.schema.json";

    private final JsonMapper json = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(canonicalPrinter())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();
    private final Schema schema = loadSchema();

    private static DefaultPrettyPrinter canonicalPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER));
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        return printer;
    }

    /** Reads a file, reporting every problem with its path. */
    Parsed<ContractData> read(byte[] content) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException e) {
            var location = e.getLocation();
            String where = location == null ? "$" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
            return Parsed.invalid(Problem.error("file.json.syntax", where, e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            return Parsed.invalid(Problem.error("file.json.not-object", "$"));
        }
        Optional<Problem> version = checkVersion(root.get("formatVersion"));
        if (version.isPresent()) {
            return Parsed.invalid(version.get());
        }
        List<Problem> shape = schema.validate(root).stream().map(FileFormat::problem).sorted(BY_PATH).toList();
        if (!shape.isEmpty()) {
            return Parsed.invalid(shape);
        }
        return meaning(json.treeToValue(root, ContractFileV1.class));
    }

    /** Writes the data canonically. */
    byte[] write(Territory territory, List<Contract> contracts) {
        List<ContractV1> files = contracts.stream()
                .sorted(Comparator.comparing(c -> c.id().value().toString()))
                .map(FileFormat::contract)
                .toList();
        ContractFileV1 file = new ContractFileV1(VERSION, territory(territory), files);
        String text = json.writeValueAsString(file).replace("\r\n", "\n") + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // ---- phase 2: the meaning of each value

    private static Parsed<ContractData> meaning(ContractFileV1 file) {
        Validation check = new Validation();
        Optional<Territory> territory = check.take(territory(file.territory(), "$.territory"));
        List<Contract> contracts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        // when the territory is invalid the contracts are still checked (and never built)
        TerritoryId owner = territory.map(Territory::id).orElseGet(() -> new TerritoryId(new java.util.UUID(0, 0)));
        for (int i = 0; i < file.contracts().size(); i++) {
            String path = "$.contracts[" + i + "]";
            ContractV1 contract = file.contracts().get(i);
            if (!ids.add(contract.id())) {
                check.add(Problem.error("file.id.duplicate", path + ".id", contract.id()));
            }
            check.take(contract(contract, owner, path)).ifPresent(contracts::add);
        }
        return check.build(() -> new ContractData(territory.orElseThrow(), contracts));
    }

    private static Parsed<Territory> territory(TerritoryV1 t, String path) {
        Validation check = new Validation();
        Optional<TerritoryId> id = check.take(TerritoryId.parse(t.id(), path + ".id"));
        TerritoryKind kind = TerritoryKind.valueOf(t.kind());
        Optional<String> name = check.take(Texts.required(t.name(), path + ".name", TerritoryFacts.NAME_MAX));
        Optional<Optional<InseeCode>> insee = check.take(optional(t.inseeCode(), raw -> InseeCode.parse(raw, path + ".inseeCode")));
        Optional<DepartmentCode> department = check.take(DepartmentCode.parse(t.department(), path + ".department"));
        Optional<Siren> siren = check.take(Siren.parse(t.siren(), path + ".siren"));
        Optional<Optional<Siret>> siret = check.take(optional(t.siret(), raw -> Siret.parse(raw, path + ".siret")));
        Optional<Optional<Population>> population = check.take(optional(t.population(), p -> population(p, path + ".population")));
        Optional<ZoneId> zone = check.take(zone(t.timeZone(), path + ".timeZone"));
        Provenance provenance = Provenance.valueOf(t.provenance());
        if (name.isPresent() && insee.isPresent() && department.isPresent() && siren.isPresent() && siret.isPresent()) {
            check.addAll(TerritoryFacts.inconsistencies(kind, name.get(), insee.get(), department.get(), siren.get(),
                    siret.get(), path));
        }
        return check.build(() -> new Territory(id.orElseThrow(), 0, new TerritoryFacts(kind, name.orElseThrow(),
                insee.orElseThrow(), department.orElseThrow(), siren.orElseThrow(), siret.orElseThrow(),
                population.orElseThrow(), zone.orElseThrow()), provenance));
    }

    private static Parsed<Contract> contract(ContractV1 c, TerritoryId territory, String path) {
        Validation check = new Validation();
        Optional<ContractId> id = check.take(ContractId.parse(c.id(), path + ".id"));
        Optional<String> title = check.take(Texts.required(c.title(), path + ".title", Contract.TITLE_MAX));
        Optional<Optional<LocalDate>> start = check.take(optional(c.startDate(), raw -> date(raw, path + ".startDate")));
        Optional<Optional<LocalDate>> end = check.take(optional(c.endDate(), raw -> date(raw, path + ".endDate")));
        if (title.isPresent() && start.isPresent() && end.isPresent()) {
            check.addAll(Contract.inconsistencies(title.get(), start.get(), end.get(), path));
        }
        return check.build(() -> new Contract(id.orElseThrow(), 0, territory, title.orElseThrow(),
                start.orElseThrow(), end.orElseThrow(), Provenance.valueOf(c.provenance())));
    }

    private static Parsed<Population> population(PopulationV1 p, String path) {
        if (p.inhabitants() < 0) {
            return Parsed.invalid(Problem.error("population.negative", path + ".inhabitants", p.inhabitants()));
        }
        if (p.year() < 1790 || p.year() > 9999) {
            return Parsed.invalid(Problem.error("population.year.range", path + ".year", p.year()));
        }
        return Parsed.valid(new Population(p.inhabitants(), Year.of(p.year())));
    }

    private static Parsed<ZoneId> zone(String raw, String path) {
        try {
            ZoneId zone = ZoneId.of(raw);
            if (zone.getId().contains("/")) {
                return Parsed.valid(zone);
            }
        } catch (DateTimeException e) {
            // reported below
        }
        return Parsed.invalid(Problem.error("timezone.unknown", path, raw));
    }

    private static Parsed<LocalDate> date(String raw, String path) {
        try {
            return Parsed.valid(LocalDate.parse(raw));
        } catch (DateTimeParseException e) {
            return Parsed.invalid(Problem.error("date.format", path, raw));
        }
    }

    private static <R, T> Parsed<Optional<T>> optional(@org.jspecify.annotations.Nullable R raw,
            java.util.function.Function<R, Parsed<T>> parser) {
        return raw == null ? Parsed.valid(Optional.empty()) : parser.apply(raw).map(Optional::of);
    }

    // ---- writing

    private static TerritoryV1 territory(Territory territory) {
        TerritoryFacts f = territory.facts();
        return new TerritoryV1(
                territory.id().toString(),
                f.kind().name(),
                f.name(),
                f.inseeCode().map(InseeCode::value).orElse(null),
                f.department().value(),
                f.siren().value(),
                f.siret().map(Siret::value).orElse(null),
                f.population().map(p -> new PopulationV1(p.inhabitants(), p.year().getValue())).orElse(null),
                f.timeZone().getId(),
                territory.provenance().name());
    }

    private static ContractV1 contract(Contract contract) {
        return new ContractV1(
                contract.id().toString(),
                contract.title(),
                contract.startDate().map(LocalDate::toString).orElse(null),
                contract.endDate().map(LocalDate::toString).orElse(null),
                contract.provenance().name());
    }

    // ---- phase 1: the version and the shape

    private static Optional<Problem> checkVersion(JsonNode node) {
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

    private static final Comparator<Problem> BY_PATH = Comparator.comparing(p -> p.path().orElse(""));

    private static Problem problem(Error error) {
        String location = jsonPath(error.getInstanceLocation());
        return switch (error.getKeyword()) {
            case "required" -> Problem.error("file.schema.required", location + "." + error.getProperty(), error.getProperty());
            case "additionalProperties" -> Problem.error("file.schema.unknown", location + "." + error.getProperty(), error.getProperty());
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

    private static Schema loadSchema() {
        try (InputStream in = FileFormat.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("the contract file schema is missing from the jar: " + SCHEMA);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
