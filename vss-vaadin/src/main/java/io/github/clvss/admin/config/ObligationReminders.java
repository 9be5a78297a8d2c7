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
 * once per overdue period, so running it again sends nothing new.
 */
@Component
public class ObligationReminders {

    private static final Logger LOG = LoggerFactory.getLogger(ObligationReminders.class);

    private final Vss vss;

    ObligationReminders(Vss vss) {
        this.vss = vss;
    }

    /** Checks every contract of every territory and notifies what became overdue. */
    @Scheduled(initialDelayString = "${vss.reminders.initial-delay:PT1M}", fixedDelayString = "${vss.reminders.every:P1D}")
    public void remind() {
        Actor system = Actor.system();
        int overdue = 0;
        for (var territory : PageRequest.readAll(page -> vss.territories().list(system, page))) {
            for (var contract : PageRequest.readAll(page -> vss.contracts().list(system, territory.id(), page))) {
                overdue += vss.obligations().notifyOverdue(system, contract.id()).size();
            }
        }
        LOG.info("Obligation reminders checked: {} overdue obligation(s)", overdue);
    }
}
