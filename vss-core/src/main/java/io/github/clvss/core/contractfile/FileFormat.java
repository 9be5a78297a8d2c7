package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.communication.Campaign;
import io.github.clvss.core.contractfile.ContractData.ContractLife;
import io.github.clvss.core.contractfile.FileRecords.TextV1;
import io.github.clvss.core.deliberation.ActesId;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.contractfile.FileRecords.CampaignV1;
import io.github.clvss.core.contractfile.FileRecords.CircuitV1;
import io.github.clvss.core.referral.Circuit;
import io.github.clvss.core.contractfile.FileRecords.ContractFileV1;
import io.github.clvss.core.contractfile.FileRecords.ContractV1;
import io.github.clvss.core.contractfile.FileRecords.InstitutionV1;
import io.github.clvss.core.contractfile.FileRecords.PartnerV1;
import io.github.clvss.core.contractfile.FileRecords.ResourceV1;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.resource.Resource;
import java.util.Map;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Validation;
import io.github.clvss.core.territory.Territory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import com.networknt.schema.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
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
    static final String VERSION = "1.6";
    static final int MAJOR = 1;
    static final int MINOR = 6;
    /** The first version that carries the contracts' texts and acts and the territory's deliberations. */
    static final int LIVES = 4;
    /** The first version that carries the contracts' follow-up: obligations, actions, meetings, indicators, notes. */
    static final int FOLLOW_UP = 5;
    /** The first version whose circuits test the facts added to situations: crime or délit, life in danger, institution… */
    static final int CIRCUIT_FACTS = 6;

    private static final String SCHEMA = "contract-file-v1.schema.json";

    private final JsonMapper json = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(JsonFiles.canonicalPrinter())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();
    private final Schema schema = JsonFiles.schema(SCHEMA);

    /** Reads a file, reporting every problem with its path. */
    Parsed<ContractData> read(byte[] content) {
        JsonNode root;
        try {
            root = json.readTree(content);
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
        List<Problem> shape = schema.validate(root).stream().map(JsonFiles::problem).sorted(BY_PATH).toList();
        if (!shape.isEmpty()) {
            return Parsed.invalid(shape);
        }
        return meaning(json.treeToValue(root, ContractFileV1.class), minor(root.get("formatVersion").asString()));
    }

    /** A partner's référents, handed one by one in the order of their ids (a cursor on the stored ones). */
    interface ReferentsById {
        void each(PartnerId partner, java.util.function.Consumer<Referent> each);
    }

    /**
     * Writes the data canonically: every list of records sorted by id (text versions by number;
     * circuits and a contract's acts in their order), every field in its fixed place. The
     * référents are {@code data}'s.
     */
    byte[] write(ContractData data) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        write(data, (partner, each) -> data.referents().stream().filter(r -> r.partner().equals(partner))
                .sorted(Comparator.comparing(r -> r.id().toString())).forEach(each), bytes);
        return bytes.toByteArray();
    }

    /**
     * Writes the data canonically to {@code out}, as {@link #write(ContractData)} does, taking
     * each partner's référents from {@code referents} while it writes them: memory holds the
     * territory's other records and one référent at a time, whatever their number. The file is
     * the same, byte for byte, as Jackson writes the whole file as one value
     * ({@link #asOneValue(ContractData)}).
     */
    void write(ContractData data, ReferentsById referents, java.io.OutputStream out) {
        tools.jackson.databind.node.ObjectNode root = json.valueToTree(file(data, p -> List.of()));
        try (tools.jackson.core.JsonGenerator generator = json.createGenerator(out, tools.jackson.core.JsonEncoding.UTF8)) {
            writeObject(generator, root, "contracts", () -> eachOf(generator, root.get("contracts"),
                    contract -> writeObject(generator, contract, "partners", () -> eachOf(generator, contract.get("partners"),
                            partner -> writeObject(generator, partner, "referents", () -> {
                                generator.writeStartArray();
                                referents.each(new PartnerId(java.util.UUID.fromString(partner.get("id").asString())),
                                        referent -> json.writeValue(generator, PartnerRecords.referent(referent)));
                                generator.writeEndArray();
                            })))));
            generator.flush();
            out.write('\n');
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes {@code node} as it is, but for its property {@code name}, whose value {@code value} writes. */
    private static void writeObject(tools.jackson.core.JsonGenerator generator, JsonNode node, String name, Runnable value) {
        generator.writeStartObject();
        for (var property : node.properties()) {
            generator.writeName(property.getKey());
            if (property.getKey().equals(name)) {
                value.run();
            } else {
                generator.writeTree(property.getValue());
            }
        }
        generator.writeEndObject();
    }

    /** Writes the array {@code array}, each of its elements by {@code each}. */
    private static void eachOf(tools.jackson.core.JsonGenerator generator, JsonNode array,
            java.util.function.Consumer<JsonNode> each) {
        generator.writeStartArray();
        array.forEach(each);
        generator.writeEndArray();
    }

    /** The file as Jackson writes it as one value, référents included: what the streaming writer must give. */
    String asOneValue(ContractData data) {
        return json.writeValueAsString(file(data, p -> data.referents().stream().filter(r -> r.partner().equals(p.id())).toList()))
                .replace("\r\n", "\n") + "\n";
    }

    private static ContractFileV1 file(ContractData data, java.util.function.Function<Partner, List<Referent>> referentsOf) {
        Comparator<String> byId = Comparator.naturalOrder();
        List<InstitutionV1> institutions = data.institutions().stream().map(PartnerRecords::institution)
                .sorted(Comparator.comparing(InstitutionV1::id, byId)).toList();
        List<ContractV1> contracts = data.contracts().stream()
                .map(c -> ContractRecords.contract(c, data.partners().stream().filter(p -> p.contract().equals(c.id()))
                        .map(p -> PartnerRecords.partner(p, referentsOf.apply(p)))
                        .sorted(Comparator.comparing(PartnerV1::id, byId)).toList(),
                        data.campaigns().stream().filter(k -> k.contract().equals(c.id())).map(CampaignRecords::campaign)
                                .sorted(Comparator.comparing(CampaignV1::id, byId)).toList(),
                        data.life(c.id())))
                .map(c -> data.followUp(new ContractId(java.util.UUID.fromString(c.id())))
                        .map(f -> FollowUpRecords.write(c, f)).orElse(c))
                .sorted(Comparator.comparing(ContractV1::id, byId))
                .toList();
        List<ResourceV1> resources = data.resources().stream().map(ResourceRecords::resource)
                .sorted(Comparator.comparing(ResourceV1::id, byId)).toList();
        List<CircuitV1> circuits = data.circuits().orElse(List.of()).stream().map(CircuitRecords::circuit).toList();
        List<DeliberationRecords.DeliberationV1> deliberations = data.deliberations().stream()
                .map(d -> DeliberationRecords.record(d, null))
                .sorted(Comparator.comparing(DeliberationRecords.DeliberationV1::id, byId)).toList();
        ContractFileV1 file = new ContractFileV1(VERSION, TerritoryRecords.territory(data.territory()),
                institutions.isEmpty() ? null : institutions, contracts, resources.isEmpty() ? null : resources,
                circuits.isEmpty() ? null : circuits, deliberations.isEmpty() ? null : deliberations);
        return file;
    }

    // ---- phase 2: the meaning of each value

    private static Parsed<ContractData> meaning(ContractFileV1 file, int minor) {
        Validation check = new Validation();
        Optional<Territory> territory = check.take(TerritoryRecords.territory(file.territory(), "$.territory"));
        // when the territory is invalid the rest is still checked (and never built)
        TerritoryId owner = territory.map(Territory::id).orElseGet(() -> new TerritoryId(new java.util.UUID(0, 0)));
        Set<String> ids = new HashSet<>();
        List<Institution> institutions = new ArrayList<>();
        List<InstitutionV1> institutionRecords = Optional.ofNullable(file.institutions()).orElse(List.of());
        for (int i = 0; i < institutionRecords.size(); i++) {
            String path = "$.institutions[" + i + "]";
            FileValues.unique(check, ids, institutionRecords.get(i).id(), path);
            check.take(PartnerRecords.institution(institutionRecords.get(i), path)).ifPresent(institutions::add);
        }
        List<Contract> contracts = new ArrayList<>();
        List<Partner> partners = new ArrayList<>();
        List<Referent> referents = new ArrayList<>();
        for (int i = 0; i < file.contracts().size(); i++) {
            String path = "$.contracts[" + i + "]";
            ContractV1 contract = file.contracts().get(i);
            FileValues.unique(check, ids, contract.id(), path);
            Optional<Contract> parsed = check.take(ContractRecords.contract(contract, owner, path));
            parsed.ifPresent(contracts::add);
            List<PartnerV1> partnerRecords = Optional.ofNullable(contract.partners()).orElse(List.of());
            for (int j = 0; j < partnerRecords.size(); j++) {
                String partnerPath = path + ".partners[" + j + "]";
                PartnerV1 partner = partnerRecords.get(j);
                FileValues.unique(check, ids, partner.id(), partnerPath);
                ContractId contractId = parsed.map(Contract::id).orElseGet(() -> new ContractId(new java.util.UUID(0, 0)));
                Optional<Partner> parsedPartner = check.take(PartnerRecords.partner(partner, owner, contractId, partnerPath));
                parsedPartner.ifPresent(partners::add);
                PartnerId partnerId = parsedPartner.map(Partner::id).orElseGet(() -> new PartnerId(new java.util.UUID(0, 0)));
                for (int k = 0; k < partner.referents().size(); k++) {
                    String referentPath = partnerPath + ".referents[" + k + "]";
                    FileValues.unique(check, ids, partner.referents().get(k).id(), referentPath);
                    check.take(PartnerRecords.referent(partner.referents().get(k), owner, partnerId, referentPath)).ifPresent(referents::add);
                }
            }
        }
        List<Campaign> campaigns = new ArrayList<>();
        for (int i = 0; i < file.contracts().size(); i++) {
            ContractV1 contract = file.contracts().get(i);
            ContractId contractId = contracts.stream().filter(c -> c.id().toString().equals(contract.id())).findFirst()
                    .map(Contract::id).orElseGet(() -> new ContractId(new java.util.UUID(0, 0)));
            List<CampaignV1> records = Optional.ofNullable(contract.campaigns()).orElse(List.of());
            for (int j = 0; j < records.size(); j++) {
                String path = "$.contracts[" + i + "].campaigns[" + j + "]";
                FileValues.unique(check, ids, records.get(j).id(), path);
                check.take(CampaignRecords.campaign(records.get(j), owner, contractId, path)).ifPresent(campaigns::add);
            }
        }
        List<Resource> resources = new ArrayList<>();
        List<ResourceV1> resourceRecords = Optional.ofNullable(file.resources()).orElse(List.of());
        for (int i = 0; i < resourceRecords.size(); i++) {
            String path = "$.resources[" + i + "]";
            FileValues.unique(check, ids, resourceRecords.get(i).id(), path);
            check.take(ResourceRecords.resource(resourceRecords.get(i), territory, owner, path)).ifPresent(resources::add);
        }
        List<Circuit> circuits = new ArrayList<>();
        List<CircuitV1> circuitRecords = Optional.ofNullable(file.circuits()).orElse(List.of());
        List<String> circuitNames = circuitRecords.stream().map(CircuitV1::name).toList();
        for (int i = 0; i < circuitRecords.size(); i++) {
            String path = "$.circuits[" + i + "]";
            Circuit.nameRepeated(circuitNames, i).ifPresent(check::add);
            check.take(CircuitRecords.circuit(circuitRecords.get(i), path)).ifPresent(circuits::add);
        }
        Optional<List<Circuit>> carried = file.circuits() == null ? Optional.empty() : Optional.of(circuits);
        if (minor < CIRCUIT_FACTS) {
            CircuitRecords.newerFacts(check::add, file.circuits(), file.formatVersion());
        }
        List<ContractLife> lives = new ArrayList<>();
        List<Deliberation> deliberations = new ArrayList<>();
        if (minor < LIVES) {
            ContractRecords.newerFields(check, file);
        } else {
            for (int i = 0; i < file.contracts().size(); i++) {
                ContractV1 contract = file.contracts().get(i);
                String path = "$.contracts[" + i + "]";
                // when the contract's id is invalid its texts and acts are still checked (and never built)
                ContractId id = contracts.stream().filter(c -> c.id().toString().equals(contract.id())).findFirst()
                        .map(Contract::id).orElseGet(() -> new ContractId(new java.util.UUID(0, 0)));
                check.take(ContractRecords.life(contract, id, path)).ifPresent(lives::add);
            }
            deliberations(check, file, territory.map(Territory::id), ids).forEach(deliberations::add);
        }
        Optional<List<ContractLife>> carriedLives = minor < LIVES ? Optional.empty() : Optional.of(lives);
        List<ContractData.FollowUp> followUps = new ArrayList<>();
        if (minor < FOLLOW_UP) {
            ContractRecords.newerFollowUp(check, file);
        } else {
            for (int i = 0; i < file.contracts().size(); i++) {
                ContractV1 contract = file.contracts().get(i);
                ContractId id = contracts.stream().filter(c -> c.id().toString().equals(contract.id())).findFirst()
                        .map(Contract::id).orElseGet(() -> new ContractId(new java.util.UUID(0, 0)));
                // the commitments of the current text (the highest version) as the file writes them: a text
                // with another problem is reported once, at its own path
                Set<String> commitments = new HashSet<>();
                Optional.ofNullable(contract.texts()).orElse(List.of()).stream().max(Comparator.comparingInt(TextV1::version))
                        .ifPresent(text -> text.axes().forEach(axis -> axis.commitments().forEach(c -> commitments.add(c.id()))));
                Set<String> partnersOfContract = new HashSet<>();
                Optional.ofNullable(contract.partners()).orElse(List.of()).forEach(p -> partnersOfContract.add(p.id()));
                var scope = new FollowUpRecords.Scope(owner, id, commitments, partnersOfContract);
                check.take(FollowUpRecords.read(contract, scope, ids, "$.contracts[" + i + "]")).ifPresent(followUps::add);
            }
        }
        Optional<List<ContractData.FollowUp>> carriedFollowUps = minor < FOLLOW_UP ? Optional.empty() : Optional.of(followUps);
        return check.build(() -> new ContractData(territory.orElseThrow(), institutions, contracts, partners, referents, resources,
                campaigns, carried, carriedLives, deliberations, carriedFollowUps));
    }

    /** The file's deliberations: each one the territory's, ids and @ctes identifiers used once. */
    private static List<Deliberation> deliberations(Validation check, ContractFileV1 file, Optional<TerritoryId> owner,
            Set<String> ids) {
        List<Deliberation> deliberations = new ArrayList<>();
        List<DeliberationRecords.DeliberationV1> records = Optional.ofNullable(file.deliberations()).orElse(List.of());
        java.util.Map<ActesId, String> actesIds = new java.util.HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String path = "$.deliberations[" + i + "]";
            DeliberationRecords.DeliberationV1 record = records.get(i);
            FileValues.unique(check, ids, record.id(), path);
            Optional<Deliberation> parsed = check.take(DeliberationRecords.deliberation(record, path));
            // when the file's territory is invalid, that is the problem to report
            owner.ifPresent(territory -> parsed.filter(d -> !d.territory().equals(territory)).ifPresent(d -> check.add(
                    Problem.error("file.deliberation.territory", path + ".territoryId", d.territory(), territory))));
            parsed.flatMap(d -> d.transmission().actesId()).ifPresent(actesId -> {
                String first = actesIds.putIfAbsent(actesId, path);
                if (first != null) {
                    check.add(Problem.error("file.actes.duplicate", path + ".transmission.actesId", actesId, first));
                }
            });
            parsed.ifPresent(deliberations::add);
        }
        return deliberations;
    }

    // ---- writing

    // ---- phase 1: the version and the shape

    private static int minor(String version) {
        return Integer.parseInt(version.substring(version.indexOf('.') + 1));
    }

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
}
