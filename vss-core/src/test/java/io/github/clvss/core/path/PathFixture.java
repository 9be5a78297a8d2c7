package io.github.clvss.core.path;

import static io.github.clvss.core.Fixtures.CLOCK;

import io.github.clvss.core.Fixtures;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.Sector;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.PublicContact;
import io.github.clvss.core.referral.Asked;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Situation;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.Provenance;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Boulogne with three partners — the hospital that opens paths, the CIDFF and the police that
 * receive them, a fourth (the town's social services, CCAS) outside every path — and their users.
 */
final class PathFixture {

    final Vss vss;
    final TerritoryId boulogne;
    final PartnerId hospital;
    final PartnerId cidff;
    final PartnerId police;
    final PartnerId ccas;
    final Actor hospitalUser;
    final Account cidffAccount;
    final Actor cidffUser;
    final Actor policeUser;
    final Actor ccasUser;
    final Actor coordinator;

    PathFixture(Vss vss) {
        this.vss = vss;
        this.boulogne = vss.territories().register(Actor.system(), Fixtures.boulogne(), Provenance.SEED).id();
        Contract contract = vss.contracts().create(Actor.system(), Contract.draft(CLOCK, boulogne, "Contrat local",
                Optional.empty(), Optional.empty(), Provenance.SEED));
        this.hospital = partner(contract, "Centre hospitalier Ambroise-Paré", Sector.HEALTH);
        this.cidff = partner(contract, "CIDFF des Hauts-de-Seine", Sector.ASSOCIATION);
        this.police = partner(contract, "Commissariat de Boulogne-Billancourt", Sector.SECURITY);
        this.ccas = partner(contract, "CCAS de Boulogne-Billancourt", Sector.SOCIAL);
        this.hospitalUser = Actor.user("hospital-user", Grant.partner(boulogne, hospital));
        this.cidffAccount = vss.accounts().open(Actor.system(), Account.open(CLOCK, new Login("cidff"), "CIDFF",
                Optional.of(new EmailAddress("accueil@cidff.example")), Language.FR, Set.of(Grant.partner(boulogne, cidff))),
                Optional.empty());
        this.cidffUser = cidffAccount.actor();
        this.policeUser = Actor.user("police-user", Grant.partner(boulogne, police));
        this.ccasUser = Actor.user("ccas-user", Grant.partner(boulogne, ccas));
        this.coordinator = Fixtures.coordinatorOf(boulogne);
    }

    /** A doctor, about violence within the couple, the woman's life in danger and under emprise, refusing a report. */
    static Situation lifeInDanger() {
        return Asked.aDoctorAboutViolenceWithinTheCouple().inImmediateDanger().underEmprise().consent(Consent.REFUSED)
                .situation();
    }

    /** A doctor, about violence within the couple, no immediate danger: the law gives no exception to consent. */
    static Situation noDanger() {
        return Asked.aDoctorAboutViolenceWithinTheCouple().situation();
    }

    VictimPath open(Situation situation) {
        return vss.paths().open(hospitalUser, boulogne, hospital, situation, Optional.of(new PathNote("Vue aux urgences")));
    }

    private PartnerId partner(Contract contract, String name, Sector sector) {
        Institution institution = vss.institutions().register(Actor.system(),
                Institution.register(CLOCK, name, sector, Optional.empty(), Optional.empty(), Provenance.SEED));
        Partner partner = vss.partners().add(Actor.system(), Partner.join(CLOCK, "system", boulogne, contract.id(),
                institution.id(), "Accompagnement des victimes", List.of(), PublicContact.NONE, Optional.empty(), true,
                Provenance.SEED));
        return partner.id();
    }
}
