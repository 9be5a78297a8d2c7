package io.github.clvss.admin.config;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.path.PathRegister;
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

    private final PathRegister paths;

    PathRetention(PathRegister paths) {
        this.paths = paths;
    }

    /** Purges the paths past their retention. */
    @Scheduled(initialDelayString = "${vss.paths.purge-initial-delay:PT3M}", fixedDelayString = "${vss.paths.purge-every:P1D}")
    public void purge() {
        int purged = paths.purge(Actor.system());
        LOG.info("Victims' paths retention: {} closed path(s) past it purged", purged);
    }
}
