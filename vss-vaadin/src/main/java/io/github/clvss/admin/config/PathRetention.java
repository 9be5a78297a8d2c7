package io.github.clvss.admin.config;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.path.PathRegister;
import io.github.clvss.core.shared.ScheduledWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, purges the victims' paths closed longer ago than their retention
 * ({@code vss.paths.retention}, 12 months by default, given to vss-core when it is built)
 * through vss-core's purge, which journals itself and leaves only anonymous counts.
 */
@Component
public class PathRetention {

    private static final Logger LOG = LoggerFactory.getLogger(PathRetention.class);

    /** The work's name, the same on every instance. */
    static final String WORK = "path-retention";

    private final PathRegister paths;
    private final ScheduledWork work;

    PathRetention(PathRegister paths, ScheduledWork work) {
        this.paths = paths;
        this.work = work;
    }

    /**
     * Purges the paths past their retention, unless another instance sharing the database is
     * doing it at this moment.
     *
     * @return whether this instance ran the purge
     */
    @Scheduled(initialDelayString = "${vss.paths.purge-initial-delay:PT3M}", fixedDelayString = "${vss.paths.purge-every:P1D}")
    public boolean purge() {
        int[] purged = {0};
        boolean ran = work.runAlone(WORK, () -> purged[0] = paths.purge(Actor.system()));
        if (ran) {
            LOG.info("Victims' paths retention: {} closed path(s) past it purged", purged[0]);
        } else {
            LOG.info("Victims' paths retention: another instance is purging, skipped here");
        }
        return ran;
    }
}
