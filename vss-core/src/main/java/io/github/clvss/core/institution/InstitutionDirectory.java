package io.github.clvss.core.institution;

import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Transactions;
import io.github.clvss.core.shared.Versions;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The shared directory of institutions. Anyone with a grant reads it; platform
 * administrators and coordinators register and correct institutions.
 */
public final class InstitutionDirectory {

    static final String RECORD = "institution";

    private final Institutions institutions;
    private final Transactions transactions;
    private final Acts acts;

    /**
     * @param institutions where institutions are kept
     * @param transactions the transaction boundary
     * @param acts access checks and journal
     */
    public InstitutionDirectory(Institutions institutions, Transactions transactions, Acts acts) {
        this.institutions = Objects.requireNonNull(institutions, "institutions");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.acts = Objects.requireNonNull(acts, "acts");
    }

    /** Registers an institution built with {@link Institution#register}. */
    public Institution register(Actor actor, Institution institution) {
        acts.refuseUnless(AccessPolicy.changeShared(actor), actor, Act.on("institution.register", RECORD, institution.id()));
        return transactions.inTransaction(() -> {
            checkAgainstStored(institution);
            Institution stored = institutions.add(institution);
            acts.record(actor, Act.on("institution.register", RECORD, stored.id()));
            return stored;
        });
    }

    /** Stores a corrected institution, if nobody changed it since its version was read. */
    public Institution correct(Actor actor, Institution corrected) {
        acts.refuseUnless(AccessPolicy.changeShared(actor), actor, Act.on("institution.correct", RECORD, corrected.id()));
        return transactions.inTransaction(() -> {
            Institution current = institutions.find(corrected.id()).orElseThrow(() -> notFound(corrected.id()));
            Versions.expect(current.version(), corrected.version(), RECORD, corrected.id());
            checkAgainstStored(corrected);
            Institution stored = institutions.update(corrected);
            acts.record(actor, Act.on("institution.correct", RECORD, stored.id()));
            return stored;
        });
    }

    /** The institution with this id. */
    public Institution find(Actor actor, InstitutionId id) {
        acts.refuseUnless(AccessPolicy.readShared(actor), actor, Act.on("institution.read", RECORD, id));
        return institutions.find(id).orElseThrow(() -> notFound(id));
    }

    /** A page of institutions by name, optionally those whose name contains a text. */
    public List<Institution> list(Actor actor, Optional<String> nameContains, PageRequest page) {
        acts.refuseUnless(AccessPolicy.readShared(actor), actor,
                Act.general("institution.list", RECORD));
        return institutions.list(nameContains, page);
    }

    /** How many institutions match. */
    public long count(Actor actor, Optional<String> nameContains) {
        acts.refuseUnless(AccessPolicy.readShared(actor), actor,
                Act.general("institution.list", RECORD));
        return institutions.count(nameContains);
    }

    private void checkAgainstStored(Institution institution) {
        institution.siret().flatMap(institutions::findBySiret)
                .filter(other -> !other.id().equals(institution.id()))
                .ifPresent(other -> {
                    throw new ConflictException(Problem.general("institution.siret.taken", institution.siret().orElseThrow()));
                });
        Set<InstitutionId> seen = new HashSet<>(Set.of(institution.id()));
        Optional<InstitutionId> ancestor = institution.parent();
        while (ancestor.isPresent()) {
            InstitutionId parentId = ancestor.get();
            if (!seen.add(parentId)) {
                throw new InvalidInputException(Problem.general("institution.parent.cycle", institution.id()));
            }
            ancestor = institutions.find(parentId).orElseThrow(() -> new InvalidInputException(
                    Problem.general("institution.parent.unknown", parentId))).parent();
        }
    }

    private static NotFoundException notFound(InstitutionId id) {
        return new NotFoundException(Problem.general("institution.not-found", id));
    }
}
