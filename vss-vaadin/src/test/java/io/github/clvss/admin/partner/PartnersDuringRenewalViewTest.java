package io.github.clvss.admin.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractStatus;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.InseeCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A renewal being drafted does not take the place of the contract in force on the network's screens.
 * The renewal would stay in the view tests' shared database, where the tests that follow read the
 * demo as it is: the context (and its database) is dropped after this test.
 */
@DirtiesContext
class PartnersDuringRenewalViewTest extends ViewTest {

    @Autowired
    Vss vss;

    @Test
    @SignedInAs("coordination")
    @SuppressWarnings("unchecked")
    void the_partners_and_referents_of_the_contract_in_force_stay_on_screen_while_its_renewal_is_drafted() {
        Actor system = Actor.system();
        var boulogne = vss.territories().findByInseeCode(system, new InseeCode("92012")).orElseThrow();
        Contract inForce = PageRequest.readAll(page -> vss.contracts().list(system, boulogne.id(), page), x -> x.id().value()).stream()
                .filter(c -> vss.contractLifecycle().status(system, c.id()) == ContractStatus.IN_FORCE).findFirst().orElseThrow();
        Contract renewal = vss.contractLifecycle().renew(system, inForce.id(), "Renouvellement du contrat", Optional.empty(),
                Optional.empty());
        List<Contract> newestFirst = vss.contracts().list(system, boulogne.id(), PageRequest.first(10));
        assertThat(newestFirst.getFirst().id()).as("the renewal is the territory's newest contract").isEqualTo(renewal.id());
        long signatories = vss.partners().count(system, inForce.id());
        assertThat(signatories).as("the contract in force has its partners").isGreaterThanOrEqualTo(8);
        assertThat(vss.partners().count(system, renewal.id())).as("the renewal has none yet").isLessThan(signatories);

        navigate(PartnersView.class);
        assertThat(test(find(Grid.class).single()).size()).as("partners listed").isEqualTo((int) signatories);

        navigate(ReferentsView.class);
        Select<Optional<?>> byPartner = find(Select.class).all().stream().filter(s -> "Partenaire".equals(s.getLabel()))
                .findFirst().orElseThrow();
        assertThat(test(byPartner).getSuggestions()).as("the référents' partner filter: all, then each partner of the contract in force")
                .hasSize((int) signatories + 1);
    }
}
