package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.resource.Resource;
import io.github.clvss.core.resource.ResourceId;
import io.github.clvss.core.resource.ResourceScope;
import io.github.clvss.core.resource.Resources;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.territory.Territory;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The resources' section: the territory's own useful addresses (the national ones ship with vss, never in files). */
final class ResourceSection {

    private final Resources resources;
    private final Acts acts;

    ResourceSection(Resources resources, Acts acts) {
        this.resources = resources;
        this.acts = acts;
    }

    void check(ContractData data, ImportMode mode, List<Problem> problems) {
        for (int i = 0; i < data.resources().size(); i++) {
            Resource resource = data.resources().get(i);
            String path = "$.resources[" + i + "].id";
            resources.find(resource.id()).filter(stored -> stored.scope() == ResourceScope.LOCAL)
                    .ifPresent(stored -> Stored.check(problems, mode, stored.territory().orElseThrow(), data.territory().id(),
                            path, resource.id()));
        }
    }

    /** How many resources an import wrote and removed. */
    record Written(int resources, int removed) {
    }

    /** The file's resources, added; local ones replaced; in replace mode, the local ones it leaves out removed. */
    Written write(Actor actor, ContractData data, ImportMode mode) {
        TerritoryId territory = data.territory().id();
        Set<ResourceId> resourcesInFile = new HashSet<>();
        int resourcesWritten = 0;
        for (Resource resource : data.resources()) {
            resourcesInFile.add(resource.id());
            Optional<Resource> stored = resources.find(resource.id());
            if (stored.isEmpty()) {
                resources.add(resource);
            } else if (resource.scope() == ResourceScope.LOCAL) {
                resources.update(withVersion(resource, stored.get().version()));
            } else {
                continue;
            }
            resourcesWritten++;
            acts.record(actor, Act.on("resource.import", "resource", resource.id(), territory));
        }
        int removed = 0;
        if (mode == ImportMode.REPLACE) {
            for (Resource resource : own(data.territory())) {
                if (resource.scope() == ResourceScope.LOCAL && !resourcesInFile.contains(resource.id())) {
                    resources.remove(resource.id());
                    acts.record(actor, Act.on("resource.remove", "resource", resource.id(), territory));
                    removed++;
                }
            }
        }
        return new Written(resourcesWritten, removed);
    }

    /** Whether the id is a national resource's: one shipped with vss, never carried in files. */
    boolean national(UUID id) {
        return resources.find(new ResourceId(id)).filter(r -> r.scope() == ResourceScope.NATIONAL).isPresent();
    }

    /** The territory's own resources: its département's and its local ones. */
    List<Resource> own(Territory territory) {
        return PageRequest.readAll(page -> resources.serving(territory.id(), territory.facts().department(), page), x -> x.id().value()).stream()
                .filter(r -> r.scope() != ResourceScope.NATIONAL).toList();
    }

    private static Resource withVersion(Resource r, long version) {
        return new Resource(r.id(), version, r.scope(), r.department(), r.territory(), r.kind(), r.name(), r.description(),
                r.phone(), r.sms(), r.web(), r.address(), r.hours(), r.languages(), r.accessibility(), r.free(), r.anonymous(),
                r.audiences(), r.verified(), r.provenance());
    }
}
