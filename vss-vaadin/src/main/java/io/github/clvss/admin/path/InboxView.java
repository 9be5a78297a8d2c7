package io.github.clvss.admin.path;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.base.PageKeys;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.path.Handover;
import io.github.clvss.core.path.PathRegister;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A partner's inbox: the paths handed over to it, newest first, paged by vss-core — who sent
 * each, when, by when it must be accepted or declined (late ones marked), where it stands; a
 * reference leads to the path's page, where the partner acts on it. Only those still open by
 * default.
 */
@Menu(order = 440, title = "nav.inbox", icon = "vaadin:inbox")
@Route("adressages")
@RolesAllowed("PARTNER")
final class InboxView extends Main implements HasDynamicTitle {

    InboxView(PathRegister paths, PartnerNames partnerNames, Clock clock, CurrentUser user, TerritoryContext territories) {
        addClassName("vss-page");
        add(new H1(getTranslation("inbox.title")));
        Optional<PartnerDesk> desk = PartnerDesk.of(this, territories, user, partnerNames);
        if (desk.isEmpty()) {
            add(new Paragraph(getTranslation("path.new.not-partner")));
            return;
        }
        var t = desk.get().territory();
        PathWords words = desk.get().words();
        PartnerNames.Directory names = desk.get().names();
        add(new Paragraph(getTranslation("inbox.intro")));
        Checkbox openOnly = new Checkbox(getTranslation("inbox.open-only"), true);
        openOnly.setId("inbox-open-only");
        Grid<Handover> grid = new Grid<>();
        grid.setId("inbox");
        grid.setAllRowsVisible(true);
        // at 1280 px every column fits: long names and statuses wrap rather than push the status out of sight
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(h -> {
            Anchor link = new Anchor("parcours/" + h.reference().value(), h.reference().readable());
            link.getElement().setAttribute("router-link", true);
            return link;
        }).setHeader(getTranslation("inbox.column.reference")).setAutoWidth(true);
        grid.addColumn(h -> names.name(h.from())).setHeader(getTranslation("inbox.column.from")).setFlexGrow(2);
        grid.addColumn(h -> words.when(h.sentAt())).setHeader(getTranslation("inbox.column.sent"));
        grid.addColumn(h -> words.when(h.deadline())).setHeader(getTranslation("inbox.column.deadline"));
        grid.addComponentColumn(h -> {
            Span status = new Span(new Span(words.status(h)));
            if (h.late(clock.instant())) {
                status.add(new Span(" "), tag(getTranslation("path.handover.late")));
            }
            // the person withdrew consent while it was open: the receiving partner shares nothing more
            if (h.open() && h.consentWithdrawn().isPresent()) {
                status.add(new Span(" "), tag(getTranslation("path.handover.withdrawn")));
            }
            return status;
        }).setHeader(getTranslation("inbox.column.status")).setFlexGrow(2);
        // a user of several partners sees one partner's inbox at a time, and says whose
        AtomicReference<PartnerId> partner = new AtomicReference<>(desk.get().partner());
        // scrolling seeks from the row before (the inbox index, newest first); counted once per refresh
        PageKeys<Handover> keys = new PageKeys<>(h -> h.id().value());
        DataProvider<Handover, Void> inbox = DataProvider.fromCallbacks(
                query -> keys.fetched(query, paths.inbox(user.actor(), t.id(), partner.get(), openOnly.getValue(), keys.page(query))),
                query -> keys.counted((int) paths.countInbox(user.actor(), t.id(), partner.get(), openOnly.getValue())));
        grid.setItems(inbox);
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        openOnly.addValueChangeListener(change -> inbox.refreshAll());
        desk.get().chooser(this, "inbox-partner", chosen -> {
            partner.set(chosen);
            inbox.refreshAll();
        }).ifPresent(choice -> addComponentAtIndex(1, new Div(choice))); // under the title, on its own line
        add(openOnly, grid);
    }

    private static Span tag(String text) {
        Span tag = new Span(text);
        tag.addClassNames("vss-tag", "vss-tag-urgent");
        return tag;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
