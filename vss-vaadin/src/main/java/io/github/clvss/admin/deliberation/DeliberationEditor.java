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
import com.vaadin.flow.data.binder.Binder;
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
import io.github.clvss.core.deliberation.HealthEmergency;
import io.github.clvss.core.deliberation.Proxy;
import io.github.clvss.core.deliberation.VoteTally.PresidentVote;
import io.github.clvss.core.deliberation.VoteTally.UnanimityOf;
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
 * quorum, proxies, majority, unanimity, nomination, convocation, remote sitting, @ctes
 * identifier, each with its article — shown as the person types. The session's date decides
 * which rules apply: a date in a health-emergency period says so under the date (one-third
 * quorum, two proxies, remote sittings) and the findings follow it. A vote count left empty is
 * unknown, not zero. The fields are bound to a {@link DeliberationForm} with a {@link Binder}
 * and copied by {@link DeliberationMapping}; recording keeps the findings with the act; on a
 * refusal each problem lands on its field and nothing typed is lost.
 */
@Route("deliberation")
@PermitAll
final class DeliberationEditor extends Main implements HasDynamicTitle, HasUrlParameter<String> {

    private final transient DeliberationRegister deliberations;

    private final transient Clock clock;
    private final Actor actor;
    private final Optional<Territory> territory;
    private DeliberationMapping.Kept kept;
    private DeliberationForm model;
    private final Binder<DeliberationForm> binder = new Binder<>(DeliberationForm.class);
    private final FieldProblems problems = new FieldProblems(this::getTranslation);

    private final TextField object = new TextField();
    private final DatePicker date = new DatePicker();
    private final Paragraph derogation = new Paragraph();
    private final Checkbox remote = new Checkbox();
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
    private final Select<UnanimityOf> unanimityOf = new Select<>();
    private final Select<PresidentVote> presidentVote = new Select<>();
    private final Checkbox nomination = new Checkbox();
    private final IntegerField round = new IntegerField();
    private final Checkbox openBallot = new Checkbox();
    private final IntegerField runnerUp = new IntegerField();
    private final Checkbox electedAsOldest = new Checkbox();
    private final Select<Deliberation.Result> result = new Select<>();
    private final DatePicker transmitted = new DatePicker();
    private final TextField actes = new TextField();
    private final TextField subjectCode = new TextField();
    private final TextField subjectName = new TextField();
    private final TextField url = new TextField();
    private final Div findings = new Div();
    private boolean filling;
    /** Whether the findings show: on a recorded act at once, on a new one after the person's first change. */
    private boolean acted;
    /** Whether the fields are labelled, listened to and bound: once, even when the page opens another deliberation. */
    private boolean configured;

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
                changed();
            });
            holder.addValueChangeListener(change -> changed());
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                proxyRows.remove(this);
                proxies.remove(this);
                changed();
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

    DeliberationEditor(DeliberationRegister deliberations, Clock clock, CurrentUser user, TerritoryContext territories) {
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
        Deliberation current;
        try {
            current = id.map(d -> deliberations.find(actor, d)).orElseGet(() -> Deliberation.draft(clock,
                    territory.get().id()).toBuilder().membersInOffice(deliberations.councilOf(actor, territory.get().id()))
                    .build());
        } catch (VssException refused) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        kept = DeliberationMapping.Kept.of(current);
        model = DeliberationMapping.MAP.toForm(current);
        proxyRows.clear();
        proxies.removeAll();
        build();
        if (!configured) {
            bind();
            configured = true;
        }
        fill();
        // what setting up the form changed is not the person's doing
        acted = id.isPresent();
        refresh();
    }

    private void build() {
        add(new H1(getTranslation(kept.version() == 0 ? "deliberation.new" : "deliberation.edit")),
                new Paragraph(getTranslation("deliberation.intro")), problems.list());
        if (!configured) {
            configure();
        }
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
        FormLayout session = new FormLayout(object, date, time, place, president, remote, derogation);
        session.setColspan(object, 2);
        session.setColspan(derogation, 2);
        FormLayout convening = new FormLayout(convocation, urgency, reconvened);
        Div council = new Div(members, new Div(everyonePresent, othersAbsent), present, new Paragraph(getTranslation(
                "deliberation.proxies.help")), proxies, addProxy, absent, counts);
        FormLayout roles = new FormLayout(secretary, rapporteur, committee);
        roles.setColspan(committee, 2);
        FormLayout vote = new FormLayout(inFavour, against, abstentions, blank, notTakingPart, secret, unanimity, unanimityOf,
                presidentVote, result, nomination, round, runnerUp, openBallot, electedAsOldest);
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
                section("deliberation.section.vote", new Paragraph(getTranslation("deliberation.vote.help")), vote, allFor),
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
        date.setHelperText(getTranslation("deliberation.date.help"));
        derogation.setId("deliberation-derogation");
        derogation.addClassName("vss-hint");
        derogation.setVisible(false);
        remote.setLabel(getTranslation("deliberation.remote"));
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
        unanimityOf.setLabel(getTranslation("deliberation.vote.unanimity-of"));
        unanimityOf.setItems(UnanimityOf.values());
        unanimityOf.setItemLabelGenerator(u -> u == null ? "" : getTranslation("deliberation.vote.unanimity-of." + u.name()));
        presidentVote.setLabel(getTranslation("deliberation.vote.president"));
        presidentVote.setHelperText(getTranslation("deliberation.vote.president.help"));
        presidentVote.setItems(PresidentVote.values());
        presidentVote.setItemLabelGenerator(v -> v == null ? "" : getTranslation("deliberation.vote.president." + v.name()));
        presidentVote.setEmptySelectionAllowed(true);
        presidentVote.setEmptySelectionCaption(getTranslation("deliberation.result.unknown"));
        nomination.setLabel(getTranslation("deliberation.nomination"));
        nomination.setHelperText(getTranslation("deliberation.nomination.help"));
        round.setLabel(getTranslation("deliberation.nomination.round"));
        // no min/max on the field: the binder's own check says why a round is refused
        round.setStepButtonsVisible(true);
        round.setValueChangeMode(ValueChangeMode.LAZY);
        runnerUp.setLabel(getTranslation("deliberation.nomination.runner-up"));
        runnerUp.setMin(0);
        runnerUp.setValueChangeMode(ValueChangeMode.LAZY);
        openBallot.setLabel(getTranslation("deliberation.nomination.open-ballot"));
        electedAsOldest.setLabel(getTranslation("deliberation.nomination.oldest"));
        nomination.addValueChangeListener(change -> showNomination(change.getValue()));
        showNomination(false);
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
        List<HasValue<?, ?>> fields = List.of(object, date, remote, time, place, president, convocation, urgency, reconvened,
                present, absent, secretary, rapporteur, committee, inFavour, against, abstentions, blank, notTakingPart, secret,
                unanimity, unanimityOf, presidentVote, nomination, round, openBallot, runnerUp, electedAsOldest, result,
                transmitted, actes, subjectCode, subjectName, url);
        fields.forEach(field -> field.addValueChangeListener(change -> changed()));
        members.addValueChangeListener(change -> {
            offerMembers();
            changed();
        });
    }

    private void label(TextField field, String key) {
        field.setLabel(getTranslation(key));
        field.setValueChangeMode(ValueChangeMode.LAZY);
    }

    private void showNomination(boolean shown) {
        round.setVisible(shown);
        runnerUp.setVisible(shown);
        openBallot.setVisible(shown);
        electedAsOldest.setVisible(shown);
    }

    /** Binds each field to the form model; problems vss-core reports at a field's path land on it. */
    private void bind() {
        binder.forField(problems.at("$.object", object)).bind(DeliberationForm::getObject, DeliberationForm::setObject);
        binder.forField(problems.at("$.session.date", date)).bind(DeliberationForm::getDate, DeliberationForm::setDate);
        binder.forField(problems.at("$.session.remote", remote)).bind(DeliberationForm::isRemote, DeliberationForm::setRemote);
        binder.forField(time).bind(DeliberationForm::getTime, DeliberationForm::setTime);
        binder.forField(problems.at("$.session.place", place)).bind(DeliberationForm::getPlace, DeliberationForm::setPlace);
        binder.forField(problems.at("$.session.president", president))
                .bind(DeliberationForm::getPresident, DeliberationForm::setPresident);
        binder.forField(problems.at("$.convocationDate", convocation))
                .bind(DeliberationForm::getConvocation, DeliberationForm::setConvocation);
        binder.forField(urgency).bind(DeliberationForm::isUrgency, DeliberationForm::setUrgency);
        binder.forField(reconvened).bind(DeliberationForm::isReconvened, DeliberationForm::setReconvened);
        binder.forField(problems.at("$.membersInOffice", members)).bind(DeliberationForm::getMembers, DeliberationForm::setMembers);
        binder.forField(problems.at("$.present", present)).bind(DeliberationForm::getPresent, DeliberationForm::setPresent);
        binder.forField(problems.at("$.absent", absent)).bind(DeliberationForm::getAbsent, DeliberationForm::setAbsent);
        binder.forField(problems.at("$.secretary", secretary)).bind(DeliberationForm::getSecretary, DeliberationForm::setSecretary);
        binder.forField(problems.at("$.rapporteur", rapporteur))
                .bind(DeliberationForm::getRapporteur, DeliberationForm::setRapporteur);
        binder.forField(problems.at("$.committeeOpinion", committee))
                .bind(DeliberationForm::getCommittee, DeliberationForm::setCommittee);
        binder.forField(problems.at("$.vote.inFavour", inFavour)).bind(DeliberationForm::getInFavour, DeliberationForm::setInFavour);
        binder.forField(against).bind(DeliberationForm::getAgainst, DeliberationForm::setAgainst);
        binder.forField(abstentions).bind(DeliberationForm::getAbstentions, DeliberationForm::setAbstentions);
        binder.forField(blank).bind(DeliberationForm::getBlank, DeliberationForm::setBlank);
        binder.forField(notTakingPart).bind(DeliberationForm::getNotTakingPart, DeliberationForm::setNotTakingPart);
        binder.forField(problems.at("$.vote.secretBallot", secret)).bind(DeliberationForm::isSecret, DeliberationForm::setSecret);
        binder.forField(problems.at("$.vote.unanimity", unanimity))
                .bind(DeliberationForm::isUnanimity, DeliberationForm::setUnanimity);
        binder.forField(unanimityOf).bind(DeliberationForm::getUnanimityOf, DeliberationForm::setUnanimityOf);
        binder.forField(presidentVote).bind(DeliberationForm::getPresidentVote, DeliberationForm::setPresidentVote);
        binder.forField(nomination).bind(DeliberationForm::isNomination, DeliberationForm::setNomination);
        binder.forField(round)
                .withValidator(r -> !nomination.getValue() || r != null && r >= 1 && r <= 3,
                        getTranslation("deliberation.nomination.round.invalid"))
                .bind(DeliberationForm::getRound, DeliberationForm::setRound);
        binder.forField(openBallot).bind(DeliberationForm::isOpenBallot, DeliberationForm::setOpenBallot);
        binder.forField(runnerUp).bind(DeliberationForm::getRunnerUp, DeliberationForm::setRunnerUp);
        binder.forField(problems.at("$.vote.nomination.electedAsOldest", electedAsOldest))
                .bind(DeliberationForm::isElectedAsOldest, DeliberationForm::setElectedAsOldest);
        binder.forField(problems.at("$.result", result)).bind(DeliberationForm::getResult, DeliberationForm::setResult);
        binder.forField(problems.at("$.transmission.date", transmitted))
                .bind(DeliberationForm::getTransmitted, DeliberationForm::setTransmitted);
        binder.forField(problems.at("$.transmission.actesId", actes)).bind(DeliberationForm::getActes, DeliberationForm::setActes);
        binder.forField(problems.at("$.subject.code", subjectCode))
                .bind(DeliberationForm::getSubjectCode, DeliberationForm::setSubjectCode);
        binder.forField(problems.at("$.subject.name", subjectName))
                .bind(DeliberationForm::getSubjectName, DeliberationForm::setSubjectName);
        binder.forField(problems.at("$.publicationUrl", url)).bind(DeliberationForm::getUrl, DeliberationForm::setUrl);
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
        changed();
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

    /** Shows the form model: the member pickers offer the council list first, then every field reads its value. */
    private void fill() {
        filling = true;
        List<String> list = DeliberationMapping.MAP.members(model.getMembers());
        present.setItems(union(list, model.getPresent()));
        absent.setItems(union(list, model.getAbsent()));
        president.setItems(union(list, kept(model.getPresident())));
        secretary.setItems(union(list, kept(model.getSecretary())));
        rapporteur.setItems(union(list, kept(model.getRapporteur())));
        binder.readBean(model);
        model.getProxies().forEach(this::addProxy);
        filling = false;
    }

    private static Set<String> kept(String name) {
        return name == null ? Set.of() : Set.of(name);
    }

    /** The deliberation as entered, valid or not: incomplete is fine, the findings say what is missing. */
    private Deliberation entered() {
        DeliberationForm draft = new DeliberationForm();
        binder.writeBeanAsDraft(draft, true);
        draft.setProxies(proxies());
        return DeliberationMapping.MAP.toDeliberation(draft, kept);
    }

    private List<Proxy> proxies() {
        return proxyRows.stream().flatMap(r -> r.proxy().stream()).toList();
    }

    /** A field changed: once the person changes something (not the form filling itself), the findings show. */
    private void changed() {
        if (!filling && model != null) {
            acted = true;
        }
        refresh();
    }

    private void refresh() {
        if (filling || model == null) {
            return;
        }
        Optional<HealthEmergency.Period> period = Optional.ofNullable(date.getValue()).flatMap(HealthEmergency::on);
        derogation.setVisible(period.isPresent());
        period.ifPresent(p -> derogation.setText(getTranslation("deliberation.derogation", p.text())));
        counts.setText(getTranslation("deliberation.counts", present.getValue().size(), givers().size(),
                absent.getValue().size(), memberList().size()));
        counts.setId("deliberation-counts");
        Deliberation entered = entered();
        show(deliberations.check(actor, entered));
    }

    private void show(List<Finding> found) {
        findings.removeAll();
        if (!acted) {
            // a blank form is not a list of faults: the checks speak once the person starts
            Paragraph waiting = new Paragraph(getTranslation("deliberation.findings.waiting"));
            waiting.setId("deliberation-findings-summary");
            findings.add(new H2(getTranslation("deliberation.findings")), waiting);
            return;
        }
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
        problems.clear();
        if (!binder.writeBeanIfValid(model)) {
            binder.validate();
            return;
        }
        model.setProxies(proxies());
        for (int i = 0; i < proxyRows.size(); i++) {
            problems.at("$.proxies[" + i + "].giver", proxyRows.get(i).giver);
            problems.at("$.proxies[" + i + "].holder", proxyRows.get(i).holder);
        }
        Deliberation entered = DeliberationMapping.MAP.toDeliberation(model, kept);
        try {
            CheckedDeliberation saved = kept.version() == 0 ? deliberations.record(actor, entered)
                    : deliberations.correct(actor, entered);
            kept = DeliberationMapping.Kept.of(saved.deliberation());
            show(saved.findings());
            Refusals.done(getTranslation("deliberation.saved"));
            getUI().ifPresent(ui -> ui.navigate(DeliberationEditor.class, kept.id().toString()));
        } catch (VssException refused) {
            problems.refused(refused, getLocale());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deliberation.title");
    }
}
