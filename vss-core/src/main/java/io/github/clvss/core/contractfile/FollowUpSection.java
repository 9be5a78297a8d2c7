package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.followup.Action;
import io.github.clvss.core.followup.Meeting;
import io.github.clvss.core.indicator.Indicator;
import io.github.clvss.core.institution.InstitutionId;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The follow-up's section (from format 1.5): each contract's obligations, actions, meetings,
 * indicators with their measurements, and the diagnostic's notes; a file of 1.5 replaces them,
 * an older one leaves them alone.
 */
final class FollowUpSection {

    private final FollowUpPorts followUp;
    private final InstitutionSection institutions;
    private final Acts acts;
    private final Clock clock;

    FollowUpSection(FollowUpPorts followUp, InstitutionSection institutions, Acts acts, Clock clock) {
        this.followUp = followUp;
        this.institutions = institutions;
        this.acts = acts;
        this.clock = clock;
    }

    /**
     * The follow-up's records stored already (by id): refused in create mode, and under a
     * contract the file does not replace the follow-up of; the meetings' guests must be
     * institutions.
     */
    void check(ContractData data, ImportMode mode, List<Problem> problems) {
        TerritoryId territory = data.territory().id();
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
            List<Action> actions = f.actions();
            for (int j = 0; j < actions.size(); j++) {
                var id = actions.get(j).id();
                String at = path + ".actions[" + j + "].id";
                followUp.actions().find(id).ifPresent(stored -> stored(problems, mode, stored.territory(),
                        stored.contract(), territory, replaced, at, id));
            }
            List<Meeting> meetings = f.meetings();
            for (int j = 0; j < meetings.size(); j++) {
                Meeting meeting = meetings.get(j);
                String at = path + ".meetings[" + j + "]";
                followUp.meetings().find(meeting.id()).ifPresent(stored -> stored(problems, mode, stored.territory(),
                        stored.contract(), territory, replaced, at + ".id", meeting.id()));
                for (int k = 0; k < meeting.guests().size(); k++) {
                    InstitutionId guest = meeting.guests().get(k);
                    if (!institutions.known(data, guest)) {
                        problems.add(Problem.error("import.guest.institution-unknown", at + ".guestInstitutionIds[" + k + "]",
                                guest));
                    }
                }
            }
            List<Indicator> indicators = f.indicators();
            for (int j = 0; j < indicators.size(); j++) {
                var id = indicators.get(j).id();
                String at = path + ".indicators[" + j + "].id";
                followUp.indicators().find(id).ifPresent(stored -> stored(problems, mode, stored.territory(),
                        stored.contract(), territory, replaced, at, id));
            }
        }
    }

    /** A follow-up record of the file already stored: it may only be one the import removes first. */
    private static void stored(List<Problem> problems, ImportMode mode, TerritoryId owner, ContractId contract,
            TerritoryId territory, Set<ContractId> replaced, String path, Object id) {
        if (mode == ImportMode.CREATE || !owner.equals(territory)) {
            Stored.check(problems, mode, owner, territory, path, id);
        } else if (!replaced.contains(contract)) {
            problems.add(Problem.error("import.followup.other-contract", path, id, contract));
        }
    }

    /**
     * Each contract's follow-up becomes the file's: what was stored is removed, then the file's
     * records are added. The file does not carry the actions' change history: each action's
     * starts afresh with one change, by the importing actor, giving every field.
     */
    void write(Actor actor, ContractData data) {
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
            f.obligations().forEach(followUp.obligations()::put);
            for (Action action : f.actions()) {
                followUp.actions().add(action);
                followUp.actions().appendChange(action.id(), clock.instant(), actor.id(), action.changesSince(Optional.empty()));
            }
            f.meetings().forEach(followUp.meetings()::add);
            // totals before their parts, which point at them
            f.indicators().stream().sorted(Comparator.comparing(i -> i.partOf().isPresent()))
                    .forEach(followUp.indicators()::add);
            f.measurements().forEach(followUp.indicators()::record);
            f.notes().forEach(followUp.diagnosticNotes()::put);
            acts.record(actor, Act.on("contract.followup.import", "contract", f.contract(), territory));
        }
    }

    ContractData.FollowUp of(ContractId contract) {
        List<Indicator> indicators = PageRequest.readAll(page -> followUp.indicators().list(contract, page), x -> x.id().value());
        return new ContractData.FollowUp(contract, followUp.obligations().of(contract),
                PageRequest.readAll(page -> followUp.actions().list(contract, Optional.empty(), page), x -> x.id().value()),
                PageRequest.readAll(page -> followUp.meetings().list(contract, page), x -> x.id().value()),
                indicators,
                indicators.stream().flatMap(i -> PageRequest.readAll(page -> followUp.indicators().measurements(i.id(), page))
                        .stream()).toList(),
                followUp.diagnosticNotes().all(contract));
    }
}
