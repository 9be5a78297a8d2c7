package io.github.clvss.core.contractfile;

import io.github.clvss.core.communication.Campaign;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractAct;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.ContractText;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.followup.Action;
import io.github.clvss.core.followup.Meeting;
import io.github.clvss.core.followup.Obligation;
import io.github.clvss.core.indicator.DiagnosticNote;
import io.github.clvss.core.indicator.Indicator;
import io.github.clvss.core.indicator.Measurement;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.referral.Circuit;
import io.github.clvss.core.resource.Resource;
import io.github.clvss.core.territory.Territory;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a valid contract file holds, as domain values.
 *
 * @param territory the territory (version 0: versions are not carried in files)
 * @param institutions the institutions its partners are (shared with other territories)
 * @param contracts its contracts, in file order
 * @param partners the contracts' partners
 * @param referents the partners' référents, past ones included
 * @param resources the territory's own and its département's resources
 * @param campaigns the contracts' communication plans
 * @param circuits the territory's local referral circuits, in order; empty when the file does not
 *     carry them (before format 1.3), which leaves the stored ones alone
 * @param lives each contract's text versions and acts, in the order of {@code contracts}; empty
 *     when the file does not carry them (before format 1.4), which leaves the stored ones alone
 * @param deliberations the territory's council deliberations the file carries (format 1.4)
 * @param followUps each contract's follow-up, in the order of {@code contracts}; empty when the
 *     file does not carry it (before format 1.5), which leaves the stored one alone
 */
record ContractData(Territory territory, List<Institution> institutions, List<Contract> contracts, List<Partner> partners,
        List<Referent> referents, List<Resource> resources, List<Campaign> campaigns, Optional<List<Circuit>> circuits,
        Optional<List<ContractLife>> lives, List<Deliberation> deliberations, Optional<List<FollowUp>> followUps) {

    ContractData {
        institutions = List.copyOf(institutions);
        contracts = List.copyOf(contracts);
        partners = List.copyOf(partners);
        referents = List.copyOf(referents);
        resources = List.copyOf(resources);
        campaigns = List.copyOf(campaigns);
        circuits = circuits.map(List::copyOf);
        lives = lives.map(List::copyOf);
        deliberations = List.copyOf(deliberations);
        followUps = followUps.map(List::copyOf);
    }

    /** A contract's follow-up, as the file carries it. */
    Optional<FollowUp> followUp(ContractId contract) {
        return followUps.orElse(List.of()).stream().filter(f -> f.contract().equals(contract)).findFirst();
    }

    /**
     * A contract's follow-up, as a file carries it (format 1.5): not the history of the actions'
     * changes.
     *
     * @param contract the contract
     * @param obligations its commitments' recurring obligations
     * @param actions its actions
     * @param meetings its meetings
     * @param indicators its indicators
     * @param measurements its indicators' measurements
     * @param notes the diagnostic's notes
     */
    record FollowUp(ContractId contract, List<Obligation> obligations, List<Action> actions, List<Meeting> meetings,
            List<Indicator> indicators, List<Measurement> measurements, List<DiagnosticNote> notes) {

        FollowUp {
            Objects.requireNonNull(contract, "contract");
            obligations = List.copyOf(obligations);
            actions = List.copyOf(actions);
            meetings = List.copyOf(meetings);
            indicators = List.copyOf(indicators);
            measurements = List.copyOf(measurements);
            notes = List.copyOf(notes);
        }
    }

    /** A contract's text versions and acts, as the file carries them. */
    Optional<ContractLife> life(ContractId contract) {
        return lives.orElse(List.of()).stream().filter(l -> l.contract().equals(contract)).findFirst();
    }

    /**
     * A contract's words and acts, as a file carries them.
     *
     * @param contract the contract
     * @param texts its text versions, by number
     * @param acts its acts, in the order they were recorded
     */
    record ContractLife(ContractId contract, SortedMap<Integer, ContractText> texts, List<ContractAct> acts) {

        ContractLife {
            Objects.requireNonNull(contract, "contract");
            texts = Collections.unmodifiableSortedMap(new TreeMap<>(texts));
            acts = List.copyOf(acts);
        }
    }
}
