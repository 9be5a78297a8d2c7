package io.github.clvss.admin.deliberation;

import io.github.clvss.admin.base.Refusals;
import io.github.clvss.core.deliberation.DeliberationRegister;
import java.time.Clock;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.deliberation.CheckedDeliberation;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.DeliberationId;
import io.github.clvss.core.deliberation.Finding;
import io.github.clvss.core.deliberation.PrefectureTransmission;
import io.github.clvss.core.deliberation.Proxy;
import io.github.clvss.core.deliberation.Session;
import io.github.clvss.core.deliberation.Subject;
import io.github.clvss.core.deliberation.VoteTally;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.VssException;
import io.github.clvss.core.territory.Territory;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Entering a council deliberation as its register extract states it, pleasantly: the council
 * list pasted once (or taken from the last deliberation), members picked from it, proxies as
 * pairs, quick fills (everyone present, the others absent, all in favour), and the findings —
 * quorum, proxies, majority, convocation, @ctes identifier, each with its article — shown as
 * the person types. Recording keeps the findings with the act; nothing typed is lost on a
 * refusal.
 */
@Route("deliberation")
@PermitAll
final class DeliberationForm extends Main implements HasDynamicTitle, HasUrlParameter<String> {

    private final transient DeliberationRegister deliberations;

    private final transient Clock clock;
    private final Actor actor;
    private final Optional<Territory> territory;
    private Deliberation current;

    private final TextField object = new TextField();
    private final DatePicker date = new DatePicker();
    private final TimePicker time = new TimePicker();
    private final TextField place = new TextField();
    private final ComboBox<String> president = new ComboBox<>();
    private final DatePicker convocation = new DatePicker();
    private final Checkbox urgency = new Checkbox();
    private final Checkbox reconvened = new Checkbox();
    private final TextArea members = new TextArea();
    private final MultiSelectComboBox<String> present = new MultiSelectComboBox<>();
    private final Div proxies = new Div();
    private final List<ProxyRow> proxyRows = new ArrayList<>();
    private final MultiSelectComboBox<String> absent = new MultiSelectComboBox<>();
    private final Paragraph counts = new Paragraph();
    private final ComboBox<String> secretary = new ComboBox<>();
    private final ComboBox<String> rapporteur = new ComboBox<>();
    private final TextArea committee = new TextArea();
    private final IntegerField inFavour = count("deliberation.vote.for");
    private final IntegerField against = count("deliberation.vote.against");
    private final IntegerField abstentions = count("deliberation.vote.abstentions");
    private final IntegerField blank = count("deliberation.vote.blank");
    private final IntegerField notTakingPart = count("deliberation.vote.not-taking-part");
    private final Checkbox secret = new Checkbox();
    private final Checkbox unanimity = new Checkbox();
    private final Select<Deliberation.Result> result = new Select<>();
    private final DatePicker transmitted = new DatePicker();
    private final TextField actes = new TextField();
    private final TextField subjectCode = new TextField();
    private final TextField subjectName = new TextField();
    private final TextField url = new TextField();
    private final Div findings = new Div();
    private boolean filling;

    /** A proxy as two member pickers: who gave it, who holds it. */
    private final class ProxyRow extends Div {
        final ComboBox<String> giver = memberPicker("deliberation.proxy.giver");
        final ComboBox<String> holder = memberPicker("deliberation.proxy.holder");

        ProxyRow(Proxy proxy) {
            addClassName("vss-inline");
            giver.setValue(proxy.giver().isEmpty() ? null : proxy.giver());
            holder.setValue(proxy.holder().isEmpty() ? null : proxy.holder());
            giver.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    // a member who gave a proxy is not present
                    Set<String> stillPresent = new LinkedHashSet<>(present.getValue());
                    stillPresent.remove(change.getValue());
                    present.setValue(stillPresent);
                }
                refresh();
            });
            holder.addValueChangeListener(change -> refresh());
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                proxyRows.remove(this);
                proxies.remove(this);
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation("deliberation.proxy.remove"));
            add(giver, holder, remove);
        }

        Optional<Proxy> proxy() {
            return giver.getValue() == null && holder.getValue() == null ? Optional.empty()
                    : Optional.of(new Proxy(Optional.ofNullable(giver.getValue()).orElse(""),
                            Optional.ofNullable(holder.getValue()).orElse("")));
        }
    }

    DeliberationForm(DeliberationRegister deliberations, Clock clock, CurrentUser user, TerritoryContext territories) {
        this.deliberations = deliberations;
        this.clock = clock;
        this.actor = user.actor();
        this.territory = territories.current();
        addClassName("vss-page");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        removeAll();
        if (territory.isEmpty()) {
            add(new H1(getTranslation("deliberation.title")), new Paragraph(getTranslation("overview.no-territory")));
            return;
        }
        Optional<DeliberationId> id = Optional.ofNullable(parameter).flatMap(p -> DeliberationId.parse(p, "id").asOptional());
        try {
            current = id.map(d -> deliberations.find(actor, d)).orElseGet(() -> Deliberation.draft(clock,
                    territory.get().id()).toBuilder().membersInOffice(deliberations.councilOf(actor, territory.get().id()))
                    .build());
        } catch (VssException refused) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        build();
        fill(current);
        refresh();
    }

    private void build() {
        add(new H1(getTranslation(current.version() == 0 ? "deliberation.new" : "deliberation.edit")),
                new Paragraph(getTranslation("deliberation.intro")));
        configure();
        Button everyonePresent = new Button(getTranslation("deliberation.all-present"), click -> {
            Set<String> givers = givers();
            present.setValue(new LinkedHashSet<>(memberList().stream().filter(m -> !givers.contains(m))
                    .filter(m -> !absent.getValue().contains(m)).toList()));
        });
        everyonePresent.setId("deliberation-all-present");
        Button othersAbsent = new Button(getTranslation("deliberation.others-absent"), click -> {
            Set<String> givers = givers();
            absent.setValue(new LinkedHashSet<>(memberList().stream().filter(m -> !givers.contains(m))
                    .filter(m -> !present.getValue().contains(m)).toList()));
        });
        Button addProxy = new Button(getTranslation("deliberation.proxy.add"), VaadinIcon.PLUS.create(),
                click -> addProxy(new Proxy("", "")));
        addProxy.setId("deliberation-add-proxy");
        Button allFor = new Button(getTranslation("deliberation.vote.all-for"), click -> {
            inFavour.setValue(present.getValue().size() + (int) proxyRows.stream().filter(r -> r.proxy().isPresent()).count());
            against.setValue(0);
            abstentions.setValue(0);
            blank.setValue(0);
            notTakingPart.setValue(0);
            result.setValue(Deliberation.Result.ADOPTED);
        });
        allFor.setId("deliberation-all-for");
        FormLayout session = new FormLayout(object, date, time, place, president);
        session.setColspan(object, 2);
        FormLayout convening = new FormLayout(convocation, urgency, reconvened);
        Div council = new Div(members, new Div(everyonePresent, othersAbsent), present, new Paragraph(getTranslation(
                "deliberation.proxies.help")), proxies, addProxy, absent, counts);
        FormLayout roles = new FormLayout(secretary, rapporteur, committee);
        roles.setColspan(committee, 2);
        FormLayout vote = new FormLayout(inFavour, against, abstentions, blank, notTakingPart, secret, unanimity, result);
        FormLayout transmission = new FormLayout(transmitted, actes, subjectCode, subjectName, url);
        Button save = new Button(getTranslation("deliberation.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("deliberation-save");
        save.setVisible(actor.coordinates(territory.orElseThrow().id()));
        findings.setId("deliberation-findings");
        findings.addClassName("vss-findings");
        findings.getElement().setAttribute("aria-live", "polite");
        // it may scroll: a keyboard must reach it
        findings.getElement().setAttribute("tabindex", "0");
        findings.getElement().setAttribute("role", "region");
        findings.getElement().setAttribute("aria-label", getTranslation("deliberation.findings"));
        Div form = new Div(section("deliberation.section.session", session),
                section("deliberation.section.convocation", convening),
                section("deliberation.section.council", council),
                section("deliberation.section.roles", roles),
                section("deliberation.section.vote", vote, allFor),
                section("deliberation.section.transmission", transmission), save);
        Div layout = new Div(form, findings);
        layout.addClassName("vss-deliberation");
        add(layout);
    }

    private Section section(String key, Component... content) {
        Section section = new Section(new H2(getTranslation(key)));
        section.addClassName("vss-simulator-group");
        section.add(content);
        return section;
    }

    private void configure() {
        label(object, "deliberation.object");
        object.setRequiredIndicatorVisible(true);
        date.setLabel(getTranslation("deliberation.date"));
        date.setLocale(getLocale());
        time.setLabel(getTranslation("deliberation.time"));
        time.setLocale(getLocale());
        label(place, "deliberation.place");
        president.setLabel(getTranslation("deliberation.president"));
        picker(president);
        convocation.setLabel(getTranslation("deliberation.convocation"));
        convocation.setLocale(getLocale());
        convocation.setHelperText(getTranslation("deliberation.convocation.help"));
        urgency.setLabel(getTranslation("deliberation.urgency"));
        reconvened.setLabel(getTranslation("deliberation.reconvened"));
        members.setLabel(getTranslation("deliberation.members"));
        members.setHelperText(getTranslation("deliberation.members.help"));
        members.setValueChangeMode(ValueChangeMode.ON_BLUR);
        members.setWidthFull();
        members.setMinHeight("8rem");
        present.setLabel(getTranslation("deliberation.present"));
        present.setWidthFull();
        absent.setLabel(getTranslation("deliberation.absent"));
        absent.setWidthFull();
        secretary.setLabel(getTranslation("deliberation.secretary"));
        picker(secretary);
        rapporteur.setLabel(getTranslation("deliberation.rapporteur"));
        picker(rapporteur);
        committee.setLabel(getTranslation("deliberation.committee"));
        secret.setLabel(getTranslation("deliberation.vote.secret"));
        unanimity.setLabel(getTranslation("deliberation.vote.unanimity"));
        result.setLabel(getTranslation("deliberation.result"));
        result.setItems(Deliberation.Result.values());
        result.setItemLabelGenerator(r -> r == null ? "" : getTranslation("deliberation.result." + r.name()));
        result.setEmptySelectionAllowed(true);
        result.setEmptySelectionCaption(getTranslation("deliberation.result.unknown"));
        transmitted.setLabel(getTranslation("deliberation.transmitted"));
        transmitted.setLocale(getLocale());
        label(actes, "deliberation.actes");
        actes.setHelperText(getTranslation("deliberation.actes.help"));
        label(subjectCode, "deliberation.subject.code");
        subjectCode.setHelperText(getTranslation("deliberation.subject.help"));
        label(subjectName, "deliberation.subject.name");
        label(url, "deliberation.url");
        List<HasValue<?, ?>> fields = List.of(object, date, time, place, president, convocation, urgency, reconvened, present,
                absent, secretary, rapporteur, committee, inFavour, against, abstentions, blank, notTakingPart, secret, unanimity,
                result, transmitted, actes, subjectCode, subjectName, url);
        fields.forEach(field -> field.addValueChangeListener(change -> refresh()));
        members.addValueChangeListener(change -> {
            offerMembers();
            refresh();
        });
    }

    private void label(TextField field, String key) {
        field.setLabel(getTranslation(key));
        field.setValueChangeMode(ValueChangeMode.LAZY);
    }

    private IntegerField count(String key) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setMin(0);
        field.setStepButtonsVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        return field;
    }

    /** A member picker that also takes a name typed in (a president who is not a member, a staff rapporteur). */
    private void picker(ComboBox<String> field) {
        field.setAllowCustomValue(true);
        field.addCustomValueSetListener(event -> field.setValue(event.getDetail().strip()));
    }

    private ComboBox<String> memberPicker(String key) {
        ComboBox<String> field = new ComboBox<>(getTranslation(key));
        field.setItems(memberList());
        return field;
    }

    private void addProxy(Proxy proxy) {
        ProxyRow row = new ProxyRow(proxy);
        proxyRows.add(row);
        proxies.add(row);
        refresh();
    }

    private List<String> memberList() {
        return members.getValue().lines().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
    }

    private Set<String> givers() {
        Set<String> givers = new LinkedHashSet<>();
        proxyRows.forEach(r -> r.proxy().map(Proxy::giver).filter(g -> !g.isEmpty()).ifPresent(givers::add));
        return givers;
    }

    /** Offers the council list in every member picker, keeping what was already chosen. */
    private void offerMembers() {
        List<String> list = memberList();
        Set<String> keptPresent = new LinkedHashSet<>(present.getValue());
        Set<String> keptAbsent = new LinkedHashSet<>(absent.getValue());
        filling = true;
        present.setItems(union(list, keptPresent));
        present.setValue(keptPresent);
        absent.setItems(union(list, keptAbsent));
        absent.setValue(keptAbsent);
        for (ComboBox<String> picker : List.of(president, secretary, rapporteur)) {
            String kept = picker.getValue();
            picker.setItems(union(list, kept == null ? Set.of() : Set.of(kept)));
            picker.setValue(kept);
        }
        for (ProxyRow row : proxyRows) {
            for (ComboBox<String> picker : List.of(row.giver, row.holder)) {
                String kept = picker.getValue();
                picker.setItems(union(list, kept == null ? Set.of() : Set.of(kept)));
                picker.setValue(kept);
            }
        }
        filling = false;
    }

    private static List<String> union(List<String> list, Set<String> kept) {
        Set<String> all = new LinkedHashSet<>(list);
        all.addAll(kept);
        return List.copyOf(all);
    }

    private void fill(Deliberation d) {
        filling = true;
        object.setValue(d.object());
        d.session().date().ifPresent(date::setValue);
        d.session().time().ifPresent(time::setValue);
        d.session().place().ifPresent(place::setValue);
        members.setValue(String.join("\n", d.membersInOffice()));
        offerMembers();
        filling = true;
        d.session().president().ifPresent(president::setValue);
        d.convocationDate().ifPresent(convocation::setValue);
        urgency.setValue(d.urgency());
        reconvened.setValue(d.reconvenedWithoutQuorum());
        present.setValue(new LinkedHashSet<>(d.present()));
        d.proxies().forEach(this::addProxy);
        absent.setValue(new LinkedHashSet<>(d.absent()));
        d.secretary().ifPresent(secretary::setValue);
        d.rapporteur().ifPresent(rapporteur::setValue);
        d.committeeOpinion().ifPresent(committee::setValue);
        inFavour.setValue(d.vote().inFavour());
        against.setValue(d.vote().against());
        abstentions.setValue(d.vote().abstentions());
        blank.setValue(d.vote().blankOrSpoilt());
        notTakingPart.setValue(d.vote().notTakingPart());
        secret.setValue(d.vote().secretBallot());
        unanimity.setValue(d.vote().unanimity());
        d.result().ifPresent(result::setValue);
        d.transmission().date().ifPresent(transmitted::setValue);
        d.transmission().actesIdText().ifPresent(actes::setValue);
        d.subject().ifPresent(s -> {
            subjectCode.setValue(s.code());
            subjectName.setValue(s.name());
        });
        d.publicationUrl().ifPresent(url::setValue);
        filling = false;
    }

    /** The deliberation as entered: incomplete is fine, the findings say what is missing. */
    private Deliberation entered() {
        List<String> list = memberList();
        List<String> presentInOrder = ordered(list, present.getValue());
        List<String> absentInOrder = ordered(list, absent.getValue());
        return current.toBuilder()
                .object(object.getValue().strip())
                .session(new Session(Optional.ofNullable(date.getValue()), Optional.ofNullable(time.getValue()),
                        text(place.getValue()), text(president.getValue())))
                .convocationDate(Optional.ofNullable(convocation.getValue()))
                .urgency(urgency.getValue())
                .reconvenedWithoutQuorum(reconvened.getValue())
                .membersInOffice(list)
                .present(presentInOrder)
                .proxies(proxyRows.stream().flatMap(r -> r.proxy().stream()).toList())
                .absent(absentInOrder)
                .secretary(text(secretary.getValue()))
                .rapporteur(text(rapporteur.getValue()))
                .committeeOpinion(text(committee.getValue()))
                .subject(subjectCode.isEmpty() && subjectName.isEmpty() ? Optional.empty()
                        : Optional.of(new Subject(subjectCode.getValue().strip(), subjectName.getValue().strip())))
                .vote(new VoteTally(number(inFavour), number(against), number(abstentions), number(blank), number(notTakingPart),
                        secret.getValue(), unanimity.getValue()))
                .result(Optional.ofNullable(result.getValue()))
                .transmission(new PrefectureTransmission(Optional.ofNullable(transmitted.getValue()), text(actes.getValue())))
                .publicationUrl(text(url.getValue()))
                .build();
    }

    /** The chosen members in the council list's order, then any chosen name not on it. */
    private static List<String> ordered(List<String> list, Set<String> chosen) {
        List<String> ordered = new ArrayList<>(list.stream().filter(chosen::contains).toList());
        chosen.stream().filter(c -> !list.contains(c)).forEach(ordered::add);
        return ordered;
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static int number(IntegerField field) {
        return field.getValue() == null ? 0 : Math.max(0, field.getValue());
    }

    private void refresh() {
        if (filling || current == null) {
            return;
        }
        counts.setText(getTranslation("deliberation.counts", present.getValue().size(), givers().size(),
                absent.getValue().size(), memberList().size()));
        counts.setId("deliberation-counts");
        Deliberation entered = entered();
        show(deliberations.check(actor, entered));
    }

    private void show(List<Finding> found) {
        findings.removeAll();
        long errors = found.stream().filter(Finding::isError).count();
        Paragraph summary = new Paragraph(errors == 0 && found.isEmpty() ? getTranslation("deliberation.findings.none")
                : getTranslation("deliberation.findings.summary", errors, found.size() - errors));
        summary.setId("deliberation-findings-summary");
        findings.add(new H2(getTranslation("deliberation.findings")), summary);
        Messages messages = Messages.of(getLocale());
        UnorderedList list = new UnorderedList();
        for (Finding finding : found) {
            ListItem item = new ListItem(getTranslation(finding.isError() ? "circuits.error" : "circuits.warning") + " "
                    + messages.text(finding.problem()) + " (" + finding.article() + ")");
            item.addClassName(finding.isError() ? "vss-finding-error" : "vss-finding-warning");
            list.add(item);
        }
        findings.add(list);
    }

    private void save() {
        Deliberation entered = entered();
        try {
            CheckedDeliberation saved = current.version() == 0 ? deliberations.record(actor, entered)
                    : deliberations.correct(actor, entered);
            current = saved.deliberation();
            show(saved.findings());
            Refusals.done(getTranslation("deliberation.saved"));
            getUI().ifPresent(ui -> ui.navigate(DeliberationForm.class, current.id().toString()));
        } catch (VssException refused) {
            Refusals.show(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deliberation.title");
    }
}
