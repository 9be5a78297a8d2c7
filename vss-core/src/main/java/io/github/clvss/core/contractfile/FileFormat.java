package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.communication.Campaign;
import io.github.clvss.core.communication.CampaignAudience;
import io.github.clvss.core.communication.CampaignId;
import io.github.clvss.core.communication.CampaignStatus;
import io.github.clvss.core.communication.Channel;
import io.github.clvss.core.contract.Annex;
import io.github.clvss.core.contract.Axis;
import io.github.clvss.core.contract.Commitment;
import io.github.clvss.core.contract.ContractAct;
import io.github.clvss.core.contract.ContractText;
import io.github.clvss.core.contract.LegalReference;
import io.github.clvss.core.contractfile.ContractData.ContractLife;
import io.github.clvss.core.contractfile.FileRecords.ActV1;
import io.github.clvss.core.contractfile.FileRecords.AnnexV1;
import io.github.clvss.core.contractfile.FileRecords.AxisV1;
import io.github.clvss.core.contractfile.FileRecords.CommitmentV1;
import io.github.clvss.core.contractfile.FileRecords.ReferenceV1;
import io.github.clvss.core.contractfile.FileRecords.TextV1;
import io.github.clvss.core.deliberation.ActesId;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.DeliberationId;
import io.github.clvss.core.contractfile.FileRecords.CampaignV1;
import io.github.clvss.core.contractfile.FileRecords.CircuitV1;
import io.github.clvss.core.contractfile.FileRecords.WhenV1;
import io.github.clvss.core.referral.Circuit;
import io.github.clvss.core.referral.CircuitCondition;
import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Context;
import io.github.clvss.core.referral.Facts.Recency;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Facts.Vulnerability;
import io.github.clvss.core.referral.Urgency;
import io.github.clvss.core.contractfile.FileRecords.ContactV1;
import io.github.clvss.core.contractfile.FileRecords.ContractFileV1;
import io.github.clvss.core.contractfile.FileRecords.ContractV1;
import io.github.clvss.core.contractfile.FileRecords.InstitutionV1;
import io.github.clvss.core.contractfile.FileRecords.PartnerV1;
import io.github.clvss.core.contractfile.FileRecords.PopulationV1;
import io.github.clvss.core.contractfile.FileRecords.ReferentV1;
import io.github.clvss.core.contractfile.FileRecords.RepresentativeV1;
import io.github.clvss.core.contractfile.FileRecords.ResourceV1;
import io.github.clvss.core.contractfile.FileRecords.TerritoryV1;
import io.github.clvss.core.contractfile.FileRecords.VerifiedV1;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.InstitutionId;
import io.github.clvss.core.institution.Sector;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.PublicContact;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentDetails;
import io.github.clvss.core.partner.ReferentId;
import io.github.clvss.core.partner.Representative;
import io.github.clvss.core.resource.Audience;
import io.github.clvss.core.resource.Resource;
import io.github.clvss.core.resource.ResourceId;
import io.github.clvss.core.resource.ResourceKind;
import io.github.clvss.core.resource.ResourceScope;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Verification;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
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
import com.networknt.schema.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
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
    static final String VERSION = "1.5";
    static final int MAJOR = 1;
    static final int MINOR = 5;
    /** The first version that carries the contracts' texts and acts and the territory's deliberations. */
    static final int LIVES = 4;
    /** The first version that carries the contracts' follow-up: obligations, actions, meetings, indicators, notes. */
    static final int FOLLOW_UP = 5;

    private static final String SCHEMA = "contract-file-v1.schema.json";

    /** Which fields each kind of act has; the others are refused. */
    private static final java.util.Map<String, List<String>> ACT_FIELDS = java.util.Map.of(
            "APPROVED", List.of("deliberationId"),
            "SIGNED", List.of("partnerId", "textVersion"),
            "TERMINATED", List.of("reason"),
            "AMENDED", List.of("deliberationId", "textVersion"),
            "RENEWED", List.of("successorId"));

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

    /**
     * Writes the data canonically: every list of records sorted by id (text versions by number;
     * circuits and a contract's acts in their order), every field in its fixed place.
     */
    byte[] write(ContractData data) {
        Comparator<String> byId = Comparator.naturalOrder();
        List<InstitutionV1> institutions = data.institutions().stream().map(FileFormat::institution)
                .sorted(Comparator.comparing(InstitutionV1::id, byId)).toList();
        List<ContractV1> contracts = data.contracts().stream()
                .map(c -> contract(c, data.partners().stream().filter(p -> p.contract().equals(c.id()))
                        .map(p -> partner(p, data.referents().stream().filter(r -> r.partner().equals(p.id())).toList()))
                        .sorted(Comparator.comparing(PartnerV1::id, byId)).toList(),
                        data.campaigns().stream().filter(k -> k.contract().equals(c.id())).map(FileFormat::campaign)
                                .sorted(Comparator.comparing(CampaignV1::id, byId)).toList(),
                        data.life(c.id())))
                .map(c -> data.followUp(new ContractId(java.util.UUID.fromString(c.id())))
                        .map(f -> FollowUpRecords.write(c, f)).orElse(c))
                .sorted(Comparator.comparing(ContractV1::id, byId))
                .toList();
        List<ResourceV1> resources = data.resources().stream().map(FileFormat::resource)
                .sorted(Comparator.comparing(ResourceV1::id, byId)).toList();
        List<CircuitV1> circuits = data.circuits().orElse(List.of()).stream().map(FileFormat::circuit).toList();
        List<DeliberationRecords.DeliberationV1> deliberations = data.deliberations().stream()
                .map(d -> DeliberationRecords.record(d, null))
                .sorted(Comparator.comparing(DeliberationRecords.DeliberationV1::id, byId)).toList();
        ContractFileV1 file = new ContractFileV1(VERSION, territory(data.territory()),
                institutions.isEmpty() ? null : institutions, contracts, resources.isEmpty() ? null : resources,
                circuits.isEmpty() ? null : circuits, deliberations.isEmpty() ? null : deliberations);
        String text = json.writeValueAsString(file).replace("\r\n", "\n") + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // ---- phase 2: the meaning of each value

    private static Parsed<ContractData> meaning(ContractFileV1 file, int minor) {
        Validation check = new Validation();
        Optional<Territory> territory = check.take(territory(file.territory(), "$.territory"));
        // when the territory is invalid the rest is still checked (and never built)
        TerritoryId owner = territory.map(Territory::id).orElseGet(() -> new TerritoryId(new java.util.UUID(0, 0)));
        Set<String> ids = new HashSet<>();
        List<Institution> institutions = new ArrayList<>();
        List<InstitutionV1> institutionRecords = Optional.ofNullable(file.institutions()).orElse(List.of());
        for (int i = 0; i < institutionRecords.size(); i++) {
            String path = "$.institutions[" + i + "]";
            unique(check, ids, institutionRecords.get(i).id(), path);
            check.take(institution(institutionRecords.get(i), path)).ifPresent(institutions::add);
        }
        List<Contract> contracts = new ArrayList<>();
        List<Partner> partners = new ArrayList<>();
        List<Referent> referents = new ArrayList<>();
        for (int i = 0; i < file.contracts().size(); i++) {
            String path = "$.contracts[" + i + "]";
            ContractV1 contract = file.contracts().get(i);
            unique(check, ids, contract.id(), path);
            Optional<Contract> parsed = check.take(contract(contract, owner, path));
            parsed.ifPresent(contracts::add);
            List<PartnerV1> partnerRecords = Optional.ofNullable(contract.partners()).orElse(List.of());
            for (int j = 0; j < partnerRecords.size(); j++) {
                String partnerPath = path + ".partners[" + j + "]";
                PartnerV1 partner = partnerRecords.get(j);
                unique(check, ids, partner.id(), partnerPath);
                ContractId contractId = parsed.map(Contract::id).orElseGet(() -> new ContractId(new java.util.UUID(0, 0)));
                Optional<Partner> parsedPartner = check.take(partner(partner, owner, contractId, partnerPath));
                parsedPartner.ifPresent(partners::add);
                PartnerId partnerId = parsedPartner.map(Partner::id).orElseGet(() -> new PartnerId(new java.util.UUID(0, 0)));
                for (int k = 0; k < partner.referents().size(); k++) {
                    String referentPath = partnerPath + ".referents[" + k + "]";
                    unique(check, ids, partner.referents().get(k).id(), referentPath);
                    check.take(referent(partner.referents().get(k), owner, partnerId, referentPath)).ifPresent(referents::add);
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
                unique(check, ids, records.get(j).id(), path);
                check.take(campaign(records.get(j), owner, contractId, path)).ifPresent(campaigns::add);
            }
        }
        List<Resource> resources = new ArrayList<>();
        List<ResourceV1> resourceRecords = Optional.ofNullable(file.resources()).orElse(List.of());
        for (int i = 0; i < resourceRecords.size(); i++) {
            String path = "$.resources[" + i + "]";
            unique(check, ids, resourceRecords.get(i).id(), path);
            check.take(resource(resourceRecords.get(i), territory, owner, path)).ifPresent(resources::add);
        }
        List<Circuit> circuits = new ArrayList<>();
        List<CircuitV1> circuitRecords = Optional.ofNullable(file.circuits()).orElse(List.of());
        Set<String> circuitNames = new HashSet<>();
        for (int i = 0; i < circuitRecords.size(); i++) {
            String path = "$.circuits[" + i + "]";
            if (!circuitNames.add(circuitRecords.get(i).name())) {
                check.add(Problem.error("circuit.name.duplicate", path + ".name", circuitRecords.get(i).name()));
            }
            check.take(circuit(circuitRecords.get(i), path)).ifPresent(circuits::add);
        }
        Optional<List<Circuit>> carried = file.circuits() == null ? Optional.empty() : Optional.of(circuits);
        List<ContractLife> lives = new ArrayList<>();
        List<Deliberation> deliberations = new ArrayList<>();
        if (minor < LIVES) {
            newerFields(check, file);
        } else {
            for (int i = 0; i < file.contracts().size(); i++) {
                ContractV1 contract = file.contracts().get(i);
                String path = "$.contracts[" + i + "]";
                // when the contract's id is invalid its texts and acts are still checked (and never built)
                ContractId id = contracts.stream().filter(c -> c.id().toString().equals(contract.id())).findFirst()
                        .map(Contract::id).orElseGet(() -> new ContractId(new java.util.UUID(0, 0)));
                check.take(life(contract, id, path)).ifPresent(lives::add);
            }
            deliberations(check, file, territory.map(Territory::id), ids).forEach(deliberations::add);
        }
        Optional<List<ContractLife>> carriedLives = minor < LIVES ? Optional.empty() : Optional.of(lives);
        List<ContractData.FollowUp> followUps = new ArrayList<>();
        if (minor < FOLLOW_UP) {
            newerFollowUp(check, file);
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

    /** A file of a version before 1.5 does not carry the follow-up. */
    private static void newerFollowUp(Validation check, ContractFileV1 file) {
        for (int i = 0; i < file.contracts().size(); i++) {
            ContractV1 c = file.contracts().get(i);
            java.util.Map<String, @Nullable Object> fields = new java.util.LinkedHashMap<>();
            fields.put("obligations", c.obligations());
            fields.put("actions", c.actions());
            fields.put("meetings", c.meetings());
            fields.put("indicators", c.indicators());
            fields.put("diagnosticNotes", c.diagnosticNotes());
            int at = i;
            fields.forEach((field, value) -> {
                if (value != null) {
                    check.add(Problem.error("file.version.field-newer", "$.contracts[" + at + "]." + field, field, "1.5",
                            file.formatVersion()));
                }
            });
        }
    }

    /** A file of a version before 1.4 does not carry texts, acts nor deliberations. */
    private static void newerFields(Validation check, ContractFileV1 file) {
        for (int i = 0; i < file.contracts().size(); i++) {
            ContractV1 contract = file.contracts().get(i);
            if (contract.texts() != null) {
                check.add(Problem.error("file.version.field-newer", "$.contracts[" + i + "].texts", "texts", "1.4",
                        file.formatVersion()));
            }
            if (contract.acts() != null) {
                check.add(Problem.error("file.version.field-newer", "$.contracts[" + i + "].acts", "acts", "1.4",
                        file.formatVersion()));
            }
        }
        if (file.deliberations() != null) {
            check.add(Problem.error("file.version.field-newer", "$.deliberations", "deliberations", "1.4", file.formatVersion()));
        }
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
            unique(check, ids, record.id(), path);
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

    /** A contract's text versions (each one valid, numbered once) and its acts, as recorded. */
    private static Parsed<ContractLife> life(ContractV1 contract, ContractId id, String path) {
        Validation check = new Validation();
        java.util.SortedMap<Integer, ContractText> texts = new java.util.TreeMap<>();
        List<TextV1> textRecords = Optional.ofNullable(contract.texts()).orElse(List.of());
        for (int k = 0; k < textRecords.size(); k++) {
            String textPath = path + ".texts[" + k + "]";
            TextV1 record = textRecords.get(k);
            Optional<ContractText> text = check.take(text(record, textPath));
            if (texts.containsKey(record.version())) {
                check.add(Problem.error("file.text.version.duplicate", textPath + ".version", record.version()));
            } else {
                text.ifPresent(t -> texts.put(record.version(), t));
            }
        }
        List<ContractAct> acts = new ArrayList<>();
        List<ActV1> actRecords = Optional.ofNullable(contract.acts()).orElse(List.of());
        for (int j = 0; j < actRecords.size(); j++) {
            check.take(act(actRecords.get(j), path + ".acts[" + j + "]")).ifPresent(acts::add);
        }
        // version 1 is the draft, then the text as approved; every later version is an amendment's
        Set<Integer> amended = new HashSet<>();
        for (int j = 0; j < actRecords.size(); j++) {
            ActV1 act = actRecords.get(j);
            if ("AMENDED".equals(act.kind()) && act.textVersion() != null) {
                amended.add(act.textVersion());
                if (textRecords.stream().noneMatch(t -> t.version() == act.textVersion())) {
                    check.add(Problem.error("file.act.text.missing", path + ".acts[" + j + "].textVersion", act.textVersion()));
                }
            }
        }
        for (int k = 0; k < textRecords.size(); k++) {
            int version = textRecords.get(k).version();
            if (version > 1 && !amended.contains(version)) {
                check.add(Problem.error("file.text.version.unamended", path + ".texts[" + k + "].version", version));
            }
        }
        return check.build(() -> new ContractLife(id, texts, acts));
    }

    private static Parsed<ContractText> text(TextV1 t, String path) {
        Validation check = new Validation();
        List<LegalReference> references = new ArrayList<>();
        for (int i = 0; i < t.references().size(); i++) {
            ReferenceV1 r = t.references().get(i);
            String at = path + ".references[" + i + "]";
            check.take(optional(r.date(), raw -> date(raw, at + ".date"))).ifPresent(date -> references.add(
                    new LegalReference(LegalReference.Kind.valueOf(r.kind()), r.title(), Optional.ofNullable(r.number()), date)));
        }
        ContractText text = new ContractText(t.preamble(), references,
                t.axes().stream().map(a -> new Axis(Optional.ofNullable(a.number()), a.title(),
                        a.commitments().stream().map(c -> new Commitment(c.id(), c.text())).toList())).toList(),
                t.annexes().stream().map(a -> new Annex(a.title(), a.text())).toList());
        check.addAll(text.problems(path).stream().filter(Problem::isError).toList());
        return check.build(() -> text);
    }

    private static Parsed<ContractAct> act(ActV1 a, String path) {
        Validation check = new Validation();
        java.util.Map<String, @Nullable Object> fields = new java.util.LinkedHashMap<>();
        fields.put("deliberationId", a.deliberationId());
        fields.put("partnerId", a.partnerId());
        fields.put("textVersion", a.textVersion());
        fields.put("reason", a.reason());
        fields.put("successorId", a.successorId());
        List<String> expected = ACT_FIELDS.get(a.kind());
        fields.forEach((field, value) -> {
            if (value == null && expected.contains(field)) {
                check.add(Problem.error("file.schema.required", path + "." + field, field));
            } else if (value != null && !expected.contains(field)) {
                check.add(Problem.error("file.act.field.unexpected", path + "." + field, field, a.kind()));
            }
        });
        Optional<LocalDate> on = check.take(date(a.date(), path + ".date"));
        if (check.hasErrors()) {
            return Parsed.invalid(check.problems());
        }
        if ("AMENDED".equals(a.kind()) && a.textVersion() < 2) {
            return Parsed.invalid(Problem.error("file.act.text-version", path + ".textVersion", a.textVersion(), 2));
        }
        return switch (a.kind()) {
            case "APPROVED" -> DeliberationId.parse(a.deliberationId(), path + ".deliberationId")
                    .map(d -> new ContractAct.Approved(d, on.orElseThrow()));
            case "SIGNED" -> PartnerId.parse(a.partnerId(), path + ".partnerId")
                    .map(p -> new ContractAct.Signed(p, on.orElseThrow(), a.textVersion()));
            case "TERMINATED" -> Parsed.valid(new ContractAct.Terminated(on.orElseThrow(), a.reason()));
            case "AMENDED" -> DeliberationId.parse(a.deliberationId(), path + ".deliberationId")
                    .map(d -> new ContractAct.Amended(d, on.orElseThrow(), a.textVersion()));
            case "RENEWED" -> ContractId.parse(a.successorId(), path + ".successorId")
                    .map(c -> new ContractAct.Renewed(c, on.orElseThrow()));
            default -> throw new IllegalStateException("the schema lets no other kind of act through: " + a.kind());
        };
    }

    static void unique(Validation check, Set<String> ids, String id, String path) {
        if (!ids.add(id)) {
            check.add(Problem.error("file.id.duplicate", path + ".id", id));
        }
    }

    private static Parsed<Institution> institution(InstitutionV1 i, String path) {
        Validation check = new Validation();
        Optional<InstitutionId> id = check.take(InstitutionId.parse(i.id(), path + ".id"));
        Optional<String> name = check.take(Texts.required(i.name(), path + ".name", Institution.NAME_MAX));
        Optional<Optional<Siret>> siret = check.take(optional(i.siret(), raw -> Siret.parse(raw, path + ".siret")));
        Optional<Optional<InstitutionId>> parent = check.take(optional(i.parentId(), raw -> InstitutionId.parse(raw, path + ".parentId")));
        if (id.isPresent() && parent.isPresent() && parent.get().filter(id.get()::equals).isPresent()) {
            check.add(Problem.error("institution.parent.self", path + ".parentId"));
        }
        return check.build(() -> new Institution(id.orElseThrow(), 0, name.orElseThrow(), Sector.valueOf(i.sector()),
                siret.orElseThrow(), parent.orElseThrow(), Provenance.valueOf(i.provenance())));
    }

    private static Parsed<Partner> partner(PartnerV1 p, TerritoryId territory, ContractId contract, String path) {
        Validation check = new Validation();
        Optional<PartnerId> id = check.take(PartnerId.parse(p.id(), path + ".id"));
        Optional<InstitutionId> institution = check.take(InstitutionId.parse(p.institutionId(), path + ".institutionId"));
        Optional<String> role = check.take(Texts.required(p.role(), path + ".role", Partner.TEXT_MAX));
        List<String> initiatives = new ArrayList<>();
        for (int i = 0; i < p.initiatives().size(); i++) {
            check.take(Texts.required(p.initiatives().get(i), path + ".initiatives[" + i + "]", Partner.TEXT_MAX))
                    .ifPresent(initiatives::add);
        }
        ContactV1 c = Optional.ofNullable(p.contact()).orElse(new ContactV1(null, null, null, null));
        Optional<Optional<PhoneNumber>> phone = check.take(optional(c.phone(), raw -> PhoneNumber.parse(raw, path + ".contact.phone")));
        Optional<Optional<EmailAddress>> email = check.take(optional(c.email(), raw -> EmailAddress.parse(raw, path + ".contact.email")));
        Optional<Verification> verified = check.take(verification(p.verified(), path + ".verified"));
        return check.build(() -> new Partner(id.orElseThrow(), 0, territory, contract, institution.orElseThrow(), role.orElseThrow(),
                initiatives, new PublicContact(phone.orElseThrow(), email.orElseThrow(), Optional.ofNullable(c.web()),
                        Optional.ofNullable(c.address())),
                Optional.ofNullable(p.representative()).map(r -> new Representative(r.title(), r.name())), p.signatory(),
                verified.orElseThrow(), Provenance.valueOf(p.provenance())));
    }

    private static Parsed<Referent> referent(ReferentV1 r, TerritoryId territory, PartnerId partner, String path) {
        Validation check = new Validation();
        Optional<ReferentId> id = check.take(ReferentId.parse(r.id(), path + ".id"));
        Optional<Optional<LocalDate>> from = check.take(optional(r.from(), raw -> date(raw, path + ".from")));
        Optional<Optional<LocalDate>> until = check.take(optional(r.until(), raw -> date(raw, path + ".until")));
        Optional<Optional<ReferentDetails>> details;
        if (Boolean.TRUE.equals(r.erased())) {
            details = Optional.of(Optional.empty());
        } else {
            Optional<String> name = check.take(Texts.required(Optional.ofNullable(r.name()).orElse(""), path + ".name",
                    ReferentDetails.NAME_MAX));
            Optional<String> function = check.take(Texts.required(Optional.ofNullable(r.function()).orElse(""),
                    path + ".function", ReferentDetails.TEXT_MAX));
            Optional<Optional<PhoneNumber>> phone = check.take(optional(r.phone(), raw -> PhoneNumber.parse(raw, path + ".phone")));
            Optional<Optional<EmailAddress>> email = check.take(optional(r.email(), raw -> EmailAddress.parse(raw, path + ".email")));
            details = name.isPresent() && function.isPresent() && phone.isPresent() && email.isPresent()
                    ? Optional.of(Optional.of(new ReferentDetails(name.get(), function.get(), phone.get(), email.get(),
                            Optional.ofNullable(r.availability()))))
                    : Optional.empty();
        }
        if (from.isPresent() && until.isPresent() && from.get().isPresent() && until.get().isPresent()
                && until.get().get().isBefore(from.get().get())) {
            check.add(Problem.error("referent.period.reversed", path + ".until", until.get().get(), from.get().get()));
        }
        return check.build(() -> new Referent(id.orElseThrow(), 0, partner, territory, details.orElseThrow(), from.orElseThrow(),
                until.orElseThrow(), r.main(), Provenance.valueOf(r.provenance())));
    }

    private static Parsed<Resource> resource(ResourceV1 r, Optional<Territory> territory, TerritoryId owner, String path) {
        Validation check = new Validation();
        Optional<ResourceId> id = check.take(ResourceId.parse(r.id(), path + ".id"));
        ResourceScope scope = ResourceScope.valueOf(r.scope());
        if (scope == ResourceScope.NATIONAL) {
            check.add(Problem.error("file.resource.national", path + ".scope"));
        }
        Optional<DepartmentCode> department = check.take(DepartmentCode.parse(r.department(), path + ".department"));
        if (territory.isPresent() && department.isPresent() && !department.get().equals(territory.get().facts().department())) {
            check.add(Problem.error("file.resource.department", path + ".department", department.get(),
                    territory.get().facts().department()));
        }
        Map<Language, String> description = new EnumMap<>(Language.class);
        r.description().forEach((language, text) -> description.put(Language.valueOf(language), text));
        Optional<Optional<PhoneNumber>> phone = check.take(optional(r.phone(), raw -> PhoneNumber.parse(raw, path + ".phone")));
        Optional<Optional<PhoneNumber>> sms = check.take(optional(r.sms(), raw -> PhoneNumber.parse(raw, path + ".sms")));
        Optional<Verification> verified = check.take(verification(r.verified(), path + ".verified"));
        Optional<TerritoryId> place = scope == ResourceScope.LOCAL ? Optional.of(owner) : Optional.empty();
        if (phone.isPresent() && sms.isPresent() && department.isPresent() && scope != ResourceScope.NATIONAL) {
            check.addAll(Resource.inconsistencies(scope, department, place, r.name(), description, phone.get(), sms.get(),
                    Optional.ofNullable(r.web()), Optional.ofNullable(r.address()), path));
        }
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        r.audiences().forEach(a -> audiences.add(Audience.valueOf(a)));
        return check.build(() -> new Resource(id.orElseThrow(), 0, scope, department, place, ResourceKind.valueOf(r.kind()),
                r.name(), description, phone.orElseThrow(), sms.orElseThrow(), Optional.ofNullable(r.web()),
                Optional.ofNullable(r.address()), Optional.ofNullable(r.hours()), Optional.ofNullable(r.languages()),
                Optional.ofNullable(r.accessibility()), r.free(), r.anonymous(), audiences, verified.orElseThrow(),
                Provenance.valueOf(r.provenance())));
    }

    private static Parsed<Verification> verification(VerifiedV1 v, String path) {
        try {
            return Parsed.valid(new Verification(Instant.parse(v.at()), v.by()));
        } catch (DateTimeParseException e) {
            return Parsed.invalid(Problem.error("file.instant.format", path + ".at", v.at()));
        }
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

    private static ContractV1 contract(Contract contract, List<PartnerV1> partners, List<CampaignV1> campaigns,
            Optional<ContractLife> life) {
        List<TextV1> texts = life.map(l -> l.texts().entrySet().stream().map(e -> text(e.getKey(), e.getValue())).toList())
                .orElse(List.of());
        List<ActV1> acts = life.map(l -> l.acts().stream().map(FileFormat::act).toList()).orElse(List.of());
        return new ContractV1(
                contract.id().toString(),
                contract.title(),
                contract.startDate().map(LocalDate::toString).orElse(null),
                contract.endDate().map(LocalDate::toString).orElse(null),
                contract.provenance().name(),
                partners.isEmpty() ? null : partners,
                campaigns.isEmpty() ? null : campaigns,
                texts.isEmpty() ? null : texts,
                acts.isEmpty() ? null : acts,
                null, null, null, null, null);
    }

    private static TextV1 text(int version, ContractText text) {
        return new TextV1(version, text.preamble(),
                text.references().stream().map(r -> new ReferenceV1(r.kind().name(), r.title(), r.number().orElse(null),
                        r.date().map(LocalDate::toString).orElse(null))).toList(),
                text.axes().stream().map(a -> new AxisV1(a.number().orElse(null), a.title(),
                        a.commitments().stream().map(c -> new CommitmentV1(c.id(), c.text())).toList())).toList(),
                text.annexes().stream().map(a -> new AnnexV1(a.title(), a.text())).toList());
    }

    private static ActV1 act(ContractAct act) {
        String on = act.on().toString();
        return switch (act) {
            case ContractAct.Approved a -> new ActV1("APPROVED", on, a.deliberation().toString(), null, null, null, null);
            case ContractAct.Signed s -> new ActV1("SIGNED", on, null, s.partner().toString(), s.textVersion(), null, null);
            case ContractAct.Terminated t -> new ActV1("TERMINATED", on, null, null, null, t.reason(), null);
            case ContractAct.Amended a -> new ActV1("AMENDED", on, a.deliberation().toString(), null, a.textVersion(), null,
                    null);
            case ContractAct.Renewed r -> new ActV1("RENEWED", on, null, null, null, null, r.successor().toString());
        };
    }

    private static CircuitV1 circuit(Circuit c) {
        CircuitCondition w = c.when();
        return new CircuitV1(c.name(), new WhenV1(names(w.ages()), names(w.vulnerabilities()), names(w.relations()),
                names(w.violences()), names(w.recencies()), flags(w.immediateDanger()), flags(w.emprise()),
                flags(w.childrenExposed()), flags(w.cannotSpeak()), flags(w.needsShelter()), names(w.consents()),
                names(w.askers()), names(w.contexts())), c.target(), c.urgency().name(), c.channel(), c.reason());
    }

    /** The values' names in order, or nothing (left out of the file) for an empty set: any value. */
    private static @Nullable List<String> names(Set<? extends Enum<?>> values) {
        return values.isEmpty() ? null : values.stream().map(Enum::name).sorted().toList();
    }

    private static @Nullable List<Boolean> flags(Set<Boolean> values) {
        return values.isEmpty() ? null : values.stream().sorted().toList();
    }

    /** The schema checks each value's spelling; what is left is the name's and the target's form. */
    private static Parsed<Circuit> circuit(CircuitV1 c, String path) {
        if (!Circuit.isName(c.name())) {
            return Parsed.invalid(Problem.error("circuit.name.format", path + ".name", c.name()));
        }
        if (!Circuit.isTarget(c.target())) {
            return Parsed.invalid(Problem.error("circuit.target.format", path + ".target", c.target()));
        }
        WhenV1 w = c.when();
        CircuitCondition when = new CircuitCondition(values(w.ages(), AgeGroup::valueOf),
                values(w.vulnerabilities(), Vulnerability::valueOf), values(w.relations(), Relation::valueOf),
                values(w.violences(), Violence::valueOf), values(w.recencies(), Recency::valueOf),
                values(w.immediateDanger(), b -> b), values(w.emprise(), b -> b), values(w.childrenExposed(), b -> b),
                values(w.cannotSpeak(), b -> b), values(w.needsShelter(), b -> b), values(w.consents(), Consent::valueOf),
                values(w.askers(), Capacity::valueOf), values(w.contexts(), Context::valueOf));
        return Parsed.valid(new Circuit(c.name(), when, c.target(), Urgency.valueOf(c.urgency()), c.channel(), c.reason()));
    }

    private static <R, T> Set<T> values(@Nullable List<R> raw, java.util.function.Function<R, T> parse) {
        return raw == null ? Set.of() : raw.stream().map(parse).collect(java.util.stream.Collectors.toSet());
    }

    private static CampaignV1 campaign(Campaign c) {
        return new CampaignV1(c.id().toString(), c.partOf().map(Object::toString).orElse(null), c.title(),
                c.audiences().stream().map(Enum::name).sorted().toList(), c.channels().stream().map(Enum::name).sorted().toList(),
                c.start().toString(), c.end().map(LocalDate::toString).orElse(null), c.owner().map(Object::toString).orElse(null),
                c.status().name(), c.peopleReached().orElse(null), c.provenance().name());
    }

    private static Parsed<Campaign> campaign(CampaignV1 c, TerritoryId territory, ContractId contract, String path) {
        Validation check = new Validation();
        Optional<CampaignId> id = check.take(CampaignId.parse(c.id(), path + ".id"));
        Optional<Optional<CampaignId>> partOf = check.take(optional(c.partOf(), raw -> CampaignId.parse(raw, path + ".partOf")));
        Optional<LocalDate> start = check.take(date(c.start(), path + ".start"));
        Optional<Optional<LocalDate>> end = check.take(optional(c.end(), raw -> date(raw, path + ".end")));
        Optional<Optional<PartnerId>> owner = check.take(optional(c.ownerPartnerId(), raw -> PartnerId.parse(raw, path + ".ownerPartnerId")));
        if (id.isPresent() && start.isPresent() && end.isPresent() && partOf.isPresent()) {
            check.addAll(Campaign.inconsistencies(c.title(), start.get(), end.get(), Optional.ofNullable(c.peopleReached()),
                    partOf.get().filter(id.get()::equals).isPresent(), path));
        }
        return check.build(() -> new Campaign(id.orElseThrow(), 0, territory, contract, partOf.orElseThrow(), c.title(),
                c.audiences().stream().map(CampaignAudience::valueOf).collect(java.util.stream.Collectors.toSet()),
                c.channels().stream().map(Channel::valueOf).collect(java.util.stream.Collectors.toSet()),
                start.orElseThrow(), end.orElseThrow(), owner.orElseThrow(), CampaignStatus.valueOf(c.status()),
                Optional.ofNullable(c.peopleReached()), Provenance.valueOf(c.provenance())));
    }

    private static InstitutionV1 institution(Institution i) {
        return new InstitutionV1(i.id().toString(), i.name(), i.sector().name(), i.siret().map(Siret::value).orElse(null),
                i.parent().map(InstitutionId::toString).orElse(null), i.provenance().name());
    }

    private static PartnerV1 partner(Partner p, List<Referent> referents) {
        PublicContact c = p.contact();
        ContactV1 contact = c.equals(PublicContact.NONE) ? null : new ContactV1(c.phone().map(PhoneNumber::value).orElse(null),
                c.email().map(EmailAddress::value).orElse(null), c.web().orElse(null), c.address().orElse(null));
        return new PartnerV1(p.id().toString(), p.institution().toString(), p.role(), p.initiatives(), contact,
                p.representative().map(r -> new RepresentativeV1(r.title(), r.name())).orElse(null), p.signatory(),
                verified(p.verified()), p.provenance().name(),
                referents.stream().map(FileFormat::referent).sorted(Comparator.comparing(ReferentV1::id)).toList());
    }

    private static ReferentV1 referent(Referent r) {
        Optional<ReferentDetails> d = r.details();
        return new ReferentV1(r.id().toString(), r.isErased() ? Boolean.TRUE : null, d.map(ReferentDetails::name).orElse(null),
                d.map(ReferentDetails::function).orElse(null), d.flatMap(ReferentDetails::phone).map(PhoneNumber::value).orElse(null),
                d.flatMap(ReferentDetails::email).map(EmailAddress::value).orElse(null),
                d.flatMap(ReferentDetails::availability).orElse(null), r.from().map(LocalDate::toString).orElse(null),
                r.until().map(LocalDate::toString).orElse(null), r.main(), r.provenance().name());
    }

    private static ResourceV1 resource(Resource r) {
        java.util.TreeMap<String, String> description = new java.util.TreeMap<>();
        r.description().forEach((language, text) -> description.put(language.name(), text));
        return new ResourceV1(r.id().toString(), r.scope().name(), r.department().map(DepartmentCode::value).orElseThrow(),
                r.kind().name(), r.name(), description, r.phone().map(PhoneNumber::value).orElse(null),
                r.sms().map(PhoneNumber::value).orElse(null), r.web().orElse(null), r.address().orElse(null),
                r.hours().orElse(null), r.languages().orElse(null), r.accessibility().orElse(null), r.free(), r.anonymous(),
                r.audiences().stream().map(Enum::name).sorted().toList(), verified(r.verified()), r.provenance().name());
    }

    private static VerifiedV1 verified(Verification v) {
        return new VerifiedV1(v.at().toString(), v.by());
    }

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
