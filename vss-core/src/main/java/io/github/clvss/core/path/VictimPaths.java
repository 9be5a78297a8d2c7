package io.github.clvss.core.path;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: where victims' paths are kept, each with its consents and handovers. A path is stored
 * whole: its version guards every change to it, its handovers' included.
 */
public interface VictimPaths {

    /** Stores a new path (with its consents and handovers); its version becomes 1. */
    VictimPath add(VictimPath path);

    /** Stores a changed path if its version is still the stored one, else conflicts; the version goes up by one. */
    VictimPath update(VictimPath path);

    /** The path with this id. */
    Optional<VictimPath> find(PathId id);

    /** The path with this reference. */
    Optional<VictimPath> find(PathReference reference);

    /** The path a handover belongs to. */
    Optional<VictimPath> findByHandover(HandoverId handover);

    /** Whether a path already has this reference. */
    boolean taken(PathReference reference);

    /** A page of the paths a partner opened or received a handover of, newest first. */
    List<VictimPath> list(TerritoryId territory, PartnerId partner, PageRequest page);

    /** How many paths a partner opened or received a handover of. */
    long count(TerritoryId territory, PartnerId partner);

    /** A page of the handovers sent to a partner, newest first. */
    List<Handover> inbox(TerritoryId territory, PartnerId partner, boolean openOnly, PageRequest page);

    /** How many handovers were sent to a partner. */
    long countInbox(TerritoryId territory, PartnerId partner, boolean openOnly);

    /** A page of the territory's handovers sent or received and past their deadline at {@code now}, most overdue first. */
    List<HandoverDelay> late(TerritoryId territory, Instant now, PageRequest page);

    /** How many of the territory's handovers are late at {@code now}. */
    long countLate(TerritoryId territory, Instant now);

    /** The territory's live handovers sent in {@code [from, to)}, counted. */
    List<PathTally> tally(TerritoryId territory, Instant from, Instant to);

    /** Up to {@code limit} paths closed before {@code cutoff}, oldest closure first. */
    List<VictimPath> closedBefore(Instant cutoff, int limit);

    /** Removes a path, its consents and its handovers. */
    void remove(PathId path);
}
