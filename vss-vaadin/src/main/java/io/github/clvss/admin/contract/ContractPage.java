package io.github.clvss.admin.contract;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.shared.VssException;
import java.util.Optional;

/**
 * A screen about one contract, named in its address: the contract is read through vss-core as
 * the person (one they may not see is not found, as if it did not exist), then shown.
 */
abstract class ContractPage extends Main implements HasDynamicTitle, BeforeEnterObserver, HasUrlParameter<String> {

    private final transient ContractManagement contracts;
    private final Actor actor;
    private Optional<ContractId> id = Optional.empty();
    private String title = "";

    ContractPage(ContractManagement contracts, Actor actor) {
        this.contracts = contracts;
        this.actor = actor;
        addClassName("vss-page");
    }

    /** The person, as vss-core knows them. */
    final Actor actor() {
        return actor;
    }

    @Override
    public final void setParameter(BeforeEvent event, String parameter) {
        id = ContractId.parse(parameter, "id").asOptional();
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        try {
            Contract contract = contracts.find(actor, id.orElseThrow(() -> new IllegalStateException("no contract id")));
            removeAll();
            show(contract);
        } catch (VssException | IllegalStateException refused) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    /** Shows the contract; the page's title is set with {@link #title}. */
    abstract void show(Contract contract);

    /** Sets the page's title, also its first heading's text. */
    final void title(String text) {
        title = text;
    }

    @Override
    public final String getPageTitle() {
        return title.isEmpty() ? getTranslation("overview.title") : title;
    }
}
