package io.github.clvss.admin.contract;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import io.github.clvss.admin.base.VssProperties;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.partner.PartnerRegister;
import io.github.clvss.core.resource.ResourceRegistry;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.Territory;
import java.time.Clock;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * The dashboard's card of the partner and address records whose last verification is older
 * than the configured delay, each count a link to the screen where they are checked.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
final class StaleRecords extends Div {

    private final transient PartnerRegister partners;

    private final transient ResourceRegistry resources;

    private final transient Clock clock;
    private final CurrentUser user;
    private final VssProperties properties;

    StaleRecords(PartnerRegister partners, ResourceRegistry resources, Clock clock, CurrentUser user, VssProperties properties) {
        this.partners = partners;
        this.resources = resources;
        this.clock = clock;
        this.user = user;
        this.properties = properties;
        addClassName("vss-card");
    }

    /** Counts the contract's stale partners and the territory's stale addresses. */
    StaleRecords show(Territory territory, Contract contract) {
        Actor actor = user.actor();
        removeAll();
        long stalePartners = PageRequest.readAll(page -> partners.list(actor, contract.id(), page), x -> x.id().value()).stream()
                .filter(p -> p.verified().isStale(clock, properties.staleAfter())).count();
        long staleResources = PageRequest.readAll(page -> resources.serving(actor, territory.id(), page), x -> x.id().value()).stream()
                .filter(r -> r.verified().isStale(clock, properties.staleAfter())).count();
        add(new H3(getTranslation("dashboard.stale")),
                new Paragraph(link(getTranslation("dashboard.stale.partners", stalePartners), "partenaires")),
                new Paragraph(link(getTranslation("dashboard.stale.resources", staleResources), "ressources")));
        return this;
    }

    /** A link to another feature's screen by its address: the router follows it without reloading. */
    private static Anchor link(String text, String route) {
        Anchor link = new Anchor(route, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
