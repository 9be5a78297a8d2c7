package io.github.clvss.admin.territory;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationResult;
import io.github.clvss.admin.base.FieldCheck;
import io.github.clvss.admin.base.FormDialog;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.base.GrantNotice;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.account.AccountId;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Texts;
import io.github.clvss.core.territory.DepartmentCode;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Siren;
import io.github.clvss.core.territory.Siret;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryAdministration;
import io.github.clvss.core.territory.TerritoryFacts;
import io.github.clvss.core.territory.TerritoryKind;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Sets up a town (platform administrator): the territory's facts — from a commune's INSEE code
 * vss derives its département, its usual SIREN and its legal time, to be checked; vss knows no
 * names nor populations, which the administrator types — and its coordinator's account, granted
 * the coordination of the new territory. The territory is registered first; should the account
 * then be refused (a login already taken), the form stays open on it and a second Save opens only
 * the account.
 */
final class TerritoryEditor extends FormDialog<TerritoryForm> {

    /** The legal times of French territories: metropolitan France, then overseas. */
    static final List<String> TIME_ZONES = List.of("Europe/Paris", "America/Guadeloupe", "America/Martinique",
            "America/Cayenne", "Indian/Reunion", "Indian/Mayotte", "America/Miquelon", "America/St_Barthelemy",
            "America/Marigot", "Pacific/Noumea", "Pacific/Tahiti", "Pacific/Wallis");

    private final transient TerritoryAdministration territories;
    private final transient AccountAdministration accounts;
    private final transient GrantNotice notice;
    private final transient Clock clock;
    private final CurrentUser user;
    private final transient Consumer<Territory> created;
    private transient Optional<Territory> registered = Optional.empty();

    TerritoryEditor(TerritoryAdministration territories, AccountAdministration accounts, GrantNotice notice, Clock clock,
            CurrentUser user,
            Consumer<Territory> created) {
        super("territories.form.title", TerritoryForm.class, new TerritoryForm(), () -> { });
        this.territories = territories;
        this.accounts = accounts;
        this.notice = notice;
        this.clock = clock;
        this.user = user;
        this.created = created;
        setWidth("min(56rem, 100%)");
        saveButton().setText(getTranslation("territories.form.save"));
        saveButton().setId("territory-save");
        listEveryProblem();
        binder().setDefaultValidatorsEnabled(false);
        Messages messages = Messages.of(getLocale());

        H3 town = new H3(getTranslation("territories.form.town"));
        town.addClassName("vss-form-section");
        placeOther(town, 2);
        placeOther(new Paragraph(getTranslation("territories.form.prefill")), 2);
        Select<TerritoryKind> kind = new Select<>();
        kind.setLabel(getTranslation("territory.kind"));
        kind.setItems(TerritoryKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("territory.kind." + k.name()));
        TextField insee = new TextField(getTranslation("territory.insee"));
        insee.setId("territory-insee");
        insee.setHelperText(getTranslation("territories.form.insee.help"));
        TextField name = new TextField(getTranslation("territories.form.name"));
        name.setId("territory-name");
        name.setRequiredIndicatorVisible(true);
        TextField department = new TextField(getTranslation("territory.department"));
        department.setId("territory-department");
        department.setRequiredIndicatorVisible(true);
        TextField siren = new TextField(getTranslation("territory.siren"));
        siren.setId("territory-siren");
        siren.setRequiredIndicatorVisible(true);
        TextField siret = new TextField(getTranslation("territories.form.siret"));
        IntegerField population = new IntegerField(getTranslation("territories.form.population"));
        population.setId("territory-population");
        population.setHelperText(getTranslation("territories.form.population.help"));
        IntegerField year = new IntegerField(getTranslation("territories.form.population-year"));
        year.setId("territory-population-year");
        Select<String> timeZone = new Select<>();
        timeZone.setLabel(getTranslation("territory.time-zone"));
        timeZone.setItems(TIME_ZONES);
        timeZone.setItemLabelGenerator(zone -> ZoneId.of(zone).getDisplayName(TextStyle.FULL, getLocale()));

        insee.addValueChangeListener(change -> InseeCode.parse(change.getValue(), "territory.inseeCode").asOptional()
                .ifPresent(code -> {
                    department.setValue(code.department().value());
                    siren.setValue(TerritoryFacts.usualSiren(code).value());
                    siren.setHelperText(getTranslation("territories.form.siren.derived"));
                    timeZone.setValue(code.department().usualTimeZone().getId());
                }));

        binder().forField(place("territory.kind", kind, 1)).bind(TerritoryForm::getKind, TerritoryForm::setKind);
        binder().forField(place("territory.inseeCode", insee, 1))
                .withValidator(FieldCheck.of(InseeCode::parse, "territory.inseeCode", true))
                .bind(TerritoryForm::getInseeCode, TerritoryForm::setInseeCode);
        binder().forField(place("territory.name", name, 2))
                .withValidator(FieldCheck.of((raw, path) -> Texts.required(raw, path, TerritoryFacts.NAME_MAX),
                        "territory.name", false))
                .bind(TerritoryForm::getName, TerritoryForm::setName);
        binder().forField(place("territory.department", department, 1))
                .withValidator(FieldCheck.of(DepartmentCode::parse, "territory.department", false))
                .bind(TerritoryForm::getDepartment, TerritoryForm::setDepartment);
        binder().forField(place("territory.siren", siren, 1))
                .withValidator(FieldCheck.of(Siren::parse, "territory.siren", false))
                .bind(TerritoryForm::getSiren, TerritoryForm::setSiren);
        binder().forField(place("territory.siret", siret, 1))
                .withValidator(FieldCheck.of(Siret::parse, "territory.siret", true))
                .bind(TerritoryForm::getSiret, TerritoryForm::setSiret);
        binder().forField(place("territory.timeZone", timeZone, 1))
                .bind(TerritoryForm::getTimeZone, TerritoryForm::setTimeZone);
        binder().forField(place("territory.population", population, 1))
                .withValidator((value, context) -> value == null || value >= 0 ? ValidationResult.ok()
                        : ValidationResult.error(messages.text(Problem.general("population.negative", value))))
                .bind(TerritoryForm::getPopulation, TerritoryForm::setPopulation);
        binder().forField(place("territory.populationYear", year, 1))
                .withValidator((value, context) -> (value == null) == (population.getValue() == null)
                        ? ValidationResult.ok() : ValidationResult.error(getTranslation("territories.form.population.both")))
                .withValidator((value, context) -> value == null || value >= 1790 ? ValidationResult.ok()
                        : ValidationResult.error(messages.text(Problem.general("population.year.range", value))))
                .bind(TerritoryForm::getPopulationYear, TerritoryForm::setPopulationYear);

        H3 coordinatorHeading = new H3(getTranslation("territories.form.coordinator"));
        coordinatorHeading.addClassName("vss-form-section");
        placeOther(coordinatorHeading, 2);
        TextField login = new TextField(getTranslation("accounts.column.login"));
        login.setId("coordinator-login");
        login.setRequiredIndicatorVisible(true);
        TextField coordinatorName = new TextField(getTranslation("accounts.column.name"));
        coordinatorName.setId("coordinator-name");
        coordinatorName.setRequiredIndicatorVisible(true);
        EmailField email = new EmailField(getTranslation("accounts.column.email"));
        email.setId("coordinator-email");
        Select<Language> language = new Select<>();
        language.setLabel(getTranslation("accounts.column.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> l == Language.FR ? "Français" : "English");
        PasswordField password = new PasswordField(getTranslation("accounts.form.password"));
        password.setId("coordinator-password");
        password.setHelperText(getTranslation("accounts.form.password.help", Account.PASSWORD_MIN));
        binder().forField(place("[0].login", login, 1)).withValidator(FieldCheck.of(Login::parse, "[0].login", false))
                .bind(TerritoryForm::getLogin, TerritoryForm::setLogin);
        binder().forField(place("name", coordinatorName, 1))
                .withValidator(FieldCheck.of((raw, path) -> Texts.required(raw, path, Account.NAME_MAX), "name", false))
                .bind(TerritoryForm::getCoordinatorName, TerritoryForm::setCoordinatorName);
        binder().forField(place("email", email, 1)).withValidator(FieldCheck.of(EmailAddress::parse, "email", true))
                .bind(TerritoryForm::getEmail, TerritoryForm::setEmail);
        binder().forField(place("language", language, 1)).bind(TerritoryForm::getLanguage, TerritoryForm::setLanguage);
        binder().forField(place("[0].password", password, 1))
                .withValidator(FieldCheck.of(TerritoryEditor::password, "[0].password", true))
                .bind(TerritoryForm::getPassword, TerritoryForm::setPassword);
        binder().readBean(model());
    }

    /** A password vss-core would accept, checked as it checks it. */
    static Parsed<String> password(String typed, String path) {
        return Account.passwordProblem(typed.toCharArray(), path).map(p -> Parsed.<String>invalid(p))
                .orElseGet(() -> Parsed.valid(typed));
    }

    @Override
    protected String save(TerritoryForm form) {
        Territory territory = registered.orElseGet(() -> territories.register(user.actor(),
                TerritoryMapping.MAP.toFacts(form), Provenance.ENTERED));
        registered = Optional.of(territory);
        Account coordinator = accounts.open(user.actor(),
                TerritoryMapping.MAP.toCoordinator(form, AccountId.next(clock), territory.id()),
                TerritoryMapping.MAP.password(form.getPassword()));
        coordinator.grants().forEach(grant -> notice.announce(user.actor(), coordinator, grant, this));
        created.accept(territory);
        return getTranslation("territories.created", territory.name(), coordinator.login().value());
    }
}
