package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.Contracts;
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
 * a territory and its contracts, with their ids, so data can move between installations.
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
    private final Transactions transactions;
    private final Acts acts;

    /**
     * @param territories territories port
     * @param contracts contracts port
     * @param transactions the transaction boundary
     * @param acts access checks and journal
     */
    public ContractFiles(Territories territories, Contracts contracts, Transactions transactions, Acts acts) {
        this.territories = Objects.requireNonNull(territories, "territories");
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.acts = Objects.requireNonNull(acts, "acts");
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
                return new ImportReport(Optional.of(territory), List.of(), true, changes);
            });
        } catch (Refused refused) {
            return ImportReport.refused(Optional.of(territory), refused.problems);
        } catch (DryRun dry) {
            return new ImportReport(Optional.of(territory), List.of(), false, dry.changes);
        }
    }

    /** Exports a territory and its contracts, canonically. */
    public byte[] export(Actor actor, TerritoryId territory) {
        Act act = Act.on("contractfile.export", RECORD, territory, territory);
        acts.refuseUnless(AccessPolicy.readTerritory(actor, territory), actor, act);
        return transactions.inTransaction(() -> {
            Territory stored = territories.find(territory)
                    .orElseThrow(() -> new NotFoundException(Problem.general("territory.not-found", territory)));
            byte[] file = FORMAT.write(stored, allContracts(territory));
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
        for (int i = 0; i < data.contracts().size(); i++) {
            Contract contract = data.contracts().get(i);
            String path = "$.contracts[" + i + "].id";
            contracts.find(contract.id()).ifPresent(stored -> {
                if (mode == ImportMode.CREATE) {
                    problems.add(Problem.error("import.contract.exists", path, contract.id()));
                } else if (!stored.territory().equals(territory.id())) {
                    problems.add(Problem.error("import.contract.other-territory", path, contract.id()));
                }
            });
        }
        return problems;
    }

    private ImportReport.Changes create(Actor actor, ContractData data) {
        Territory territory = territories.add(data.territory());
        acts.record(actor, Act.on("territory.register", "territory", territory.id(), territory.id()));
        for (Contract contract : data.contracts()) {
            contracts.add(contract);
            acts.record(actor, Act.on("contract.create", "contract", contract.id(), territory.id()));
        }
        return new ImportReport.Changes(1, 0, data.contracts().size(), 0, 0);
    }

    private ImportReport.Changes replace(Actor actor, ContractData data) {
        TerritoryId id = data.territory().id();
        Territory current = territories.find(id).orElseThrow();
        territories.update(new Territory(id, current.version(), data.territory().facts(), data.territory().provenance()));
        acts.record(actor, Act.on("territory.replace", "territory", id, id));
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
        for (ContractId gone : stored.keySet()) {
            contracts.remove(gone);
            acts.record(actor, Act.on("contract.remove", "contract", gone, id));
        }
        return new ImportReport.Changes(0, 1, created, replaced, stored.size());
    }

    private List<Contract> allContracts(TerritoryId territory) {
        List<Contract> all = new ArrayList<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        List<Contract> batch;
        do {
            batch = contracts.list(territory, page);
            all.addAll(batch);
            page = page.next();
        } while (batch.size() == PageRequest.MAX_LIMIT);
        return all;
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
