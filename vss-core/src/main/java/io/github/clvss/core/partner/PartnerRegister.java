package io.github.clvss.core.partner;

import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.account.Accounts;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.Contracts;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.Institutions;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.notification.Notifier;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Verification;
import io.github.clvss.core.shared.Versions;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A contract's partners: the coordinator adds them; the coordinator or the partner's own users
 * correct or confirm their facts; the coordinator asks a partner to confirm, which notifies the
 * partner's users.
 */
public final class PartnerRegister {

    static final String RECORD = "partner";

    private final Partners partners;
    private final Contracts contracts;
    private final Institutions institutions;
    private final Accounts accounts;
    private final Notifier notifier;
    private final Acts acts;
    private final Clock clock;

    /**
     * @param partners where partners are kept
     * @param contracts to find the contract
     * @param institutions to find the institution
     * @param accounts to find a partner's users
     * @param notifier to ask them to confirm
     * @param acts access checks and journal
     * @param clock when facts are checked
     */
    public PartnerRegister(Partners partners, Contracts contracts, Institutions institutions, Accounts accounts,
            Notifier notifier, Acts acts, Clock clock) {
        this.partners = Objects.requireNonNull(partners, "partners");
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.institutions = Objects.requireNonNull(institutions, "institutions");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.acts = Objects.requireNonNull(acts, "acts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Adds a partner made with {@link Partner#join} to its contract (the coordinator). */
    public Partner add(Actor actor, Partner partner) {
        Act act = Act.on("partner.add", RECORD, partner.id(), partner.territory());
        return acts.perform(actor, act, AccessPolicy.changeTerritory(actor, partner.territory()), () -> {
            Contract contract = contracts.find(partner.contract())
                    .filter(c -> c.territory().equals(partner.territory()))
                    .orElseThrow(() -> new NotFoundException(Problem.general("contract.not-found", partner.contract())));
            institutions.find(partner.institution())
                    .orElseThrow(() -> new NotFoundException(Problem.general("institution.not-found", partner.institution())));
            if (partners.find(contract.id(), partner.institution()).isPresent()) {
                throw new ConflictException(partner.institutionTwice(Optional.empty()));
            }
            Partner stored = partners.add(partner);
            return stored;
        });
    }

    /** Stores corrected facts (the coordinator or the partner's users), checked now by the actor. */
    public Partner correct(Actor actor, Partner corrected) {
        return change(actor, corrected.id(), corrected.version(), "partner.correct", current -> current.correct(
                corrected.role(), corrected.initiatives(), corrected.contact(), corrected.representative(),
                corrected.signatory(), Verification.now(clock, actor.id())));
    }

    /** Confirms a partner's facts as they are (the coordinator or the partner's users). */
    public Partner confirm(Actor actor, PartnerId id, long expectedVersion) {
        return change(actor, id, expectedVersion, "partner.confirm", p -> p.confirm(Verification.now(clock, actor.id())));
    }

    /**
     * Asks a partner to confirm or correct its facts and référents (the coordinator): each of
     * the partner's users is notified.
     *
     * @return how many people were notified
     */
    public int requestConfirmation(Actor actor, PartnerId id) {
        Partner partner = partners.find(id).orElseThrow(() -> notFound(id));
        Act act = Act.on("partner.request-confirmation", RECORD, id, partner.territory());
        String institution = acts.perform(actor, act, AccessPolicy.changeTerritory(actor, partner.territory()),
                () -> institutions.find(partner.institution()).map(Institution::name).orElse(""));
        var users = accounts.holding(Grant.partner(partner.territory(), id));
        users.forEach(user -> notifier.notify(Actor.system(), user, "notification.confirm-partner", List.of(institution)));
        return users.size();
    }

    /** A partner, for anyone with a grant on its territory. */
    public Partner find(Actor actor, PartnerId id) {
        Partner partner = partners.find(id).orElseThrow(() -> notFound(id));
        acts.refuseUnless(AccessPolicy.readTerritory(actor, partner.territory()), actor,
                Act.on("partner.read", RECORD, id, partner.territory()));
        return partner;
    }

    /** A page of a contract's partners. */
    public List<Partner> list(Actor actor, ContractId contract, PageRequest page) {
        Contract found = contracts.find(contract).orElseThrow(() -> new NotFoundException(Problem.general("contract.not-found", contract)));
        acts.refuseUnless(AccessPolicy.readTerritory(actor, found.territory()), actor,
                Act.onTerritory("partner.list", RECORD, found.territory()));
        return partners.list(contract, page);
    }

    /** How many partners a contract has. */
    public long count(Actor actor, ContractId contract) {
        Contract found = contracts.find(contract).orElseThrow(() -> new NotFoundException(Problem.general("contract.not-found", contract)));
        acts.refuseUnless(AccessPolicy.readTerritory(actor, found.territory()), actor,
                Act.onTerritory("partner.list", RECORD, found.territory()));
        return partners.count(contract);
    }

    private Partner change(Actor actor, PartnerId id, long expectedVersion, String action, UnaryOperator<Partner> change) {
        return acts.performOn(actor, () -> partners.find(id).orElseThrow(() -> notFound(id)),
                current -> Act.on(action, RECORD, id, current.territory()),
                current -> AccessPolicy.changePartner(actor, current.territory(), id), current -> {
            Versions.expect(current.version(), expectedVersion, RECORD, id);
            Partner stored = partners.update(change.apply(current));
            return stored;
        });
    }

    private static NotFoundException notFound(PartnerId id) {
        return new NotFoundException(Problem.general("partner.not-found", id));
    }
}
