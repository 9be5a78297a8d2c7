package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.communication.Campaigns;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractActs;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.ContractTexts;
import io.github.clvss.core.contract.Contracts;
import io.github.clvss.core.deliberation.Deliberations;
import io.github.clvss.core.institution.Institutions;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.Partners;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.Referents;
import io.github.clvss.core.referral.Circuits;
import io.github.clvss.core.resource.Resources;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Transactions;
import io.github.clvss.core.territory.Territories;
import io.github.clvss.core.territory.Territory;
import java.io.OutputStream;
import java.io.Serial;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    private final TerritorySection territories;
    private final InstitutionSection institutions;
    private final ContractSection contracts;
    private final PartnerSection partners;
    private final ResourceSection resources;
    private final CampaignSection campaigns;
    private final CircuitSection circuits;
    private final DeliberationSection deliberations;
    private final FollowUpSection followUps;
    private final Transactions transactions;
    private final Acts acts;
    private final Clock clock;

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
            Referents referents, Resources resources, Campaigns campaigns, Circuits circuits, ContractTexts texts,
            ContractActs history, Deliberations deliberations, FollowUpPorts followUp, Transactions transactions, Acts acts,
            Clock clock) {
        this.acts = Objects.requireNonNull(acts, "acts");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.territories = new TerritorySection(Objects.requireNonNull(territories, "territories"), acts);
        this.institutions = new InstitutionSection(Objects.requireNonNull(institutions, "institutions"), acts);
        this.contracts = new ContractSection(Objects.requireNonNull(contracts, "contracts"),
                Objects.requireNonNull(texts, "texts"), Objects.requireNonNull(history, "history"), acts);
        this.partners = new PartnerSection(Objects.requireNonNull(partners, "partners"),
                Objects.requireNonNull(referents, "referents"), this.institutions, acts);
        this.resources = new ResourceSection(Objects.requireNonNull(resources, "resources"), acts);
        this.campaigns = new CampaignSection(Objects.requireNonNull(campaigns, "campaigns"), acts);
        this.circuits = new CircuitSection(Objects.requireNonNull(circuits, "circuits"), this.resources, acts, clock);
        this.deliberations = new DeliberationSection(Objects.requireNonNull(deliberations, "deliberations"), acts);
        this.followUps = new FollowUpSection(Objects.requireNonNull(followUp, "followUp"), this.institutions, acts, clock);
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
                if (problems.stream().anyMatch(Problem::isError)) {
                    throw new Refused(problems);
                }
                ImportReport.Changes changes = mode == ImportMode.CREATE ? create(actor, data) : replace(actor, data);
                if (dryRun) {
                    throw new DryRun(changes, problems);
                }
                acts.record(actor, act);
                return new ImportReport(Optional.of(territory), warnings(problems, data), true, changes);
            });
        } catch (Refused refused) {
            return ImportReport.refused(Optional.of(territory), refused.problems);
        } catch (DryRun dry) {
            return new ImportReport(Optional.of(territory), warnings(dry.warnings, data), false, dry.changes);
        }
    }

    /**
     * Exports a territory and its contracts, canonically, as bytes: {@link #export(Actor, TerritoryId, OutputStream)}
     * kept in memory.
     */
    public byte[] export(Actor actor, TerritoryId territory) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        export(actor, territory, bytes);
        return bytes.toByteArray();
    }

    /**
     * Exports a territory and its contracts, canonically, to {@code out} (left open), reading each
     * partner's référents as a cursor while writing them: memory stays flat whatever their number.
     * Journaled once, as a read of the territory.
     */
    public void export(Actor actor, TerritoryId territory, OutputStream out) {
        Act act = Act.on("contractfile.export", RECORD, territory, territory);
        acts.performRun(actor, act, AccessPolicy.readTerritory(actor, territory),
                () -> FORMAT.write(gather(territories.find(territory)), partners::eachReferentOf, out));
    }

    /** The warnings of the checks against the stored data (a commune's SIREN), then overlapping circuits. */
    private static List<Problem> warnings(List<Problem> checked, ContractData data) {
        List<Problem> all = new ArrayList<>(checked);
        all.addAll(CircuitSection.overlaps(data));
        return List.copyOf(all);
    }

    /** Every check against the stored data, section by section, in the file's order. */
    private List<Problem> checkAgainstStored(ContractData data, ImportMode mode) {
        List<Problem> problems = new ArrayList<>();
        territories.check(data, mode, problems);
        institutions.check(data, problems);
        for (int i = 0; i < data.contracts().size(); i++) {
            contracts.check(data, i, mode, problems);
            partners.check(data, i, mode, problems);
        }
        campaigns.check(data, mode, problems);
        resources.check(data, mode, problems);
        circuits.check(data, mode, territories.exists(data.territory().id()), problems);
        deliberations.check(data, mode, problems);
        followUps.check(data, mode, problems);
        problems.addAll(ActReplay.problems(data, deliberations::find, data.territory().facts().today(clock)));
        return problems;
    }

    private ImportReport.Changes create(Actor actor, ContractData data) {
        territories.create(actor, data);
        contracts.create(actor, data);
        int added = institutions.addMissing(actor, data);
        Written written = writeRecords(actor, data, ImportMode.CREATE);
        int deliberationsWritten = deliberations.write(actor, data);
        ContractSection.Lives lives = contracts.writeLives(actor, data);
        followUps.write(actor, data);
        return new ImportReport.Changes(1, 0, data.contracts().size(), 0, 0, added, written.partners, written.referents,
                written.resources, written.removed, deliberationsWritten, lives.texts(), lives.acts());
    }

    private ImportReport.Changes replace(Actor actor, ContractData data) {
        TerritoryId id = data.territory().id();
        territories.replace(actor, data);
        int added = institutions.addMissing(actor, data);
        ContractSection.Replaced replaced = contracts.replace(actor, data);
        Written written = writeRecords(actor, data, ImportMode.REPLACE);
        int deliberationsWritten = deliberations.write(actor, data);
        ContractSection.Lives lives = contracts.writeLives(actor, data);
        followUps.write(actor, data);
        int removed = written.removed;
        for (ContractId gone : replaced.gone()) {
            removed += campaigns.removeAll(gone);
            for (Partner partner : partners.all(gone)) {
                removed += partners.remove(actor, partner);
            }
            contracts.remove(actor, gone, id);
        }
        return new ImportReport.Changes(0, 1, replaced.created(), replaced.replaced(), replaced.gone().size(), added,
                written.partners, written.referents, written.resources, removed, deliberationsWritten, lives.texts(),
                lives.acts());
    }

    private record Written(int partners, int referents, int resources, int removed) {
    }

    /** Partners, référents, the territory's own resources, campaigns, circuits: added, replaced, or (replace) removed. */
    private Written writeRecords(Actor actor, ContractData data, ImportMode mode) {
        int removed = partners.write(actor, data, mode);
        ResourceSection.Written resourcesWritten = resources.write(actor, data, mode);
        removed += resourcesWritten.removed();
        removed += campaigns.write(actor, data, mode);
        circuits.write(actor, data);
        return new Written(data.partners().size(), data.referents().size(), resourcesWritten.resources(), removed);
    }

    /** Everything the file holds of a territory, section by section. */
    /** The territory's stored records but its référents, which the file's writer reads as it goes. */
    private ContractData gather(Territory territory) {
        List<Contract> all = contracts.all(territory.id());
        List<Partner> allPartners = all.stream().flatMap(c -> partners.all(c.id()).stream()).toList();
        return new ContractData(territory, institutions.of(allPartners), all, allPartners, List.of(),
                resources.own(territory), all.stream().flatMap(c -> campaigns.of(c.id()).stream()).toList(),
                Optional.of(circuits.of(territory.id())), Optional.of(contracts.lives(all)), deliberations.of(territory.id()),
                Optional.of(all.stream().map(c -> followUps.of(c.id())).toList()));
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
        private final transient List<Problem> warnings;

        DryRun(ImportReport.Changes changes, List<Problem> warnings) {
            super(null, null, false, false);
            this.changes = changes;
            this.warnings = List.copyOf(warnings);
        }
    }
}
