package io.github.clvss.admin.partner;

import io.github.clvss.core.partner.PartnerRegister;
import io.github.clvss.core.partner.ReferentRegister;
import io.github.clvss.core.territory.Territory;
import java.time.Clock;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.Refusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.VssException;
import java.util.Optional;

/**
 * One partner: its facts (a form, {@link PartnerFactsEditor}, editable by the coordinator and by
 * the partner's own users), their confirmation, and its référents with their history.
 */
final class PartnerDialog extends Dialog {

    private final transient PartnerRegister partners;

    private final transient ReferentRegister referents;

    private final transient Clock clock;
    private final CurrentUser user;
    private final Runnable changed;
    private final ProblemList problems = new ProblemList();
    private Partner partner;

    PartnerDialog(PartnerRegister partners, ReferentRegister referents, Clock clock, Territory territory, CurrentUser user, Partner partner, String institution, Runnable changed) {
        this.partners = partners;
        this.referents = referents;
        this.clock = clock;
        this.user = user;
        this.partner = partner;
        this.changed = changed;
        setHeaderTitle(institution);
        setWidth("min(70rem, 96vw)");
        Actor actor = user.actor();
        boolean mayChange = AccessPolicy.changePartner(actor, partner.territory(), partner.id()).isAllowed();
        PartnerFactsEditor facts = new PartnerFactsEditor(partner, () -> this.partner, corrected -> {
            this.partner = partners.correct(user.actor(), corrected);
            problems.clear();
            changed.run();
            return getTranslation("accounts.manage.saved");
        });
        facts.setEnabled(mayChange);
        Button confirm = new Button(getTranslation("partners.confirm"), click -> act(() ->
                partners.confirm(user.actor(), this.partner.id(), this.partner.version())));
        Div factActions = new Div(facts.saveButton(), confirm);
        factActions.addClassName("vss-inline");
        factActions.setVisible(mayChange);
        Button request = new Button(getTranslation("partners.request"), click -> {
            try {
                int notified = partners.requestConfirmation(user.actor(), this.partner.id());
                Refusals.done(getTranslation("partners.request.done", notified));
            } catch (VssException refused) {
                Refusals.show(refused);
            }
        });
        request.setVisible(actor.coordinates(partner.territory()));
        add(problems, facts, factActions, request);

        add(new H3(getTranslation("referents.title")));
        ReferentGrid referentGrid = new ReferentGrid(referents, clock, territory, user,
                () -> new ReferentQuery(partner.territory(), Optional.of(partner.id()), Optional.empty(), false),
                id -> institution, false);
        referentGrid.setAllRowsVisible(true);
        Button appoint = new Button(getTranslation("referents.appoint"), click -> new ReferentEditor(
                "referents.appoint", Optional.empty(), false, true, (details, from, until, main) ->
                        referents.appoint(user.actor(), Referent.appoint(clock, partner.id(), partner.territory(),
                                details, from, main, Provenance.ENTERED)), referentGrid::refresh).open());
        appoint.setVisible(mayChange);
        add(appoint, referentGrid);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }

    private void act(java.util.function.Supplier<Partner> change) {
        try {
            partner = change.get();
            problems.clear();
            changed.run();
            Refusals.done(getTranslation("accounts.manage.saved"));
        } catch (VssException refused) {
            problems.show(getTranslation("form.problems"), refused.problems());
        }
    }
}
