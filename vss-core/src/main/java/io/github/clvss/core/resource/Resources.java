package io.github.clvss.core.resource;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.DepartmentCode;
import java.util.List;
import java.util.Optional;

/** Port: where resources are kept. */
public interface Resources {

    /** Stores a new resource; its version becomes 1. */
    Resource add(Resource resource);

    /** Stores a changed resource if its version is still the stored one, else conflicts. */
    Resource update(Resource resource);

    /** Removes a resource (a replace import drops the territory's own ones absent from the file). */
    void remove(ResourceId id);

    /** The resource with this id. */
    Optional<Resource> find(ResourceId id);

    /**
     * A page of the resources that serve a territory: national ones, its département's and its
     * own — by scope (national first), then name.
     */
    List<Resource> serving(TerritoryId territory, DepartmentCode department, PageRequest page);

    /** How many resources serve a territory. */
    long countServing(TerritoryId territory, DepartmentCode department);
}
