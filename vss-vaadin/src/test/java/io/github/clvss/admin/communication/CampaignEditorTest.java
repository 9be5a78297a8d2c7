package io.github.clvss.admin.communication;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.communication.Campaign;
import io.github.clvss.core.communication.CampaignId;
import io.github.clvss.core.communication.CampaignStatus;
import io.github.clvss.core.communication.CommunicationPlan;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.territory.TerritoryAdministration;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CampaignEditorTest extends ViewTest {

    private static final ContractId BOULOGNE = ContractId.parse("018875f8-8001-7b4c-a55a-75eb92c7ad98", "id").orElseThrow();

    @Autowired
    private CommunicationPlan communication;

    @Autowired
    private ContractManagement contracts;

    @Autowired
    private TerritoryAdministration territories;

    @Autowired
    private Clock clock;

    @Test
    @SignedInAs("coordination")
    void a_campaign_ending_before_it_starts_is_refused_on_its_end_and_the_input_stays() {
        navigate(CommunicationView.class);

        test(find(Button.class).withText("Prévoir une campagne").single()).click();
        TextField title = find(TextField.class).withLabel("Titre").single();
        test(title).setValue("Affiches dans les pharmacies (démo)");
        DatePicker start = find(DatePicker.class).withCaption("Début").single();
        DatePicker end = find(DatePicker.class).withCaption("Fin").single();
        end.setValue(start.getValue().minusDays(1));
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(end.isInvalid()).as("the refusal lands on the end").isTrue();
        assertThat(end.getErrorMessage()).isNotBlank().doesNotContain("campaign.end");
        assertThat(title.getValue()).as("the input stays").isEqualTo("Affiches dans les pharmacies (démo)");
        assertThat(find(Span.class).withTextContaining("Affiches dans les pharmacies (démo)").exists()).isFalse();
    }

    @Test
    @SignedInAs("coordination")
    void a_campaign_saved_after_someone_elses_change_says_so_keeps_the_input_and_overwrites_nothing() {
        Contract contract = contracts.find(Actor.system(), BOULOGNE);
        LocalDate today = territories.find(Actor.system(), contract.territory()).facts().today(clock);
        Campaign campaign = communication.plan(Actor.system(), new Campaign(CampaignId.next(clock), 0, contract.territory(),
                contract.id(), Optional.empty(), "Stand au marché (démo)", Set.of(), Set.of(), today, Optional.empty(),
                Optional.empty(), CampaignStatus.PLANNED, Optional.empty(), Provenance.ENTERED));
        navigate(CommunicationView.class);

        test(find(Button.class).all().stream().filter(b -> b.getAriaLabel().orElse("").equals("Modifier Stand au marché (démo)"))
                .findFirst().orElseThrow()).click();
        TextField title = find(TextField.class).withLabel("Titre").single();
        test(title).setValue("Stand au marché du samedi (démo)");
        Campaign changed = communication.update(Actor.system(), new Campaign(campaign.id(), campaign.version(),
                campaign.territory(), campaign.contract(), campaign.partOf(), campaign.title(), campaign.audiences(),
                campaign.channels(), campaign.start(), campaign.end(), campaign.owner(), CampaignStatus.DONE,
                campaign.peopleReached(), Provenance.ENTERED));
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(find(ProblemList.class).single().getElement().getTextRecursively())
                .contains("Quelqu’un a modifié cette fiche pendant que vous la remplissiez");
        assertThat(title.getValue()).as("the input stays").isEqualTo("Stand au marché du samedi (démo)");
        Campaign stored = communication.published(contract.id()).stream().filter(c -> c.id().equals(campaign.id()))
                .findFirst().orElseThrow();
        assertThat(stored.title()).isEqualTo("Stand au marché (démo)");
        assertThat(stored.status()).isEqualTo(CampaignStatus.DONE);
        assertThat(stored.version()).isEqualTo(changed.version());
    }
}
