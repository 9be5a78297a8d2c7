package io.github.clvss.admin.path;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.ProblemPlaces;
import io.github.clvss.admin.base.SituationHandOff;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.path.PathNote;
import io.github.clvss.core.path.PathRegister;
import io.github.clvss.core.path.VictimPath;
import io.github.clvss.core.referral.Situation;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.VssException;
import io.github.clvss.core.territory.Territory;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * "Nouvelle orientation": opens a victim's path from the situation the professional just
 * described in the simulator (carried in the session, never in the address), with a short note
 * that must identify nobody; then the path's page records consent and sends it to partners.
 */
@Route("nouvelle-orientation")
@RolesAllowed("PARTNER")
final class PathOpeningView extends Main implements HasDynamicTitle {

    private final transient PathRegister paths;
    private final CurrentUser user;
    private final TextArea note = new TextArea();
    private final ProblemList problems = new ProblemList();
    private final ProblemPlaces places = new ProblemPlaces();

    PathOpeningView(PathRegister paths, PartnerNames partnerNames, CurrentUser user, TerritoryContext territories) {
        this.paths = paths;
        this.user = user;
        addClassName("vss-page");
        add(new H1(getTranslation("path.new.title")));
        Optional<Territory> territory = territories.current();
        Optional<Situation> situation = SituationHandOff.find();
        List<PartnerId> own = territory.map(t -> PathWords.partnersOf(user.actor(), t.id())).orElse(List.of());
        if (territory.isEmpty() || own.isEmpty()) {
            add(new Paragraph(getTranslation("path.new.not-partner")));
            return;
        }
        if (situation.isEmpty()) {
            Anchor simulator = new Anchor("orientation", getTranslation("path.new.to-simulator"));
            simulator.getElement().setAttribute("router-link", true);
            Paragraph none = new Paragraph(getTranslation("path.new.no-situation") + " ");
            none.add(simulator);
            none.setId("path-new-none");
            add(none);
            return;
        }
        add(new Paragraph(getTranslation("path.new.intro")));
        note.setLabel(getTranslation("path.note"));
        note.setHelperText(getTranslation("path.no-identifying-details"));
        note.setMaxLength(PathNote.MAX);
        note.setWidthFull();
        note.setId("path-new-note");
        places.at("note", note);
        // a user of several partners says which one opens the path; a user of one acts for it
        Select<PartnerId> opener = PartnerDesk.onBehalfOf(this, own, partnerNames.of(user.actor(), territory.get().id()));
        if (own.size() > 1) {
            opener.setHelperText(getTranslation("path.new.opener.help"));
            opener.setId("path-new-opener");
            add(problems, opener);
        } else {
            add(problems);
        }
        Button open = new Button(getTranslation("path.new.open"), click -> {
            opener.setInvalid(false);
            if (own.size() > 1 && opener.getValue() == null) {
                opener.setErrorMessage(getTranslation("path.choice.missing"));
                opener.setInvalid(true);
                return;
            }
            open(territory.get(), own.size() > 1 ? opener.getValue() : own.getFirst(), situation.get());
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("path-new-open");
        add(note, open);
    }

    private void open(Territory territory, PartnerId partner, Situation situation) {
        problems.clear();
        places.clear();
        Actor actor = user.actor();
        try {
            Optional<PathNote> written = note.getValue().isBlank() ? Optional.empty() : Optional.of(new PathNote(note.getValue()));
            VictimPath path = paths.open(actor, territory.id(), partner, situation, written);
            SituationHandOff.forget();
            getUI().ifPresent(ui -> ui.navigate("parcours/" + path.reference().value()));
        } catch (VssException refused) {
            problems.show(getTranslation("form.problems"), places.place(refused.problems(), Messages.of(getLocale())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("path.new.title");
    }
}
