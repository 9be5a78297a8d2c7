package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.ContractActs;
import io.github.clvss.core.contract.ContractTexts;
import io.github.clvss.core.contract.Contracts;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.Deliberations;
import java.time.Clock;
import java.time.LocalDate;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.InstitutionId;
import io.github.clvss.core.institution.Institutions;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.Partners;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentId;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.partner.Referents;
import io.github.clvss.core.resource.Resource;
import io.github.clvss.core.resource.ResourceId;
import io.github.clvss.core.resource.ResourceScope;
import io.github.clvss.core.resource.Resources;
import java.util.HashSet;
import java.util.Set;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Transactions;
import io.github.clvss.core.territory.Territories;
import io.github.clvss.core.territory.Territory;
import java.io.Serial;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports and exports the contract file (format version 1, see {@code docs/contract-file/}):
 * a territory and its contracts, with their ids, so data can move between installations; from
 * format 1.4, each contract's text versions and acts and the territory's deliberations too; from
 * format 1.5, each contract's follow-up (obligations, actions, meetings, indicators and their
 * measurements, the diagnostic's notes), which a file of 1.5 replaces and an older one leaves alone.
 * The acts a file carries are replayed through {@link io.github.clvss.core.contract.LifecyclePolicy}
 * on the import's day, as if a coordinator recorded them.
 *
 * <p>Import checks the file's shape against its JSON Schema, then every value, then the
 * stored data, and reports every problem with its JSON path; it writes nothing unless all of
 * it is valid, and nothing at all in a dry run. Export is canonical: exporting what an
 * export imported gives the same bytes.
 */
public final class ContractFiles {

    private static final String RECORD = "territory";
    private static final String DEMO = "/io/github/clvss/core/demo/boulogne-billancourt-2023.json";

    private static final FileFormat FORMAT = new FileFormat();
    private final Territories territories;
    private final Contracts contracts;
    private final Institutions institutions;
    private final Partners partners;
    private final Referents referents;
    private final Resources resources;
    private final io.github.clvss.core.communication.Campaigns campaigns;
    private final io.github.clvss.core.referral.Circuits circuits;
    private final ContractTexts texts;
    private final ContractActs history;
    private final Deliberations deliberations;
    private final FollowUpPorts followUp;
    private final Transactions transactions;
    private final Acts acts;
    private final java.time.Clock clock;

    /**
     * @param territories territories port
     * @param contracts contracts port
     * @param institutions institutions port
     * @param partners partners port
     * @param referents référents port
     * @param resources resources port
     * @param campaigns campaigns port
     * @param circuits local circuits port
     * @param texts contract texts port
     * @param history contract acts port
     * @param deliberations deliberations port
     * @param followUp the follow-up's ports: obligations, actions, meetings, indicators, diagnostic notes
     * @param transactions the transaction boundary
     * @param acts access checks and journal
     * @param clock when a revision of the circuits is published, and the day against which a
     *     file's contract acts are checked
     */
    public ContractFiles(Territories territories, Contracts contracts, Institutions institutions, Partners partners,
            Referents referents, Resources resources, io.github.clvss.core.communication.Campaigns campaigns,
            io.github.clvss.core.referral.Circuits circuits, ContractTexts texts, ContractActs history,
            Deliberations deliberations, FollowUpPorts followUp, Transactions transactions, Acts acts, java.time.Clock clock) {
        this.territories = Objects.requireNonNull(territories, "territories");
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.institutions = Objects.requireNonNull(institutions, "institutions");
        this.partners = Objects.requireNonNull(partners, "partners");
        this.referents = Objects.requireNonNull(referents, "referents");
        this.resources = Objects.requireNonNull(resources, "resources");
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.circuits = Objects.requireNonNull(circuits, "circuits");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.history = Objects.requireNonNull(history, "history");
        this.deliberations = Objects.requireNonNull(deliberations, "deliberations");
        this.followUp = Objects.requireNonNull(followUp, "followUp");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.acts = Objects.requireNonNull(acts, "acts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The demo data set shipped with vss: Boulogne-Billancourt's 2023 contract, written from
     * the council deliberation of 1 June 2023. Facts the deliberation does not give are left
     * out, and records say where their facts come from.
     */
    public static byte[] demoFile() {
        try (var in = ContractFiles.class.getResourceAsStream(DEMO)) {
            if (in == null) {
                throw new IllegalStateException("the demo file is missing from the jar: " + DEMO);
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The problems of a file on its own (shape and values), without looking at any database;
     * empty when the file is valid.
     */
    public static List<Problem> validate(byte[] file) {
        return FORMAT.read(file).problems();
    }

    /**
     * Every check an import runs that needs no database: the file's shape and values, then the
     * replay of its acts on {@code clock}'s today in the territory (the contracts' lifecycle, and
     * the CGCT checks of each deliberation that approves a contract or an amendment — each
     * finding listed with its article). What only a database can say (ids or codes already
     * taken) is left to {@code import --dry-run}.
     */
    public static List<Problem> validate(byte[] file, Clock clock) {
        Parsed<ContractData> parsed = FORMAT.read(file);
        if (!(parsed instanceof Parsed.Valid<ContractData>(ContractData data))) {
            return parsed.problems();
        }
        LocalDate today = data.territory().facts().today(clock);
        return ActReplay.problems(data, id -> Optional.empty(), today);
    }

    /**
     * Imports a file: all of it, or nothing.
     *
     * @param actor a platform administrator to create a territory; its coordinator to replace
     * @param file the file's bytes (UTF-8 JSON)
     * @param mode create or replace
     * @param dryRun check everything, including against stored data, and write nothing
     */
    public ImportReport importFile(Actor actor, byte[] file, ImportMode mode, boolean dryRun) {
        Parsed<ContractData> parsed = FORMAT.read(file);
        if (!(parsed instanceof Parsed.Valid<ContractData>(ContractData data))) {
            return ImportReport.refused(Optional.empty(), parsed.problems());
        }
        TerritoryId territory = data.territory().id();
        Act act = Act.on(mode == ImportMode.CREATE ? "contractfile.import.create" : "contractfile.import.replace",
                RECORD, territory, territory);
        acts.refuseUnless(mode == ImportMode.CREATE
                ? AccessPolicy.administerPlatform(actor)
                : AccessPolicy.changeTerritory(actor, territory), actor, act);
        try {
            return transactions.inTransaction(() -> {
                List<Problem> problems = checkAgainstStored(data, mode);
                if (!problems.isEmpty()) {
                    throw new Refused(problems);
                }
                ImportReport.Changes changes = mode == ImportMode.CREATE ? create(actor, data) : replace(actor, data);
                if (dryRun) {
                    throw new DryRun(changes);
                }
                acts.record(actor, act);
                return new ImportReport(Optional.of(territory), overlaps(data), true, changes);
            });
        } catch (Refused refused) {
            return ImportReport.refused(Optional.of(territory), refused.problems);
        } catch (DryRun dry) {
            return new ImportReport(Optional.of(territory), overlaps(data), false, dry.changes);
        }
    }

    /** Circuits some situation falls under both: worth a look, not a reason to refuse the file. */
    private static List<Problem> overlaps(ContractData data) {
        List<io.github.clvss.core.referral.Circuit> carried = data.circuits().orElse(List.of());
        List<String> names = carried.stream().map(io.github.clvss.core.referral.Circuit::name).toList();
        return new io.github.clvss.core.referral.CircuitPlan(0, carried).overlaps().stream()
                .map(o -> Problem.warning("circuit.overlap", "$.circuits[" + names.indexOf(o.second()) + "].when", o.second(),
                        o.first()))
                .toList();
    }

    /** Exports a territory and its contracts, canonically. */
    public byte[] export(Actor actor, TerritoryId territory) {
        Act act = Act.on("contractfile.export", RECORD, territory, territory);
        acts.refuseUnless(AccessPolicy.readTerritory(actor, territory), actor, act);
        return transactions.inTransaction(() -> {
            Territory stored = territories.find(territory)
                    .orElseThrow(() -> new NotFoundException(Problem.general("territory.not-found", territory)));
            byte[] file = FORMAT.write(gather(stored));
            acts.record(actor, act);
            return file;
        });
    }

    private List<Problem> checkAgainstStored(ContractData data, ImportMode mode) {
        List<Problem> problems = new ArrayList<>();
        Territory territory = data.territory();
        boolean exists = territories.find(territory.id()).isPresent();
        if (mode == ImportMode.CREATE && exists) {
            problems.add(Problem.error("import.territory.exists", "$.territory.id", territory.id()));
        }
        if (mode == ImportMode.REPLACE && !exists) {
            problems.add(Problem.error("import.territory.missing", "$.territory.id", territory.id()));
        }
        territories.findBySiren(territory.facts().siren())
                .filter(other -> !other.id().equals(territory.id()))
                .ifPresent(other -> problems.add(
                        Problem.error("territory.siren.taken", "$.territory.siren", territory.facts().siren())));
        territory.facts().inseeCode().flatMap(territories::findByInseeCode)
                .filter(other -> !other.id().equals(territory.id()))
                .ifPresent(other -> problems.add(Problem.error("territory.insee.taken", "$.territory.inseeCode",
                        other.facts().inseeCode().orElseThrow())));
        Set<InstitutionId> known = new HashSet<>();
        for (int i = 0; i < data.institutions().size(); i++) {
            Institution institution = data.institutions().get(i);
            String path = "$.institutions[" + i + "]";
            known.add(institution.id());
            institution.siret().flatMap(institutions::findBySiret).filter(other -> !other.id().equals(institution.id()))
                    .ifPresent(other -> problems.add(Problem.error("institution.siret.taken", path + ".siret", institution.siret().orElseThrow())));
        }
        for (int i = 0; i < data.institutions().size(); i++) {
            String path = "$.institutions[" + i + "].parentId";
            data.institutions().get(i).parent().filter(parent -> !known.contains(parent) && institutions.find(parent).isEmpty())
                    .ifPresent(parent -> problems.add(Problem.error("institution.parent.unknown", path, parent)));
        }
        for (int i = 0; i < data.contracts().size(); i++) {
            Contract contract = data.contracts().get(i);
            String path = "$.contracts[" + i + "]";
            contracts.find(contract.id()).ifPresent(stored -> {
                if (mode == ImportMode.CREATE) {
                    problems.add(Problem.error("import.contract.exists", path + ".id", contract.id()));
                } else if (!stored.territory().equals(territory.id())) {
                    problems.add(Problem.error("import.contract.other-territory", path + ".id", contract.id()));
                }
            });
            List<Partner> partnersOfContract = data.partners().stream().filter(p -> p.contract().equals(contract.id())).toList();
            Set<InstitutionId> joined = new HashSet<>();
            for (int j = 0; j < partnersOfContract.size(); j++) {
                Partner partner = partnersOfContract.get(j);
                String partnerPath = path + ".partners[" + j + "]";
                if (!known.contains(partner.institution()) && institutions.find(partner.institution()).isEmpty()) {
                    problems.add(Problem.error("import.partner.institution-unknown", partnerPath + ".institutionId", partner.institution()));
                }
                if (!joined.add(partner.institution())) {
                    problems.add(Problem.error("partner.institution.twice", partnerPath + ".institutionId", partner.institution()));
                }
                partners.find(partner.id()).ifPresent(stored -> stored(problems, mode, stored.territory(), territory.id(),
                        partnerPath + ".id", partner.id()));
                List<Referent> referentsOfPartner = data.referents().stream().filter(r -> r.partner().equals(partner.id())).toList();
                for (int k = 0; k < referentsOfPartner.size(); k++) {
                    Referent referent = referentsOfPartner.get(k);
                    referents.find(referent.id()).ifPresent(stored -> stored(problems, mode, stored.territory(), territory.id(),
                            partnerPath + ".referents[" + referentsOfPartner.indexOf(referent) + "].id", referent.id()));
                }
            }
        }
        for (int i = 0; i < data.contracts().size(); i++) {
            ContractId contract = data.contracts().get(i).id();
            List<io.github.clvss.core.communication.Campaign> ofContract = data.campaigns().stream()
                    .filter(c -> c.contract().equals(contract)).toList();
            for (int j = 0; j < ofContract.size(); j++) {
                var campaign = ofContract.get(j);
                String path = "$.contracts[" + i + "].campaigns[" + j + "].id";
                campaigns.find(campaign.id()).ifPresent(stored -> stored(problems, mode, stored.territory(), territory.id(), path,
                        campaign.id()));
            }
        }
        for (int i = 0; i < data.resources().size(); i++) {
            Resource resource = data.resources().get(i);
            String path = "$.resources[" + i + "].id";
            resources.find(resource.id()).filter(stored -> stored.scope() == ResourceScope.LOCAL)
                    .ifPresent(stored -> stored(problems, mode, stored.territory().orElseThrow(), territory.id(), path, resource.id()));
        }
        Set<java.util.UUID> inFile = new HashSet<>();
        data.partners().forEach(p -> inFile.add(p.id().value()));
        data.resources().forEach(r -> inFile.add(r.id().value()));
        List<io.github.clvss.core.referral.Circuit> carried = data.circuits().orElse(List.of());
        for (int i = 0; i < carried.size(); i++) {
            var circuit = carried.get(i);
            if (!inFile.contains(circuit.targetId()) && !pointsAtNationalResource(circuit)) {
                problems.add(Problem.error("circuit.target.missing", "$.circuits[" + i + "].target", circuit.target()));
            }
        }
        if (data.circuits().isEmpty() && mode == ImportMode.REPLACE && exists) {
            // the stored circuits stay: the file must keep what they point at
            for (var circuit : circuits.plan(territory.id()).circuits()) {
                if (!inFile.contains(circuit.targetId()) && !pointsAtNationalResource(circuit)) {
                    problems.add(Problem.error("circuit.target.dropped", "$", circuit.name(), circuit.target()));
                }
            }
        }
        for (int i = 0; i < data.deliberations().size(); i++) {
            Deliberation deliberation = data.deliberations().get(i);
            String path = "$.deliberations[" + i + "]";
            deliberations.find(deliberation.id()).ifPresent(stored -> stored(problems, mode, stored.territory(), territory.id(),
                    path + ".id", deliberation.id()));
            deliberation.transmission().actesId().ifPresent(actesId -> deliberations.findByActesId(actesId)
                    .filter(other -> !other.id().equals(deliberation.id()))
                    .ifPresent(other -> problems.add(Problem.error("deliberation.actes.taken", path + ".transmission.actesId",
                            actesId))));
        }
        checkFollowUpAgainstStored(data, mode, problems);
        LocalDate today = territory.facts().today(clock);
        problems.addAll(ActReplay.problems(data, deliberations::find, today));
        return problems;
    }

    /**
     * The follow-up's records stored already (by id): refused in create mode, and under a
     * contract the file does not replace the follow-up of; the meetings' guests must be
     * institutions.
     */
    private void checkFollowUpAgainstStored(ContractData data, ImportMode mode, List<Problem> problems) {
        TerritoryId territory = data.territory().id();
        Set<InstitutionId> known = new HashSet<>();
        data.institutions().forEach(i -> known.add(i.id()));
        Set<ContractId> replaced = new HashSet<>();
        data.followUps().orElse(List.of()).forEach(f -> replaced.add(f.contract()));
        for (int i = 0; i < data.contracts().size(); i++) {
            String path = "$.contracts[" + i + "]";
            Optional<ContractData.FollowUp> carried = data.followUp(data.contracts().get(i).id());
            if (carried.isEmpty()) {
                continue;
            }
            ContractData.FollowUp f = carried.get();
            // in the file's order, so the paths are the file's
            List<io.github.clvss.core.followup.Action> actions = f.actions();
            for (int j = 0; j < actions.size(); j++) {
                var id = actions.get(j).id();
                String at = path + ".actions[" + j + "].id";
                followUp.actions().find(id).ifPresent(stored -> storedFollowUp(problems, mode, stored.territory(),
                        stored.contract(), territory, replaced, at, id));
            }
            List<io.github.clvss.core.followup.Meeting> meetings = f.meetings();
            for (int j = 0; j < meetings.size(); j++) {
                var meeting = meetings.get(j);
                String at = path + ".meetings[" + j + "]";
                followUp.meetings().find(meeting.id()).ifPresent(stored -> storedFollowUp(problems, mode, stored.territory(),
                        stored.contract(), territory, replaced, at + ".id", meeting.id()));
                for (int k = 0; k < meeting.guests().size(); k++) {
                    InstitutionId guest = meeting.guests().get(k);
                    if (!known.contains(guest) && institutions.find(guest).isEmpty()) {
                        problems.add(Problem.error("import.guest.institution-unknown", at + ".guestInstitutionIds[" + k + "]",
                                guest));
                    }
                }
            }
            List<io.github.clvss.core.indicator.Indicator> indicators = f.indicators();
            for (int j = 0; j < indicators.size(); j++) {
                var id = indicators.get(j).id();
                String at = path + ".indicators[" + j + "].id";
                followUp.indicators().find(id).ifPresent(stored -> storedFollowUp(problems, mode, stored.territory(),
                        stored.contract(), territory, replaced, at, id));
            }
        }
    }

    /** A follow-up record of the file already stored: it may only be one the import removes first. */
    private static void storedFollowUp(List<Problem> problems, ImportMode mode, TerritoryId owner, ContractId contract,
            TerritoryId territory, Set<ContractId> replaced, String path, Object id) {
        if (mode == ImportMode.CREATE || !owner.equals(territory)) {
            stored(problems, mode, owner, territory, path, id);
        } else if (!replaced.contains(contract)) {
            problems.add(Problem.error("import.followup.other-contract", path, id, contract));
        }
    }

    /** Whether a circuit points at a national resource: one shipped with vss, never carried in files. */
    private boolean pointsAtNationalResource(io.github.clvss.core.referral.Circuit circuit) {
        return !circuit.targetsPartner() && resources.find(new io.github.clvss.core.resource.ResourceId(circuit.targetId()))
                .filter(r -> r.scope() == ResourceScope.NATIONAL).isPresent();
    }

    /** A record of the file already stored: refused in create mode, and in another territory. */
    private static void stored(List<Problem> problems, ImportMode mode, TerritoryId owner, TerritoryId territory, String path,
            Object id) {
        if (mode == ImportMode.CREATE) {
            problems.add(Problem.error("import.record.exists", path, id));
        } else if (!owner.equals(territory)) {
            problems.add(Problem.error("import.record.other-territory", path, id));
        }
    }

    private ImportReport.Changes create(Actor actor, ContractData data) {
        Territory territory = territories.add(data.territory());
        acts.record(actor, Act.on("territory.register", "territory", territory.id(), territory.id()));
        for (Contract contract : data.contracts()) {
            contracts.add(contract);
            acts.record(actor, Act.on("contract.create", "contract", contract.id(), territory.id()));
        }
        int added = addMissingInstitutions(actor, data);
        Written written = writeRecords(actor, data, ImportMode.CREATE);
        int deliberationsWritten = writeDeliberations(actor, data);
        Lives lives = writeLives(actor, data);
        writeFollowUps(actor, data);
        return new ImportReport.Changes(1, 0, data.contracts().size(), 0, 0, added, written.partners, written.referents,
                written.resources, written.removed, deliberationsWritten, lives.texts, lives.acts);
    }

    private ImportReport.Changes replace(Actor actor, ContractData data) {
        TerritoryId id = data.territory().id();
        Territory current = territories.find(id).orElseThrow();
        territories.update(new Territory(id, current.version(), data.territory().facts(), data.territory().provenance()));
        acts.record(actor, Act.on("territory.replace", "territory", id, id));
        int added = addMissingInstitutions(actor, data);
        Map<ContractId, Contract> stored = new HashMap<>();
        allContracts(id).forEach(contract -> stored.put(contract.id(), contract));
        int created = 0;
        int replaced = 0;
        for (Contract contract : data.contracts()) {
            Contract previous = stored.remove(contract.id());
            if (previous == null) {
                contracts.add(contract);
                acts.record(actor, Act.on("contract.create", "contract", contract.id(), id));
                created++;
            } else {
                contracts.update(new Contract(contract.id(), previous.version(), id, contract.title(),
                        contract.startDate(), contract.endDate(), contract.provenance()));
                acts.record(actor, Act.on("contract.replace", "contract", contract.id(), id));
                replaced++;
            }
        }
        Written written = writeRecords(actor, data, ImportMode.REPLACE);
        int deliberationsWritten = writeDeliberations(actor, data);
        Lives lives = writeLives(actor, data);
        writeFollowUps(actor, data);
        int removed = written.removed;
        for (ContractId gone : stored.keySet()) {
            for (var campaign : campaignsOf(gone)) {
                campaigns.remove(campaign.id());
                removed++;
            }
            for (Partner partner : allPartners(gone)) {
                removed += removePartner(actor, partner);
            }
            contracts.remove(gone);
            acts.record(actor, Act.on("contract.remove", "contract", gone, id));
        }
        return new ImportReport.Changes(0, 1, created, replaced, stored.size(), added, written.partners, written.referents,
                written.resources, removed, deliberationsWritten, lives.texts, lives.acts);
    }

    private record Written(int partners, int referents, int resources, int removed) {
    }

    private record Lives(int texts, int acts) {
    }

    /** The file's deliberations, added or updated; the territory's others stay. */
    private int writeDeliberations(Actor actor, ContractData data) {
        for (Deliberation deliberation : data.deliberations()) {
            deliberations.find(deliberation.id()).ifPresentOrElse(
                    stored -> deliberations.update(deliberation.withVersion(stored.version())),
                    () -> deliberations.add(deliberation));
            acts.record(actor, Act.on("deliberation.import", "deliberation", deliberation.id(), deliberation.territory()));
        }
        return data.deliberations().size();
    }

    /** Each contract's texts and acts become the file's (from format 1.4; an older file leaves them alone). */
    private Lives writeLives(Actor actor, ContractData data) {
        int textsWritten = 0;
        int actsWritten = 0;
        for (ContractData.ContractLife life : data.lives().orElse(List.of())) {
            texts.removeAll(life.contract());
            history.removeAll(life.contract());
            life.texts().forEach((version, text) -> texts.put(life.contract(), version, text));
            life.acts().forEach(act -> history.append(life.contract(), act));
            textsWritten += life.texts().size();
            actsWritten += life.acts().size();
            acts.record(actor, Act.on("contract.history.import", "contract", life.contract(), data.territory().id()));
        }
        return new Lives(textsWritten, actsWritten);
    }

    /**
     * Each contract's follow-up becomes the file's (from format 1.5; an older file leaves it
     * alone): what was stored is removed, then the file's records are added. The file does not
     * carry the actions' change history: each action's starts afresh with one change, by the
     * importing actor, giving every field.
     */
    private void writeFollowUps(Actor actor, ContractData data) {
        TerritoryId territory = data.territory().id();
        // everything first: a record may move from one of the file's contracts to another
        for (ContractData.FollowUp f : data.followUps().orElse(List.of())) {
            followUp.meetings().removeAll(f.contract());
            followUp.actions().removeAll(f.contract());
            followUp.obligations().removeAll(f.contract());
            followUp.indicators().removeAll(f.contract());
            followUp.diagnosticNotes().removeAll(f.contract());
        }
        for (ContractData.FollowUp f : data.followUps().orElse(List.of())) {
            ContractId contract = f.contract();
            f.obligations().forEach(followUp.obligations()::put);
            for (var action : f.actions()) {
                followUp.actions().add(action);
                followUp.actions().appendChange(action.id(), clock.instant(), actor.id(), action.changesSince(Optional.empty()));
            }
            f.meetings().forEach(followUp.meetings()::add);
            // totals before their parts, which point at them
            f.indicators().stream().sorted(java.util.Comparator.comparing(i -> i.partOf().isPresent()))
                    .forEach(followUp.indicators()::add);
            f.measurements().forEach(followUp.indicators()::record);
            f.notes().forEach(followUp.diagnosticNotes()::put);
            acts.record(actor, Act.on("contract.followup.import", "contract", contract, territory));
        }
    }

    /** Partners, référents and the territory's own resources: added, replaced, or (replace mode) removed. */
    private Written writeRecords(Actor actor, ContractData data, ImportMode mode) {
        TerritoryId territory = data.territory().id();
        int removed = 0;
        Set<PartnerId> partnersInFile = new HashSet<>();
        Set<ReferentId> referentsInFile = new HashSet<>();
        data.partners().forEach(p -> partnersInFile.add(p.id()));
        data.referents().forEach(r -> referentsInFile.add(r.id()));
        if (mode == ImportMode.REPLACE) {
            for (Contract contract : data.contracts()) {
                for (Partner partner : allPartners(contract.id())) {
                    if (!partnersInFile.contains(partner.id())) {
                        removed += removePartner(actor, partner);
                    } else {
                        for (Referent referent : referentsOf(partner)) {
                            if (!referentsInFile.contains(referent.id())) {
                                referents.remove(referent.id());
                                acts.record(actor, Act.on("referent.remove", "referent", referent.id(), territory));
                                removed++;
                            }
                        }
                    }
                }
            }
        }
        for (Partner partner : data.partners()) {
            partners.find(partner.id()).ifPresentOrElse(
                    stored -> partners.update(new Partner(partner.id(), stored.version(), partner.territory(), partner.contract(),
                            partner.institution(), partner.role(), partner.initiatives(), partner.contact(),
                            partner.representative(), partner.signatory(), partner.verified(), partner.provenance())),
                    () -> partners.add(partner));
            acts.record(actor, Act.on("partner.import", "partner", partner.id(), territory));
        }
        for (Referent referent : data.referents()) {
            referents.find(referent.id()).ifPresentOrElse(
                    stored -> referents.update(new Referent(referent.id(), stored.version(), referent.partner(), referent.territory(),
                            referent.details(), referent.from(), referent.until(), referent.main(), referent.provenance())),
                    () -> referents.add(referent));
            acts.record(actor, Act.on("referent.import", "referent", referent.id(), territory));
        }
        Set<ResourceId> resourcesInFile = new HashSet<>();
        int resourcesWritten = 0;
        for (Resource resource : data.resources()) {
            resourcesInFile.add(resource.id());
            Optional<Resource> stored = resources.find(resource.id());
            if (stored.isEmpty()) {
                resources.add(resource);
            } else if (resource.scope() == ResourceScope.LOCAL) {
                resources.update(withVersion(resource, stored.get().version()));
            } else {
                continue;
            }
            resourcesWritten++;
            acts.record(actor, Act.on("resource.import", "resource", resource.id(), territory));
        }
        if (mode == ImportMode.REPLACE) {
            for (Resource resource : ownResources(data.territory())) {
                if (resource.scope() == ResourceScope.LOCAL && !resourcesInFile.contains(resource.id())) {
                    resources.remove(resource.id());
                    acts.record(actor, Act.on("resource.remove", "resource", resource.id(), territory));
                    removed++;
                }
            }
        }
        Set<io.github.clvss.core.communication.CampaignId> campaignsInFile = new HashSet<>();
        data.campaigns().forEach(c -> campaignsInFile.add(c.id()));
        if (mode == ImportMode.REPLACE) {
            for (Contract contract : data.contracts()) {
                for (var campaign : campaignsOf(contract.id())) {
                    if (!campaignsInFile.contains(campaign.id())) {
                        campaigns.remove(campaign.id());
                        acts.record(actor, Act.on("campaign.remove", "campaign", campaign.id(), territory));
                        removed++;
                    }
                }
            }
        }
        // parents first: an action refers to its campaign
        List<io.github.clvss.core.communication.Campaign> ordered = new ArrayList<>(data.campaigns());
        ordered.sort(java.util.Comparator.comparing(c -> c.partOf().isPresent()));
        for (var campaign : ordered) {
            campaigns.find(campaign.id()).ifPresentOrElse(
                    stored -> campaigns.update(new io.github.clvss.core.communication.Campaign(campaign.id(), stored.version(),
                            campaign.territory(), campaign.contract(), campaign.partOf(), campaign.title(), campaign.audiences(),
                            campaign.channels(), campaign.start(), campaign.end(), campaign.owner(), campaign.status(),
                            campaign.peopleReached(), campaign.provenance())),
                    () -> campaigns.add(campaign));
            acts.record(actor, Act.on("campaign.import", "campaign", campaign.id(), territory));
        }
        var currentCircuits = circuits.plan(territory);
        if (data.circuits().filter(carried -> !carried.equals(currentCircuits.circuits())).isPresent()) {
            circuits.store(territory, new io.github.clvss.core.referral.CircuitPlan(currentCircuits.revision() + 1,
                    data.circuits().orElseThrow()), clock.instant());
            acts.record(actor, Act.onTerritory("circuit.import", "circuit", territory));
        }
        return new Written(data.partners().size(), data.referents().size(), resourcesWritten, removed);
    }

    private int removePartner(Actor actor, Partner partner) {
        int removed = 0;
        for (Referent referent : referentsOf(partner)) {
            referents.remove(referent.id());
            acts.record(actor, Act.on("referent.remove", "referent", referent.id(), partner.territory()));
            removed++;
        }
        partners.remove(partner.id());
        acts.record(actor, Act.on("partner.remove", "partner", partner.id(), partner.territory()));
        return removed + 1;
    }

    /** Adds the file's institutions the installation lacks (parents first); never overwrites a shared one. */
    private int addMissingInstitutions(Actor actor, ContractData data) {
        List<Institution> missing = new ArrayList<>(data.institutions().stream()
                .filter(i -> institutions.find(i.id()).isEmpty()).toList());
        int added = 0;
        boolean progress = true;
        while (!missing.isEmpty() && progress) {
            progress = false;
            for (var iterator = missing.iterator(); iterator.hasNext();) {
                Institution institution = iterator.next();
                if (institution.parent().filter(parent -> institutions.find(parent).isEmpty()).isEmpty()) {
                    institutions.add(institution);
                    acts.record(actor, Act.onShared("institution.register", "institution", institution.id(),
                            java.util.Set.of(data.territory().id())));
                    iterator.remove();
                    added++;
                    progress = true;
                }
            }
        }
        return added;
    }

    private ContractData gather(Territory territory) {
        List<Contract> all = allContracts(territory.id());
        List<Partner> allPartners = all.stream().flatMap(c -> allPartners(c.id()).stream()).toList();
        List<Referent> allReferents = allPartners.stream().flatMap(p -> referentsOf(p).stream()).toList();
        Map<InstitutionId, Institution> used = new java.util.LinkedHashMap<>();
        for (Partner partner : allPartners) {
            Optional<InstitutionId> next = Optional.of(partner.institution());
            while (next.isPresent() && !used.containsKey(next.get())) {
                Institution institution = institutions.find(next.get()).orElseThrow();
                used.put(institution.id(), institution);
                next = institution.parent();
            }
        }
        return new ContractData(territory, List.copyOf(used.values()), all, allPartners, allReferents, ownResources(territory),
                all.stream().flatMap(c -> campaignsOf(c.id()).stream()).toList(),
                Optional.of(circuits.plan(territory.id()).circuits()),
                Optional.of(all.stream().map(c -> new ContractData.ContractLife(c.id(), texts.all(c.id()), history.of(c.id())))
                        .toList()),
                PageRequest.readAll(page -> deliberations.list(territory.id(), page)),
                Optional.of(all.stream().map(c -> followUpOf(c.id())).toList()));
    }

    private ContractData.FollowUp followUpOf(ContractId contract) {
        List<io.github.clvss.core.indicator.Indicator> indicators = PageRequest.readAll(
                page -> followUp.indicators().list(contract, page));
        return new ContractData.FollowUp(contract, followUp.obligations().of(contract),
                PageRequest.readAll(page -> followUp.actions().list(contract, Optional.empty(), page)),
                PageRequest.readAll(page -> followUp.meetings().list(contract, page)),
                indicators,
                indicators.stream().flatMap(i -> PageRequest.readAll(page -> followUp.indicators().measurements(i.id(), page))
                        .stream()).toList(),
                followUp.diagnosticNotes().all(contract));
    }

    private List<io.github.clvss.core.communication.Campaign> campaignsOf(ContractId contract) {
        return PageRequest.readAll(page -> campaigns.list(contract, java.time.LocalDate.of(1900, 1, 1),
                java.time.LocalDate.of(9999, 12, 31), page));
    }

    private List<Partner> allPartners(ContractId contract) {
        return PageRequest.readAll(page -> partners.list(contract, page));
    }

    private List<Referent> referentsOf(Partner partner) {
        ReferentQuery query = new ReferentQuery(partner.territory(), Optional.of(partner.id()), Optional.empty(), false);
        // with history: the date only orders the list, and the file sorts by id anyway
        return PageRequest.readAll(page -> referents.list(query, java.time.LocalDate.EPOCH, page));
    }

    private List<Resource> ownResources(Territory territory) {
        return PageRequest.readAll(page -> resources.serving(territory.id(), territory.facts().department(), page)).stream()
                .filter(r -> r.scope() != ResourceScope.NATIONAL).toList();
    }

    private static Resource withVersion(Resource r, long version) {
        return new Resource(r.id(), version, r.scope(), r.department(), r.territory(), r.kind(), r.name(), r.description(),
                r.phone(), r.sms(), r.web(), r.address(), r.hours(), r.languages(), r.accessibility(), r.free(), r.anonymous(),
                r.audiences(), r.verified(), r.provenance());
    }

    private List<Contract> allContracts(TerritoryId territory) {
        return PageRequest.readAll(page -> contracts.list(territory, page));
    }

    /** Unwinds the import's transaction when stored data refuses the file. */
    private static final class Refused extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        Refused(List<Problem> problems) {
            super(null, null, false, false);
            this.problems = problems;
        }
    }

    /** Unwinds a dry run's transaction once everything was checked and written. */
    private static final class DryRun extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;
        private final transient ImportReport.Changes changes;

        DryRun(ImportReport.Changes changes) {
            super(null, null, false, false);
            this.changes = changes;
        }
    }
}
