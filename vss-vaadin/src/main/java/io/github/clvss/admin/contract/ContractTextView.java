package io.github.clvss.admin.contract;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.github.clvss.admin.base.Refusals;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractLifecycle;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.contract.ContractStatus;
import io.github.clvss.core.shared.VssException;
import jakarta.annotation.security.PermitAll;

/**
 * The coordinator writes a draft contract's text: preamble, legal references, axes and
 * commitments, annexes ({@link ContractTextEditor}), saved through vss-core against the version
 * read — a text someone saved meanwhile is not overwritten. Once the council approved the
 * contract, its text changes only by an amendment ({@link AmendmentView}).
 */
@Route("texte-contrat")
@PermitAll
final class ContractTextView extends ContractPage {

    private final transient ContractLifecycle lifecycle;

    ContractTextView(ContractManagement contracts, ContractLifecycle lifecycle, CurrentUser user) {
        super(contracts, user.actor());
        this.lifecycle = lifecycle;
    }

    @Override
    void show(Contract found) {
        title(getTranslation("text.title", found.title()));
        Paragraph subtitle = new Paragraph(found.title());
        subtitle.addClassName("vss-subtitle");
        add(new H1(getTranslation("text.title.heading")), subtitle);
        RouterLink back = new RouterLink(getTranslation("text.back"), ContractView.class, found.id().toString());
        if (!actor().coordinates(found.territory())) {
            add(new Paragraph(getTranslation("text.read-only")), back);
            return;
        }
        if (lifecycle.status(actor(), found.id()) != ContractStatus.DRAFT) {
            RouterLink amend = new RouterLink(getTranslation("contract.amend"), AmendmentView.class, found.id().toString());
            add(new Paragraph(getTranslation("text.approved")), new Div(amend), back);
            return;
        }
        add(new Paragraph(getTranslation("text.help")));
        ContractTextEditor editor = new ContractTextEditor(lifecycle.text(actor(), found.id()));
        Contract[] contract = {found};
        Button save = new Button(getTranslation("text.save"), click -> {
            editor.clearProblems();
            try {
                contract[0] = lifecycle.writeText(actor(), contract[0].id(), contract[0].version(), editor.text());
                Refusals.done(getTranslation("text.saved"));
            } catch (VssException refused) {
                editor.refused(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("text-save");
        Div actions = new Div(save, back);
        actions.addClassNames("vss-toolbar", "vss-sticky-actions");
        add(editor, actions);
    }
}
