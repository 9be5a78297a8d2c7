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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    /**
     * The partners of the file's contract {@code i}: known institutions, each once; their ids and
     * their référents' free. The stored partners and référents are looked up once, one query
     * each, whatever their number.
     */
    void check(ContractData data, int i, ImportMode mode, List<Problem> problems) {
        Contract contract = data.contracts().get(i);
        TerritoryId territory = data.territory().id();
        List<Partner> partnersOfContract = data.partners().stream().filter(p -> p.contract().equals(contract.id())).toList();
        Set<PartnerId> ofContract = new HashSet<>();
        partnersOfContract.forEach(p -> ofContract.add(p.id()));
        Map<PartnerId, List<Referent>> referentsByPartner = new HashMap<>();
        data.referents().stream().filter(r -> ofContract.contains(r.partner()))
                .forEach(r -> referentsByPartner.computeIfAbsent(r.partner(), p -> new ArrayList<>()).add(r));
        Map<PartnerId, Partner> storedPartners = partners.findAll(ofContract);
        Map<ReferentId, Referent> storedReferents = referents.findAll(referentsByPartner.values().stream()
                .flatMap(List::stream).map(Referent::id).toList());
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
            Optional.ofNullable(storedPartners.get(partner.id())).ifPresent(stored -> Stored.check(problems, mode,
                    stored.territory(), territory, partnerPath + ".id", partner.id()));
            List<Referent> referentsOfPartner = referentsByPartner.getOrDefault(partner.id(), List.of());
            for (int k = 0; k < referentsOfPartner.size(); k++) {
                Referent referent = referentsOfPartner.get(k);
                String path = partnerPath + ".referents[" + k + "].id";
                Optional.ofNullable(storedReferents.get(referent.id())).ifPresent(stored -> Stored.check(problems, mode,
                        stored.territory(), territory, path, referent.id()));
            }
        }
    }

    /**
     * The file's partners and référents, added or replaced; in replace mode, the stored ones of
     * the file's contracts it leaves out are removed. Each kind of record is looked up once and
     * written in one batch, and the journal's entries too, whatever the number of records.
     *
     * @return how many records were removed
     */
    int write(Actor actor, ContractData data, ImportMode mode) {
        TerritoryId territory = data.territory().id();
        List<Act> journal = new ArrayList<>();
        int removed = 0;
        Set<PartnerId> partnersInFile = new HashSet<>();
        Set<ReferentId> referentsInFile = new HashSet<>();
        data.partners().forEach(p -> partnersInFile.add(p.id()));
        data.referents().forEach(r -> referentsInFile.add(r.id()));
        if (mode == ImportMode.REPLACE) {
            Map<PartnerId, List<ReferentId>> storedByPartner = referentIdsByPartner(territory);
            List<ReferentId> goneReferents = new ArrayList<>();
            List<Partner> gonePartners = new ArrayList<>();
            for (Contract contract : data.contracts()) {
                for (Partner partner : all(contract.id())) {
                    boolean partnerGoes = !partnersInFile.contains(partner.id());
                    for (ReferentId referent : storedByPartner.getOrDefault(partner.id(), List.of())) {
                        if (partnerGoes || !referentsInFile.contains(referent)) {
                            goneReferents.add(referent);
                            journal.add(Act.on("referent.remove", "referent", referent, territory));
                        }
                    }
                    if (partnerGoes) {
                        gonePartners.add(partner);
                    }
                }
            }
            referents.removeAll(goneReferents);
            for (Partner partner : gonePartners) {
                partners.remove(partner.id());
                journal.add(Act.on("partner.remove", "partner", partner.id(), partner.territory()));
            }
            removed = goneReferents.size() + gonePartners.size();
        }
        Map<PartnerId, Partner> storedPartners = partners.findAll(partnersInFile);
        List<Partner> addedPartners = new ArrayList<>();
        List<Partner> changedPartners = new ArrayList<>();
        for (Partner partner : data.partners()) {
            Partner stored = storedPartners.get(partner.id());
            if (stored == null) {
                addedPartners.add(partner);
            } else {
                changedPartners.add(new Partner(partner.id(), stored.version(), partner.territory(), partner.contract(),
                        partner.institution(), partner.role(), partner.initiatives(), partner.contact(),
                        partner.representative(), partner.signatory(), partner.verified(), partner.provenance()));
            }
            journal.add(Act.on("partner.import", "partner", partner.id(), territory));
        }
        partners.updateAll(changedPartners);
        partners.addAll(addedPartners);
        Map<ReferentId, Referent> storedReferents = referents.findAll(referentsInFile);
        List<Referent> addedReferents = new ArrayList<>();
        List<Referent> changedReferents = new ArrayList<>();
        for (Referent referent : data.referents()) {
            Referent stored = storedReferents.get(referent.id());
            if (stored == null) {
                addedReferents.add(referent);
            } else {
                changedReferents.add(new Referent(referent.id(), stored.version(), referent.partner(), referent.territory(),
                        referent.details(), referent.from(), referent.until(), referent.main(), referent.provenance()));
            }
            journal.add(Act.on("referent.import", "referent", referent.id(), territory));
        }
        referents.updateAll(changedReferents);
        referents.addAll(addedReferents);
        acts.recordAll(actor, journal);
        return removed;
    }

    /** Removes a partner and its référents; returns how many records went. */
    int remove(Actor actor, Partner partner) {
        List<ReferentId> gone = referentsOf(partner).stream().map(Referent::id).toList();
        referents.removeAll(gone);
        partners.remove(partner.id());
        List<Act> journal = new ArrayList<>();
        gone.forEach(id -> journal.add(Act.on("referent.remove", "referent", id, partner.territory())));
        journal.add(Act.on("partner.remove", "partner", partner.id(), partner.territory()));
        acts.recordAll(actor, journal);
        return gone.size() + 1;
    }

    List<Partner> all(ContractId contract) {
        return PageRequest.readAll(page -> partners.list(contract, page), x -> x.id().value());
    }

    /** A partner's référents, history included, by id, handed one by one as a cursor reads them. */
    void eachReferentOf(PartnerId partner, java.util.function.Consumer<Referent> each) {
        referents.eachOf(partner, each);
    }

    /** A partner's référents, history included, in one query read as a cursor. */
    List<Referent> referentsOf(Partner partner) {
        ReferentQuery query = new ReferentQuery(partner.territory(), Optional.of(partner.id()), Optional.empty(), false);
        List<Referent> all = new ArrayList<>();
        // with history: the date only orders the list, and the file sorts by id anyway
        referents.each(query, LocalDate.EPOCH, all::add);
        return all;
    }

    /** The ids of the territory's stored référents, history included, by partner: one query read as a cursor. */
    private Map<PartnerId, List<ReferentId>> referentIdsByPartner(TerritoryId territory) {
        Map<PartnerId, List<ReferentId>> byPartner = new HashMap<>();
        referents.each(new ReferentQuery(territory, Optional.empty(), Optional.empty(), false), LocalDate.EPOCH,
                r -> byPartner.computeIfAbsent(r.partner(), p -> new ArrayList<>()).add(r.id()));
        return byPartner;
    }
}
