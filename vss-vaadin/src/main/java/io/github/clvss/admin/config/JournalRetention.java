package io.github.clvss.admin.config;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.journal.AuditTrail;
import java.time.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, removes the journal entries older than the retention ({@code vss.journal.retention},
 * six to twelve months, a year by default) through vss-core's purge, which journals itself.
 */
@Component
public class JournalRetention {

    /** The work's name, the same on every instance. */
    static final String WORK = "journal-retention";

    private static final Logger LOG = LoggerFactory.getLogger(JournalRetention.class);

    private final Vss vss;
    private final Period retention;

    JournalRetention(Vss vss, @Value("${vss.journal.retention:P12M}") Period retention) {
        this.vss = vss;
        this.retention = retention;
        AuditTrail.retentionProblem(retention).ifPresent(problem -> {
            throw new IllegalStateException("vss.journal.retention must be from " + AuditTrail.MIN_RETENTION + " to "
                    + AuditTrail.MAX_RETENTION + ", not " + retention);
        });
    }

    /**
     * Purges what is past the retention, unless another instance sharing the database is doing it
     * at this moment.
     *
     * @return whether this instance ran the purge
     */
    @Scheduled(initialDelayString = "${vss.journal.purge-initial-delay:PT2M}", fixedDelayString = "${vss.journal.purge-every:P1D}")
    public boolean purge() {
        int[] removed = {0};
        boolean ran = vss.scheduledWork().runAlone(WORK, () -> removed[0] = vss.auditTrail().purge(Actor.system(), retention));
        if (ran) {
            LOG.info("Journal retention ({}): {} entrie(s) past it removed", retention, removed[0]);
        } else {
            LOG.info("Journal retention: another instance is purging, skipped here");
        }
        return ran;
    }
}
