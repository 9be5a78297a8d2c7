package io.github.clvss.admin.referral;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.partner.PartnerRegister;
import io.github.clvss.core.referral.LocalCircuits;
import io.github.clvss.core.resource.ResourceRegistry;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.Territory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/**
 * What a circuit of a territory may send a person to: the partners of its contracts and the
 * addresses serving it (tens, not a whole table), each named as the circuits name it.
 */
@Component
final class CircuitTargets {

    private final ContractManagement contracts;
    private final PartnerRegister partners;
    private final ResourceRegistry resources;
    private final LocalCircuits circuits;

    CircuitTargets(ContractManagement contracts, PartnerRegister partners, ResourceRegistry resources, LocalCircuits circuits) {
        this.contracts = contracts;
        this.partners = partners;
        this.resources = resources;
        this.circuits = circuits;
    }

    /**
     * The targets the actor may read.
     *
     * @param words a translation key with one argument, in words
     */
    List<CircuitEditor.Target> of(Actor actor, Territory territory, Locale locale, BiFunction<String, String, String> words) {
        List<CircuitEditor.Target> targets = new ArrayList<>();
        for (var contract : PageRequest.readAll(page -> contracts.list(actor, territory.id(), page), x -> x.id().value())) {
            for (var partner : PageRequest.readAll(page -> partners.list(actor, contract.id(), page), x -> x.id().value())) {
                String value = "partner:" + partner.id().value();
                targets.add(new CircuitEditor.Target(value, words.apply("circuits.target.partner",
                        circuits.contact(value, locale).name())));
            }
        }
        for (var resource : PageRequest.readAll(page -> resources.serving(actor, territory.id(), page), x -> x.id().value())) {
            String value = "resource:" + resource.id().value();
            var contact = circuits.contact(value, locale);
            targets.add(new CircuitEditor.Target(value, words.apply("circuits.target.resource", contact.name())
                    + contact.reach().map(r -> " — " + r).orElse("")));
        }
        return targets;
    }
}
