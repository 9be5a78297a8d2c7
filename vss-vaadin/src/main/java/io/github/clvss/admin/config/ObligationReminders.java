package io.github.clvss.admin.config;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.shared.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, and once at start, tells the coordinators of every contract whose recurring
 * obligation (the yearly meeting of the signatories…) has become overdue; vss-core notifies
 * once per overdue period, so running it again sends nothing new. When several instances share
 * the database, one of them runs each round ({@link io.github.clvss.core.shared.ScheduledWork}).
 */
@Component
public class ObligationReminders {

    /** The work's name, the same on every instance. */
    static final String WORK = "obligation-reminders";

    private static final Logger LOG = LoggerFactory.getLogger(ObligationReminders.class);

    private final Vss vss;

    ObligationReminders(Vss vss) {
        this.vss = vss;
    }

    /**
     * Checks every contract of every territory and notifies what became overdue, unless another
     * instance is doing it at this moment.
     *
     * @return whether this instance ran the round
     */
    @Scheduled(initialDelayString = "${vss.reminders.initial-delay:PT1M}", fixedDelayString = "${vss.reminders.every:P1D}")
    public boolean remind() {
        int[] overdue = {0};
        boolean ran = vss.scheduledWork().runAlone(WORK, () -> {
            Actor system = Actor.system();
            for (var territory : PageRequest.readAll(page -> vss.territories().list(system, page), x -> x.id().value())) {
                for (var contract : PageRequest.readAll(page -> vss.contracts().list(system, territory.id(), page), x -> x.id().value())) {
                    overdue[0] += vss.obligations().notifyOverdue(system, contract.id()).size();
                }
            }
        });
        if (ran) {
            LOG.info("Obligation reminders checked: {} overdue obligation(s) newly told", overdue[0]);
        } else {
            LOG.info("Obligation reminders: another instance is running them, skipped here");
        }
        return ran;
    }
}
