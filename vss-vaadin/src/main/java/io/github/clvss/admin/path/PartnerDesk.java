package io.github.clvss.admin.path;

import com.vaadin.flow.component.Component;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.territory.Territory;
import java.util.Optional;

/**
 * What a partner's list of paths starts from (its inbox, its paths): the current territory, the
 * partner the signed-in user acts for there, how dates and events are said, and the partners' names.
 */
record PartnerDesk(Territory territory, PartnerId partner, PathWords words, PartnerNames.Directory names) {

    /** The desk of the signed-in user in the current territory; none when they act for no partner there. */
    static Optional<PartnerDesk> of(Component view, TerritoryContext territories, CurrentUser user, PartnerNames partnerNames) {
        return territories.current().flatMap(t -> PathWords.partnerOf(user.actor(), t.id()).map(partner -> new PartnerDesk(t,
                partner, new PathWords(t.facts().timeZone(), view::getTranslation), partnerNames.of(user.actor(), t.id()))));
    }
}
