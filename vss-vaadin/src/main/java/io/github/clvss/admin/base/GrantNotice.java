package io.github.clvss.admin.base;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.notification.Notifier;
import io.github.clvss.core.territory.TerritoryAdministration;
import java.util.List;

/**
 * Tells a person about a role they were just given (in the app, and by email when configured),
 * in their own language: one way for every screen that grants a role — the accounts screen and
 * the new territory's coordinator alike.
 */
@org.springframework.stereotype.Component
public final class GrantNotice {

    private final TerritoryAdministration territories;
    private final Notifier notifier;

    GrantNotice(TerritoryAdministration territories, Notifier notifier) {
        this.territories = territories;
        this.notifier = notifier;
    }

    /** Notifies {@code account}'s holder of {@code grant}, given by {@code actor}; {@code context} translates the role. */
    public void announce(Actor actor, Account account, Grant grant, com.vaadin.flow.component.Component context) {
        String territory = grant.territory().map(t -> territories.find(actor, t).name()).orElse("vss");
        String role = context.getTranslation(account.language().locale(), "role." + grant.role().name());
        notifier.notify(actor, account.id(), "notification.granted", List.of(role, territory));
    }
}
