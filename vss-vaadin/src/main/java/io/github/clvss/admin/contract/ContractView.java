package io.github.clvss.admin.contract;

import io.github.clvss.admin.base.Refusals;
import io.github.clvss.core.contract.ContractLifecycle;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.deliberation.DeliberationRegister;
import io.github.clvss.admin.security.TerritoryContext;
import java.time.Clock;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractAct;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.ContractStatus;
import io.github.clvss.core.contract.ContractText;
import io.github.clvss.core.contract.Lifecycle;
import io.github.clvss.core.contract.Signatory;
import io.github.clvss.core.contract.TextVersion;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.DeliberationId;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.VssException;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One contract: its status — derived from the acts recorded, its dates and today —, its text
 * (preamble, legal references, axes and commitments, annexes), its signatories with the
 * progress of the signatures and the signature sheet, and its acts and text versions. The
 * coordinator records the human acts: the approving deliberation, each signature, a
 * termination, a renewal; an act the law or the contract's state does not allow is refused
 * with the reason.
 */
@Route("contrats")
@PermitAll
final class ContractView extends Main implements HasDynamicTitle, BeforeEnterObserver,
        com.vaadin.flow.router.HasUrlParameter<String> {

    private final TerritoryContext territories;

    private final transient ContractManagement contracts;

    private final transient ContractLifecycle contractLifecycle;

    private final transient DeliberationRegister deliberations;

    private final transient Clock clock;
    private final Actor actor;
    private String title = "";
    private Optional<ContractId> id = Optional.empty();

    ContractView(TerritoryContext territories, ContractManagement contracts, ContractLifecycle contractLifecycle, DeliberationRegister deliberations, Clock clock, CurrentUser user) {
        this.territories = territories;
        this.contracts = contracts;
        this.contractLifecycle = contractLifecycle;
        this.deliberations = deliberations;
        this.clock = clock;
        this.actor = user.actor();
        addClassName("vss-page");
    }

    @Override
    public void setParameter(com.vaadin.flow.router.BeforeEvent event, String parameter) {
        id = ContractId.parse(parameter, "id").asOptional();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (id.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        try {
            show(contracts.find(actor, id.get()));
        } catch (VssException refused) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show(Contract contract) {
        removeAll();
        title = contract.title();
        Lifecycle lifecycle = contractLifecycle.lifecycle(actor, contract.id());
        ContractStatus status = contractLifecycle.status(actor, contract.id());
        boolean coordinator = actor.coordinates(contract.territory());
        H1 heading = new H1(contract.title());
        Span badge = new Span(getTranslation("contract.status." + status.name()));
        badge.addClassNames("vss-tag", status == ContractStatus.IN_FORCE ? "vss-tag-good" : "vss-tag-plain");
        badge.setId("contract-status");
        Paragraph period = new Paragraph(contract.startDate().isEmpty() && contract.endDate().isEmpty()
                ? getTranslation("contract.period.none")
                : getTranslation("contract.period", date(contract.startDate()), date(contract.endDate())));
        period.setId("contract-period");
        add(heading, new Div(new Span(getTranslation("contract.status") + " "), badge), period);
        if (lifecycle.textVersion() > 1) {
            Paragraph version = new Paragraph(getTranslation("contract.current-version", lifecycle.textVersion(),
                    lifecycle.amendments().size(), date(lifecycle.textVersionApprovedOn())));
            version.setId("contract-text-version");
            add(version);
        }
        add(new Paragraph(getTranslation("contract.status.help")));
        if (coordinator) {
            add(actions(contract, lifecycle, status));
        }
        add(signatories(contract, lifecycle, coordinator));
        add(text(contractLifecycle.text(actor, contract.id())));
        add(acts(contract, lifecycle));
    }

    private Component actions(Contract contract, Lifecycle lifecycle, ContractStatus status) {
        Div toolbar = new Div();
        toolbar.addClassName("vss-toolbar");
        Button dates = new Button(getTranslation("contract.dates"), VaadinIcon.CALENDAR.create(), click -> datesDialog(contract).open());
        dates.setId("contract-dates");
        toolbar.add(dates);
        if (lifecycle.approval().isEmpty()) {
            Button approve = new Button(getTranslation("contract.approve"), VaadinIcon.GAVEL.create(),
                    click -> approveDialog(contract).open());
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            approve.setId("contract-approve");
            toolbar.add(approve);
        }
        if (status == ContractStatus.DRAFT) {
            Button write = new Button(getTranslation("contract.write-text"), VaadinIcon.EDIT.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(ContractTextView.class, contract.id().toString())));
            write.setId("contract-write-text");
            toolbar.add(write);
        } else if (status == ContractStatus.SIGNED || status == ContractStatus.IN_FORCE) {
            Button amend = new Button(getTranslation("contract.amend"), VaadinIcon.FILE_ADD.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(AmendmentView.class, contract.id().toString())));
            amend.setId("contract-amend");
            toolbar.add(amend);
        }
        if (status != ContractStatus.DRAFT && status != ContractStatus.TERMINATED) {
            Button terminate = new Button(getTranslation("contract.terminate"), click -> terminateDialog(contract).open());
            terminate.addThemeVariants(ButtonVariant.LUMO_ERROR);
            toolbar.add(terminate);
        }
        if (lifecycle.signedOn().isPresent() && lifecycle.renewedBy().isEmpty() && status != ContractStatus.TERMINATED) {
            toolbar.add(new Button(getTranslation("contract.renew"), click -> renew(contract)));
        }
        return toolbar;
    }

    private ContractDatesEditor datesDialog(Contract contract) {
        return new ContractDatesEditor(contracts, actor, contract, this::reshow);
    }

    private ApprovalEditor approveDialog(Contract contract) {
        // the latest 200 acts, newest first: an approval follows its deliberation closely
        List<Deliberation> acts = deliberations.list(actor, contract.territory(), PageRequest.first(200))
                .stream().filter(d -> d.session().date().isPresent()).toList();
        return new ApprovalEditor(contractLifecycle, actor, contract, acts,
                d -> date(d.session().date()) + " — " + d.object(), this::reshow);
    }

    private SignatureEditor signDialog(Contract contract, Signatory signatory) {
        return new SignatureEditor(contractLifecycle, actor, contract, signatory, today(contract), this::reshow);
    }

    private TerminationEditor terminateDialog(Contract contract) {
        return new TerminationEditor(contractLifecycle, actor, contract, today(contract), this::reshow);
    }

    private void renew(Contract contract) {
        try {
            Contract next = contractLifecycle.renew(actor, contract.id(), contract.title(), Optional.empty(),
                    Optional.empty());
            Refusals.done(getTranslation("contract.renewed"));
            getUI().ifPresent(ui -> ui.navigate(ContractView.class, next.id().toString()));
        } catch (VssException refused) {
            Refusals.show(refused);
        }
    }

    /** Shows the contract again, as recorded now. */
    private void reshow() {
        show(contracts.find(actor, id.orElseThrow()));
    }

    private Component signatories(Contract contract, Lifecycle lifecycle, boolean coordinator) {
        Div box = new Div(new H2(getTranslation("contract.signatories")));
        List<Signatory> signatories = contractLifecycle.signatories(actor, contract.id());
        long signed = signatories.stream().filter(s -> s.signedOn().isPresent()).count();
        Paragraph progress = new Paragraph(getTranslation("contract.signatories.progress", signed, signatories.size()));
        progress.setId("signature-progress");
        ProgressBar bar = new ProgressBar(0, Math.max(1, signatories.size()), signed);
        bar.getElement().setAttribute("aria-label", progress.getText());
        box.add(progress, bar);
        Grid<Signatory> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("contract.signatories"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> s.partner().institution()).setHeader(getTranslation("contract.signatory.institution")).setFlexGrow(2);
        grid.addColumn(s -> s.partner().representativeTitle().orElse("") + s.partner().representativeName()
                .map(n -> " — " + n).orElse("")).setHeader(getTranslation("contract.signatory.representative")).setFlexGrow(2);
        grid.addComponentColumn(s -> s.signedOn().<Component>map(d -> new Span(getTranslation("contract.signed-on",
                date(Optional.of(d))))).orElseGet(() -> {
                    if (!coordinator || lifecycle.approval().isEmpty()) {
                        return new Span(getTranslation("contract.not-signed"));
                    }
                    Button sign = new Button(getTranslation("contract.sign"), click -> signDialog(contract, s).open());
                    sign.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    sign.setAriaLabel(getTranslation("contract.sign.aria", s.partner().institution()));
                    return sign;
                })).setHeader(getTranslation("contract.signature")).setFlexGrow(1);
        grid.setItems(signatories);
        String lang = "?lang=" + Language.of(getLocale()).locale().getLanguage();
        Anchor sheet = new Anchor("documents/contracts/" + contract.id() + "/signatures.pdf" + lang,
                getTranslation("contract.signature-sheet"));
        sheet.setId("signature-sheet");
        sheet.getElement().setAttribute("router-ignore", true);
        sheet.getElement().setAttribute("download", true);
        box.add(grid, sheet);
        return box;
    }

    private Component text(ContractText text) {
        Div box = new Div(new H2(getTranslation("contract.text")));
        if (text.isEmpty()) {
            box.add(new Paragraph(getTranslation("contract.text.empty")));
            return box;
        }
        box.add(new H3(getTranslation("contract.preamble")));
        text.preamble().lines().filter(l -> !l.isBlank()).forEach(line -> box.add(new Paragraph(line)));
        if (!text.references().isEmpty()) {
            box.add(new H3(getTranslation("contract.references")));
            UnorderedList references = new UnorderedList();
            text.references().forEach(r -> references.add(new ListItem(getTranslation("contract.reference.kind." + r.kind().name())
                    + r.number().map(n -> " " + getTranslation("contract.reference.number", n)).orElse("")
                    + r.date().map(d -> " " + getTranslation("contract.reference.dated", date(Optional.of(d)))).orElse("")
                    + " — " + r.title())));
            box.add(references);
        }
        box.add(new H3(getTranslation("contract.axes")));
        for (var axis : text.axes()) {
            Div section = new Div(new com.vaadin.flow.component.html.H4(axis.number().map(n -> getTranslation("contract.axis", n) + " — ")
                    .orElse("") + axis.title()));
            OrderedList commitments = new OrderedList();
            axis.commitments().forEach(c -> {
                Span ref = new Span(c.id());
                ref.addClassName("vss-muted");
                commitments.add(new ListItem(ref, new Span(" " + c.text())));
            });
            section.add(commitments);
            box.add(section);
        }
        if (!text.annexes().isEmpty()) {
            box.add(new H3(getTranslation("contract.annexes")));
            text.annexes().forEach(a -> box.add(new Paragraph(a.title() + (a.text().isBlank() ? "" : " — " + a.text()))));
        }
        return box;
    }

    private Component acts(Contract contract, Lifecycle lifecycle) {
        Div box = new Div(new H2(getTranslation("contract.acts")));
        Map<io.github.clvss.core.access.PartnerId, String> institutions = contractLifecycle.signatories(actor, contract.id())
                .stream().collect(Collectors.toMap(s -> s.partner().partner(), s -> s.partner().institution(), (a, b) -> a));
        Function<DeliberationId, String> deliberation = d -> {
            try {
                Deliberation found = deliberations.find(actor, d);
                return date(found.session().date()) + " — " + found.object();
            } catch (VssException gone) {
                return d.toString();
            }
        };
        OrderedList list = new OrderedList();
        list.setId("contract-acts");
        if (lifecycle.acts().isEmpty()) {
            box.add(new Paragraph(getTranslation("contract.acts.none")));
        }
        for (ContractAct act : lifecycle.acts()) {
            String when = date(Optional.of(act.on()));
            String text = switch (act) {
                case ContractAct.Approved a -> getTranslation("contract.act.approved", when, deliberation.apply(a.deliberation()));
                case ContractAct.Signed s -> getTranslation("contract.act.signed", when,
                        institutions.getOrDefault(s.partner(), s.partner().toString()), s.textVersion());
                case ContractAct.Terminated t -> getTranslation("contract.act.terminated", when, t.reason());
                case ContractAct.Amended m -> getTranslation("contract.act.amended", when, deliberation.apply(m.deliberation()),
                        m.textVersion());
                case ContractAct.Renewed r -> getTranslation("contract.act.renewed", when);
            };
            list.add(new ListItem(text));
        }
        box.add(list);
        List<TextVersion> versions = contractLifecycle.textHistory(actor, contract.id());
        if (versions.size() > 1) {
            UnorderedList history = new UnorderedList();
            versions.forEach(v -> history.add(new ListItem(getTranslation("contract.text-version", v.number(),
                    v.approvedOn().map(d -> date(Optional.of(d))).orElse(getTranslation("value.unknown"))))));
            com.vaadin.flow.router.RouterLink compare = new com.vaadin.flow.router.RouterLink(
                    getTranslation("contract.compare-versions"), TextComparisonView.class, contract.id().toString());
            compare.setId("contract-compare");
            box.add(new H3(getTranslation("contract.text-versions")), history, compare);
        }
        return box;
    }

    /** Today in the contract's territory (a town overseas is hours apart from UTC). */
    private LocalDate today(Contract contract) {
        return territories.find(contract.territory()).facts().today(clock);
    }

    private String date(Optional<LocalDate> date) {
        return date.map(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())::format)
                .orElse(getTranslation("value.unknown"));
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("overview.title") : title;
    }
}
