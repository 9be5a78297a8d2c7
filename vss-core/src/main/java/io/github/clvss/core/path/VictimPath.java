package io.github.clvss.core.path;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.referral.Decision;
import io.github.clvss.core.referral.ReportingOutcome;
import io.github.clvss.core.referral.Situation;
import io.github.clvss.core.referral.Urgency;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A victim's path: pseudonymous by construction. It holds a random {@link PathReference}, the
 * facts of the {@link Situation} (the simulator's, never a name, an address, a phone number or a
 * date of birth) and the {@link Decision} they produced (with its rule set's version, so the advice
 * can be explained later), who opened it, the consents recorded and the handovers sent.
 *
 * @param id the path's id
 * @param reference what the professional gives the person and the partners quote
 * @param territory the territory it belongs to
 * @param opener the partner whose user opened it
 * @param openedBy the account id of who opened it
 * @param openedAt when
 * @param situation the facts it started from
 * @param decision what the rules said for them
 * @param note a short note (no identifying details)
 * @param closedAt when the opening partner closed it; its retention period runs from then
 * @param consents the consents recorded, oldest first
 * @param handovers the handovers sent, oldest first
 * @param version the stored version, for optimistic locking (0 before it is stored)
 */
public record VictimPath(PathId id, PathReference reference, TerritoryId territory, PartnerId opener, String openedBy,
        Instant openedAt, Situation situation, Decision decision, Optional<PathNote> note, Optional<Instant> closedAt,
        List<Consent> consents, List<Handover> handovers, long version) {

    public VictimPath {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(openedBy, "openedBy");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(closedAt, "closedAt");
        consents = List.copyOf(consents);
        handovers = List.copyOf(handovers);
    }

    /** A path opened now, with no consent and no handover yet. */
    public static VictimPath open(PathId id, PathReference reference, TerritoryId territory, PartnerId opener, String by,
            Instant at, Situation situation, Decision decision, Optional<PathNote> note) {
        return new VictimPath(id, reference, territory, opener, by, at, situation, decision, note, Optional.empty(), List.of(),
                List.of(), 0);
    }

    /** Whether the opening partner closed it. */
    public boolean closed() {
        return closedAt.isPresent();
    }

    /** The latest consent recorded that covers a disclosure to {@code to} for {@code purpose}, if any. */
    public Optional<Consent> consentFor(PartnerId to, ConsentPurpose purpose) {
        return consents.stream().filter(c -> c.scope().covers(to, purpose)).reduce((earlier, later) -> later);
    }

    /** Whether the person's latest answer allows handing the path over to {@code to}. */
    public boolean consentCovers(PartnerId to) {
        return consentFor(to, ConsentPurpose.HANDOVER).map(c -> c.status().allowsDisclosure()).orElse(false);
    }

    /**
     * The legal exceptions the decision gives: its reporting outcomes that need no consent (the
     * rules a {@link LegalException} may name).
     */
    public List<ReportingOutcome> legalExceptions() {
        return decision.reports().stream().filter(r -> !r.consentNeeded()).toList();
    }

    /** The decision's reporting outcome for {@code rule} that needs no consent, if it gives one. */
    public Optional<ReportingOutcome> legalException(String rule) {
        return legalExceptions().stream().filter(r -> r.rule().equals(rule)).findFirst();
    }

    /** How soon a handover of this path must be taken: the decision's most urgent referral, else within days. */
    public Urgency urgency() {
        return decision.referrals().stream().map(r -> r.urgency()).min(Comparator.naturalOrder()).orElse(Urgency.WITHIN_DAYS);
    }

    /** The partners party to the path: the opener and every partner a handover went to. */
    public Set<PartnerId> parties() {
        Set<PartnerId> parties = new LinkedHashSet<>();
        parties.add(opener);
        handovers.forEach(h -> parties.add(h.to()));
        return parties;
    }

    /** The handovers still going on. */
    public List<Handover> openHandovers() {
        return handovers.stream().filter(Handover::open).toList();
    }

    /** The open handover to {@code to}, if there is one. */
    public Optional<Handover> openHandoverTo(PartnerId to) {
        return handovers.stream().filter(h -> h.open() && h.to().equals(to)).findFirst();
    }

    /** The handover with this id, if it is one of the path's. */
    public Optional<Handover> handover(HandoverId handover) {
        return handovers.stream().filter(h -> h.id().equals(handover)).findFirst();
    }

    /**
     * The path as a partner that received it sees it: its facts and decision, the handovers sent
     * to it or by it, and the consents about it (or about every partner) — not what other
     * partners received. The opener sees it all.
     */
    public VictimPath asSeenBy(Set<PartnerId> partners) {
        if (partners.contains(opener)) {
            return this;
        }
        return new VictimPath(id, reference, territory, opener, openedBy, openedAt, situation, decision, note, closedAt,
                consents.stream().filter(c -> c.scope().partner().map(partners::contains).orElse(true)).toList(),
                handovers.stream().filter(h -> partners.contains(h.to()) || partners.contains(h.from())).toList(), version);
    }

    /**
     * The path with one more consent, and its open handovers marked when the consent withdraws (or
     * refuses) what they carry; a consent that cannot be expressed marks nothing.
     */
    public VictimPath record(Consent consent) {
        List<Consent> more = new java.util.ArrayList<>(consents);
        more.add(consent);
        boolean stops = consent.status() == ConsentStatus.WITHDRAWN || consent.status() == ConsentStatus.REFUSED;
        List<Handover> marked = handovers.stream().map(h -> stops && consent.scope().covers(h.to(), ConsentPurpose.HANDOVER)
                ? h.consentWithdrawnAt(consent.at()) : h).toList();
        return new VictimPath(id, reference, territory, opener, openedBy, openedAt, situation, decision, note, closedAt, more,
                marked, version);
    }

    /** The path with a handover added or replaced. */
    public VictimPath with(Handover handover) {
        List<Handover> next = new java.util.ArrayList<>(handovers.stream().filter(h -> !h.id().equals(handover.id())).toList());
        next.add(handover);
        next.sort(Comparator.comparing(Handover::sentAt).thenComparing(h -> h.id().value()));
        return new VictimPath(id, reference, territory, opener, openedBy, openedAt, situation, decision, note, closedAt,
                consents, next, version);
    }

    /** The path closed by its opener at {@code at}. */
    public VictimPath close(Instant at) {
        return new VictimPath(id, reference, territory, opener, openedBy, openedAt, situation, decision, note, Optional.of(at),
                consents, handovers, version);
    }
}
