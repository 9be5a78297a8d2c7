package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.institution.InstitutionId;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.Partners;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentId;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.partner.Referents;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The partners' section: each contract's partners and their référents (personal data). */
final class PartnerSection {

    private final Partners partners;
    private final Referents referents;
    private final InstitutionSection institutions;
    private final Acts acts;

    PartnerSection(Partners partners, Referents referents, InstitutionSection institutions, Acts acts) {
        this.partners = partners;
        this.referents = referents;
        this.institutions = institutions;
        this.acts = acts;
    }

    /** The partners of the file's contract {@code i}: known institutions, each once; their ids and their référents' free. */
    void check(ContractData data, int i, ImportMode mode, List<Problem> problems) {
        Contract contract = data.contracts().get(i);
        TerritoryId territory = data.territory().id();
        List<Partner> partnersOfContract = data.partners().stream().filter(p -> p.contract().equals(contract.id())).toList();
        Set<InstitutionId> joined = new HashSet<>();
        for (int j = 0; j < partnersOfContract.size(); j++) {
            Partner partner = partnersOfContract.get(j);
            String partnerPath = "$.contracts[" + i + "].partners[" + j + "]";
            if (!institutions.known(data, partner.institution())) {
                problems.add(Problem.error("import.partner.institution-unknown", partnerPath + ".institutionId",
                        partner.institution()));
            }
            if (!joined.add(partner.institution())) {
                problems.add(partner.institutionTwice(Optional.of(partnerPath + ".institutionId")));
            }
            partners.find(partner.id()).ifPresent(stored -> Stored.check(problems, mode, stored.territory(), territory,
                    partnerPath + ".id", partner.id()));
            List<Referent> referentsOfPartner = data.referents().stream().filter(r -> r.partner().equals(partner.id())).toList();
            for (Referent referent : referentsOfPartner) {
                referents.find(referent.id()).ifPresent(stored -> Stored.check(problems, mode, stored.territory(), territory,
                        partnerPath + ".referents[" + referentsOfPartner.indexOf(referent) + "].id", referent.id()));
            }
        }
    }

    /**
     * The file's partners and référents, added or replaced; in replace mode, the stored ones of
     * the file's contracts it leaves out are removed.
     *
     * @return how many records were removed
     */
    int write(Actor actor, ContractData data, ImportMode mode) {
        TerritoryId territory = data.territory().id();
        int removed = 0;
        Set<PartnerId> partnersInFile = new HashSet<>();
        Set<ReferentId> referentsInFile = new HashSet<>();
        data.partners().forEach(p -> partnersInFile.add(p.id()));
        data.referents().forEach(r -> referentsInFile.add(r.id()));
        if (mode == ImportMode.REPLACE) {
            for (Contract contract : data.contracts()) {
                for (Partner partner : all(contract.id())) {
                    if (!partnersInFile.contains(partner.id())) {
                        removed += remove(actor, partner);
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
                    stored -> referents.update(new Referent(referent.id(), stored.version(), referent.partner(),
                            referent.territory(), referent.details(), referent.from(), referent.until(), referent.main(),
                            referent.provenance())),
                    () -> referents.add(referent));
            acts.record(actor, Act.on("referent.import", "referent", referent.id(), territory));
        }
        return removed;
    }

    /** Removes a partner and its référents; returns how many records went. */
    int remove(Actor actor, Partner partner) {
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

    List<Partner> all(ContractId contract) {
        return PageRequest.readAll(page -> partners.list(contract, page));
    }

    List<Referent> referentsOf(Partner partner) {
        ReferentQuery query = new ReferentQuery(partner.territory(), Optional.of(partner.id()), Optional.empty(), false);
        // with history: the date only orders the list, and the file sorts by id anyway
        return PageRequest.readAll(page -> referents.list(query, LocalDate.EPOCH, page));
    }
}
