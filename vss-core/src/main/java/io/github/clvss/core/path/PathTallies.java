package io.github.clvss.core.path;

import io.github.clvss.core.access.TerritoryId;
import java.util.List;

/** Port: the anonymous counts purged paths leave, per territory and year sent. */
public interface PathTallies {

    /** Adds counts to the territory's year (alike counts add up). */
    void add(TerritoryId territory, int year, List<PathTally> tallies);

    /** The territory's counts for a year. */
    List<PathTally> of(TerritoryId territory, int year);
}
