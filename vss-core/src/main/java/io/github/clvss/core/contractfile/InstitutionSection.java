package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.InstitutionId;
import io.github.clvss.core.institution.Institutions;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.shared.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The institutions' section: a file's institutions are added when the installation lacks them,
 * never overwritten (they are shared across territories).
 */
final class InstitutionSection {

    private final Institutions institutions;
    private final Acts acts;

    InstitutionSection(Institutions institutions, Acts acts) {
        this.institutions = institutions;
        this.acts = acts;
    }

    /** Each SIRET is one institution's; each parent is in the file or stored. */
    void check(ContractData data, List<Problem> problems) {
        for (int i = 0; i < data.institutions().size(); i++) {
            institutions.siretTaken(data.institutions().get(i), Optional.of("$.institutions[" + i + "].siret"))
                    .ifPresent(problems::add);
        }
        for (int i = 0; i < data.institutions().size(); i++) {
            String path = "$.institutions[" + i + "].parentId";
            data.institutions().get(i).parent().filter(parent -> !known(data, parent))
                    .ifPresent(parent -> problems.add(Problem.error("institution.parent.unknown", path, parent)));
        }
    }

    /** Whether an institution is in the file or stored. */
    boolean known(ContractData data, InstitutionId id) {
        return data.institutions().stream().anyMatch(i -> i.id().equals(id)) || institutions.find(id).isPresent();
    }

    /** Adds the file's institutions the installation lacks (parents first); never overwrites a shared one. */
    int addMissing(Actor actor, ContractData data) {
        List<Institution> missing = new ArrayList<>(data.institutions().stream()
                .filter(i -> institutions.find(i.id()).isEmpty()).toList());
        int added = 0;
        boolean progress = true;
        while (!missing.isEmpty() && progress) {
            progress = false;
            for (var iterator = missing.iterator(); iterator.hasNext();) {
                Institution institution = iterator.next();
                if (institution.parent().filter(parent -> institutions.find(parent).isEmpty()).isEmpty()) {
                    institutions.add(institution);
                    acts.record(actor, Act.onShared("institution.register", "institution", institution.id(),
                            Set.of(data.territory().id())));
                    iterator.remove();
                    added++;
                    progress = true;
                }
            }
        }
        return added;
    }

    /** The institutions the partners are, with their parents. */
    List<Institution> of(List<Partner> partners) {
        Map<InstitutionId, Institution> used = new LinkedHashMap<>();
        Set<InstitutionId> seen = new HashSet<>();
        for (Partner partner : partners) {
            Optional<InstitutionId> next = Optional.of(partner.institution());
            while (next.isPresent() && seen.add(next.get())) {
                Institution institution = institutions.find(next.get()).orElseThrow();
                used.put(institution.id(), institution);
                next = institution.parent();
            }
        }
        return List.copyOf(used.values());
    }
}
