package io.github.clvss.admin.path;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.ProblemPlaces;
import io.github.clvss.admin.base.Refusals;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.document.Documents;
import io.github.clvss.core.document.RenderedDocument;
import io.github.clvss.core.path.ConsentScope;
import io.github.clvss.core.path.ConsentStatus;
import io.github.clvss.core.path.DeclineReason;
import io.github.clvss.core.path.Handover;
import io.github.clvss.core.path.HandoverId;
import io.github.clvss.core.path.HandoverOutcome;
import io.github.clvss.core.path.HandoverStatus;
import io.github.clvss.core.path.LegalException;
import io.github.clvss.core.path.PathNote;
import io.github.clvss.core.path.PathReference;
import io.github.clvss.core.path.PathRegister;
import io.github.clvss.core.path.VictimPath;
import io.github.clvss.core.referral.ReportingOutcome;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.VssException;
import io.github.clvss.core.territory.Territory;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A victim's path at its address ({@code parcours/K7MQ2X9PA}), as the signed-in partner may see
 * it: its timeline (opened, consents, each step of each handover, dates in words), the consents,
 * the handovers with their deadlines (late ones marked), and what this partner may do — the
 * opener records the person's consent and hands the path over (without consent only on a legal
 * exception the decision names, with a reason); a receiving partner acknowledges, accepts,
 * declines, refers onward and closes its handover. Printable as a tagged PDF. A partner outside
 * the path is refused (vss-core journals the refusal).
 */
@Route("parcours/:reference")
@RolesAllowed("PARTNER")
final class PathView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PathRegister paths;
    private final transient Documents documents;
    private final transient PartnerNames partnerNames;
    private final transient Clock clock;
    private final CurrentUser user;
    private final TerritoryContext territories;
    private String title;

    PathView(PathRegister paths, Documents documents, PartnerNames partnerNames, Clock clock, CurrentUser user,
            TerritoryContext territories) {
        this.paths = paths;
        this.documents = documents;
        this.partnerNames = partnerNames;
        this.clock = clock;
        this.user = user;
        this.territories = territories;
        addClassName("vss-page");
        title = getTranslation("path.page.title-unknown");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("reference").orElse("");
        var reference = PathReference.parse(raw, "reference");
        if (!reference.isValid()) {
            refusal("path.page.not-found", "path-not-found");
            return;
        }
        load(() -> paths.find(user.actor(), reference.orElseThrow()));
    }

    private void load(Supplier<VictimPath> read) {
        try {
            show(read.get());
        } catch (AccessRefusedException refused) {
            refusal("path.page.refused", "path-refused");
        } catch (NotFoundException missing) {
            refusal("path.page.not-found", "path-not-found");
        }
    }

    private void refusal(String key, String id) {
        removeAll();
        add(new H1(getTranslation("path.page.title-unknown")));
        Paragraph text = new Paragraph(getTranslation(key));
        text.setId(id);
        add(text);
    }

    private void show(VictimPath path) {
        removeAll();
        Actor actor = user.actor();
        ZoneId zone = territories.current().filter(t -> t.id().equals(path.territory())).map(Territory::facts)
                .map(f -> f.timeZone()).orElse(ZoneId.of("Europe/Paris"));
        PathWords words = new PathWords(zone, this::getTranslation);
        PartnerNames.Directory names = partnerNames.of(actor, path.territory());
        boolean opener = actor.holdsPartner(path.territory(), path.opener());
        title = getTranslation("path.page.title", path.reference().readable());
        H1 heading = new H1(title);
        heading.setId("path-title");
        add(heading);
        Paragraph summary = new Paragraph(getTranslation("path.page.opened", names.name(path.opener()), words.when(path.openedAt())));
        Span state = tag(getTranslation(path.closed() ? "path.page.closed" : "path.page.open"), path.closed() ? "vss-tag-plain" : "vss-tag-good");
        summary.add(new Span(" "), state);
        summary.setId("path-summary");
        add(summary, new Paragraph(getTranslation("path.page.reference-help")));
        path.note().ifPresent(n -> add(new Paragraph(getTranslation("path.page.note", n.text()))));
        add(print(path, words, names));
        add(handovers(path, words, names, actor));
        if (opener && !path.closed()) {
            add(handOverForm(path, names), consentForm(path, names), closeButton(path));
        }
        add(consents(path, words, names), timeline(path, words, names));
    }

    private Component consents(VictimPath path, PathWords words, PartnerNames.Directory names) {
        Section section = new Section(new H2(getTranslation("path.consents")));
        if (path.consents().isEmpty()) {
            section.add(new Paragraph(getTranslation("path.consents.none")));
        }
        UnorderedList list = new UnorderedList();
        list.setId("path-consents");
        path.consents().forEach(c -> list.add(new ListItem(words.consent(c, names) + " · " + words.when(c.at()))));
        section.add(list);
        return section;
    }

    private Component timeline(VictimPath path, PathWords words, PartnerNames.Directory names) {
        Section section = new Section(new H2(getTranslation("path.timeline")));
        OrderedList list = new OrderedList();
        list.setId("path-timeline");
        words.timeline(path, names).forEach(e -> list.add(new ListItem(new Span(words.when(e.at()) + " — "), new Span(e.text()))));
        section.add(list);
        return section;
    }

    private Component handovers(VictimPath path, PathWords words, PartnerNames.Directory names, Actor actor) {
        Section section = new Section(new H2(getTranslation("path.handovers")));
        section.setId("path-handovers");
        if (path.handovers().isEmpty()) {
            section.add(new Paragraph(getTranslation("path.handovers.none")));
        }
        for (Handover h : path.handovers()) {
            Div card = new Div();
            card.addClassName("vss-card");
            card.setId("handover-" + h.to().value());
            card.add(new H3(getTranslation("path.handover.heading", names.name(h.from()), names.name(h.to()))));
            Paragraph status = new Paragraph(tag(words.status(h), h.open() ? "vss-tag-plain" : "vss-tag-good"));
            status.addClassName("handover-status");
            if (h.late(clock.instant())) {
                status.add(new Span(" "), tag(getTranslation("path.handover.late"), "vss-tag-urgent"));
            }
            h.override().ifPresent(o -> status.add(new Span(" "), tag(getTranslation("path.handover.override", o.legalBasis()), "vss-tag-urgent")));
            h.consentWithdrawn().ifPresent(at -> status.add(new Span(" "), tag(getTranslation("path.handover.withdrawn"), "vss-tag-urgent")));
            card.add(status);
            // why it went without consent, in the professional's words, next to the legal basis
            h.override().ifPresent(o -> {
                Paragraph reason = new Paragraph(getTranslation("path.handover.override-reason", o.reason().text()));
                reason.addClassName("handover-override-reason");
                card.add(reason);
            });
            card.add(new Paragraph(getTranslation("path.handover.dates", words.when(h.sentAt()), words.when(h.deadline()))));
            // how it ended, next to the status: a closed card says its outcome, a declined one its reason
            h.outcome().ifPresent(o -> card.add(ending(getTranslation("path.handover.outcome",
                    getTranslation("path.outcome." + o.name())))));
            h.declineReason().ifPresent(r -> card.add(ending(getTranslation("path.handover.declined",
                    getTranslation("path.decline." + r.name())))));
            h.onwardTo().ifPresent(next -> card.add(ending(getTranslation("path.handover.onward", names.name(next)))));
            if (h.open() && actor.holdsPartner(h.territory(), h.to())) {
                card.add(handoverActions(path, h, names));
            }
            section.add(card);
        }
        return section;
    }

    /** What the receiving partner may do with an open handover. */
    private Component handoverActions(VictimPath path, Handover h, PartnerNames.Directory names) {
        Div actions = new Div();
        actions.addClassName("vss-path-actions");
        ProblemList problems = new ProblemList();
        actions.add(problems);
        HandoverId id = h.id();
        if (h.status() == HandoverStatus.SENT) {
            actions.add(act("path.act.receive", "handover-receive", problems, new ProblemPlaces(), () -> paths.receive(user.actor(), id)));
        }
        if (h.status() != HandoverStatus.ACCEPTED) {
            actions.add(act("path.act.accept", "handover-accept", problems, new ProblemPlaces(), () -> paths.accept(user.actor(), id)));
            Select<DeclineReason> reason = choice("path.act.decline-reason", "handover-decline-reason", List.of(DeclineReason.values()),
                    r -> getTranslation("path.decline." + r.name()));
            actions.add(new Div(reason, act("path.act.decline", "handover-decline", problems, new ProblemPlaces(), () -> {
                required(reason);
                return paths.decline(user.actor(), id, reason.getValue());
            })));
        } else {
            Select<HandoverOutcome> outcome = choice("path.act.outcome", "handover-outcome", List.of(HandoverOutcome.values()),
                    o -> getTranslation("path.outcome." + o.name()));
            actions.add(new Div(outcome, act("path.act.close", "handover-close", problems, new ProblemPlaces(), () -> {
                required(outcome);
                return paths.closeHandover(user.actor(), id, outcome.getValue());
            })));
        }
        ProblemPlaces onwardPlaces = new ProblemPlaces();
        Select<PartnerId> next = partnerChoice("path.act.onward-to", "handover-onward-to", names.others(path.parties()), names);
        onwardPlaces.at("to", next);
        // the same rule as the first referral: without consent for the next partner, only a legal exception the decision names
        ExceptionChoice onwardException = new ExceptionChoice(path, "handover-onward", onwardPlaces);
        actions.add(new Div(next, onwardException, act("path.act.onward", "handover-onward", problems, onwardPlaces, () -> {
            required(next);
            return paths.referOnward(user.actor(), id, next.getValue(), onwardException.named());
        })));
        return actions;
    }

    /** A button that does one act on a handover, then shows the path afresh (or why vss-core refused). */
    private Button act(String key, String id, ProblemList problems, ProblemPlaces places, Supplier<Handover> act) {
        Button button = new Button(getTranslation(key), click -> {
            problems.clear();
            places.clear();
            Handover done;
            try {
                done = act.get();
            } catch (MissingChoice missing) {
                return;
            } catch (VssException refused) {
                problems.show(getTranslation("form.problems"), places.place(refused.problems(), Messages.of(getLocale())));
                return;
            }
            Refusals.done(getTranslation("path.act.done"));
            load(() -> paths.find(user.actor(), done.path()));
        });
        button.setId(id);
        return button;
    }

    private Component handOverForm(VictimPath path, PartnerNames.Directory names) {
        Section section = new Section(new H2(getTranslation("path.send")));
        section.setId("path-send");
        ProblemList problems = new ProblemList();
        ProblemPlaces places = new ProblemPlaces();
        Select<PartnerId> to = partnerChoice("path.send.to", "path-send-to", names.others(List.of(path.opener())), names);
        places.at("to", to);
        ExceptionChoice exception = new ExceptionChoice(path, "path-send", places);
        section.add(problems, to, exception);
        Button send = new Button(getTranslation("path.send.button"), click -> {
            problems.clear();
            places.clear();
            try {
                required(to);
                paths.handOver(user.actor(), path.id(), to.getValue(), exception.named());
            } catch (MissingChoice missing) {
                return;
            } catch (VssException refused) {
                problems.show(getTranslation("path.send.refused"), places.place(refused.problems(), Messages.of(getLocale())));
                return;
            }
            Refusals.done(getTranslation("path.send.done", names.name(to.getValue())));
            load(() -> paths.find(user.actor(), path.id()));
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("path-send-button");
        section.add(send);
        return section;
    }

    private Component consentForm(VictimPath path, PartnerNames.Directory names) {
        Section section = new Section(new H2(getTranslation("path.consent")));
        section.setId("path-consent");
        ProblemList problems = new ProblemList();
        ProblemPlaces places = new ProblemPlaces();
        RadioButtonGroup<ConsentStatus> status = new RadioButtonGroup<>(getTranslation("path.consent.status"));
        status.setItems(ConsentStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("path.consent.status." + s.name()));
        status.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        status.setId("path-consent-status");
        Select<PartnerId> partner = partnerChoice("path.consent.partner", "path-consent-partner", names.others(List.of(path.opener())),
                names);
        partner.setEmptySelectionAllowed(true);
        partner.setEmptySelectionCaption(getTranslation("path.consent.scope.all"));
        partner.setHelperText(getTranslation("path.consent.partner.help"));
        places.at("scope.partner", partner);
        Button save = new Button(getTranslation("path.consent.save"), click -> {
            problems.clear();
            places.clear();
            status.setInvalid(false);
            if (status.getValue() == null) {
                status.setErrorMessage(getTranslation("path.consent.status.missing"));
                status.setInvalid(true);
                return;
            }
            ConsentScope scope = Optional.ofNullable(partner.getValue()).map(ConsentScope::handoverTo).orElseGet(ConsentScope::anyHandover);
            try {
                paths.recordConsent(user.actor(), path.id(), status.getValue(), scope);
            } catch (VssException refused) {
                problems.show(getTranslation("form.problems"), places.place(refused.problems(), Messages.of(getLocale())));
                return;
            }
            Refusals.done(getTranslation("path.consent.done"));
            load(() -> paths.find(user.actor(), path.id()));
        });
        save.setId("path-consent-save");
        section.add(problems, status, partner, save);
        return section;
    }

    private Component closeButton(VictimPath path) {
        Button close = new Button(getTranslation("path.close"), click -> {
            try {
                paths.close(user.actor(), path.id());
            } catch (VssException refused) {
                Refusals.show(refused);
                return;
            }
            load(() -> paths.find(user.actor(), path.id()));
        });
        close.setId("path-close");
        close.setEnabled(path.openHandovers().isEmpty());
        Paragraph help = new Paragraph(getTranslation("path.close.help"));
        help.addClassName("vss-hint");
        return new Div(close, help);
    }

    private Anchor print(VictimPath path, PathWords words, PartnerNames.Directory names) {
        Language language = Language.of(getLocale());
        RenderedDocument document = new RenderedDocument(title, language, PathPrint.html(path, words, names, title, language),
                "parcours-" + path.reference().value().toLowerCase(java.util.Locale.ROOT));
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = documents.renderer().pdf(document);
            return new DownloadResponse(new ByteArrayInputStream(bytes), document.fileName() + ".pdf", "application/pdf",
                    bytes.length);
        }), getTranslation("path.print"));
        pdf.setId("path-print");
        pdf.getElement().setAttribute("download", true);
        return pdf;
    }

    private <T> Select<T> choice(String label, String id, List<T> items, java.util.function.Function<T, String> words) {
        Select<T> select = new Select<>();
        select.setLabel(getTranslation(label));
        select.setItems(items);
        select.setItemLabelGenerator(v -> v == null ? "" : words.apply(v));
        select.setId(id);
        return select;
    }

    /** A choice among partners, wide enough for a long name ("Parquet près le tribunal judiciaire de Nanterre"). */
    private Select<PartnerId> partnerChoice(String label, String id, List<PartnerId> partners, PartnerNames.Directory names) {
        Select<PartnerId> select = choice(label, id, partners, names::name);
        select.setWidth("min(100%, 30em)");
        return select;
    }

    /** How a handover ended, under its status. */
    private static Paragraph ending(String text) {
        Paragraph ending = new Paragraph(text);
        ending.addClassName("handover-ending");
        return ending;
    }

    /**
     * Sending without the person's consent under a legal exception: offered only when the path's
     * decision names one (the first referral and a referral onward alike); the exception and a
     * reason are then required, and vss-core journals the override with both.
     */
    private final class ExceptionChoice extends Div {

        private final Checkbox override = new Checkbox(getTranslation("path.send.override"));
        private final Select<ReportingOutcome> exception;
        private final TextArea reason = new TextArea(getTranslation("path.send.reason"));

        ExceptionChoice(VictimPath path, String prefix, ProblemPlaces places) {
            List<ReportingOutcome> exceptions = path.legalExceptions();
            exception = choice("path.send.exception", prefix + "-exception", exceptions, ReportingOutcome::legalBasis);
            reason.setHelperText(getTranslation("path.no-identifying-details"));
            reason.setMaxLength(PathNote.MAX);
            reason.setId(prefix + "-reason");
            reason.setWidthFull();
            places.at("note", reason);
            places.at("exception", exception);
            if (!exceptions.isEmpty()) {
                override.setId(prefix + "-override");
                override.setHelperText(getTranslation("path.send.override.help"));
                Div overriding = new Div(exception, reason);
                overriding.setVisible(false);
                override.addValueChangeListener(change -> overriding.setVisible(change.getValue()));
                add(override, overriding);
            }
        }

        /** The exception named, when the box is ticked; a missing choice or reason is marked on its field. */
        Optional<LegalException> named() {
            if (!override.getValue()) {
                return Optional.empty();
            }
            required(exception);
            reason.setInvalid(false);
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("path.send.reason.missing"));
                reason.setInvalid(true);
                throw new MissingChoice();
            }
            return Optional.of(new LegalException(exception.getValue().rule(), new PathNote(reason.getValue())));
        }
    }

    /** Marks a choice left empty on its field; the input is kept. */
    private void required(Select<?> select) {
        select.setInvalid(false);
        if (select.getValue() == null) {
            select.setErrorMessage(getTranslation("path.choice.missing"));
            select.setInvalid(true);
            throw new MissingChoice();
        }
    }

    /** A choice the person has still to make: marked on its field, nothing sent. */
    private static final class MissingChoice extends RuntimeException {
        MissingChoice() {
            super(null, null, false, false);
        }
    }

    private static Span tag(String text, String kind) {
        Span tag = new Span(text);
        tag.addClassNames("vss-tag", kind);
        return tag;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
