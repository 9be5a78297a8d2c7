package io.github.clvss.core;

import static io.github.clvss.core.Fixtures.CLOCK;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.account.AccountId;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.branding.Branding;
import io.github.clvss.core.branding.Colour;
import io.github.clvss.core.communication.Campaign;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.ContractText;
import io.github.clvss.core.contractfile.ContractFiles;
import io.github.clvss.core.contractfile.ImportMode;
import io.github.clvss.core.csv.CsvImport;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.DeliberationId;
import io.github.clvss.core.followup.Action;
import io.github.clvss.core.followup.ActionId;
import io.github.clvss.core.followup.ActionStatus;
import io.github.clvss.core.followup.Attendance;
import io.github.clvss.core.followup.Meeting;
import io.github.clvss.core.followup.MeetingDecision;
import io.github.clvss.core.followup.MeetingId;
import io.github.clvss.core.followup.Obligation;
import io.github.clvss.core.indicator.DiagnosticNote;
import io.github.clvss.core.indicator.Indicator;
import io.github.clvss.core.indicator.IndicatorId;
import io.github.clvss.core.indicator.Measurement;
import io.github.clvss.core.indicator.Period;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.InstitutionId;
import io.github.clvss.core.institution.Sector;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.notification.NotificationId;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentDetails;
import io.github.clvss.core.partner.ReferentId;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.referral.Asked;
import io.github.clvss.core.referral.Circuit;
import io.github.clvss.core.referral.Explanation;
import io.github.clvss.core.resource.Resource;
import io.github.clvss.core.resource.ResourceId;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Siren;
import io.github.clvss.core.territory.TerritoryFacts;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A sample value for every parameter type of the services' methods, keyed by the type as the
 * method declares it (generics included): Boulogne-Billancourt's ids and records, read afresh at
 * each call so that versions are current. A record passed for a change is Boulogne's own, so
 * that an unguarded method would really change it and be seen doing so. An expected version is
 * always a wrong one, so a method that compared versions before checking access would answer
 * "conflict" instead of refusing. Some types also have an invalid sample, to call methods with
 * input they would refuse: access must be refused first. A type without a sample makes the
 * caller fail, naming it: a new method brings its types here.
 */
final class Samples {

    /** A version no record has: a method checking it before access would say so. */
    static final long WRONG_VERSION = 987_654_321L;

    private final Map<String, Supplier<Object>> byType = new HashMap<>();
    private final Map<String, Supplier<Object>> invalid = new HashMap<>();
    private final Map<String, Map<String, Supplier<Object>>> byMethod = new HashMap<>();

    Samples(FullDemo demo) {
        Vss vss = demo.vss;
        Actor system = Actor.system();
        TerritoryId boulogne = demo.boulogne;
        ContractId contract = demo.contract.id();
        Referent referent = demo.referent;
        PartnerId partner = referent.partner();

        sample(TerritoryId.class, () -> boulogne);
        sample(ContractId.class, () -> contract);
        sample(PartnerId.class, () -> partner);
        sample(ReferentId.class, referent::id);
        sample(AccountId.class, demo.coordinatorAccount::id);
        sample(NotificationId.class, demo.notification::id);
        sample(InstitutionId.class, () -> partnerOf(vss, partner).institution());
        sample(ResourceId.class, () -> ownResource(vss, boulogne).id());
        sample(DeliberationId.class, () -> deliberation(vss, boulogne).id());
        sample(ActionId.class, () -> action(vss, contract).id());
        sample(MeetingId.class, () -> meeting(vss, contract).id());
        sample(IndicatorId.class, () -> indicator(vss, contract).id());
        sample(Siren.class, () -> vss.territories().find(system, boulogne).facts().siren());
        sample(InseeCode.class, () -> new InseeCode("92012"));
        sample(Login.class, demo.coordinatorAccount::login);
        sample(io.github.clvss.core.institution.ProposalId.class, demo.proposal::id);

        sample(Contract.class, () -> Contract.draft(CLOCK, boulogne, "Contrat suivant", Optional.empty(), Optional.empty(),
                Provenance.ENTERED));
        sample(ContractText.class, () -> vss.contractLifecycle().text(system, contract));
        sample(Partner.class, () -> partnerOf(vss, partner));
        sample(Referent.class, () -> newReferent(partner, boulogne));
        sample(ReferentDetails.class, () -> details("Claude Nouvelle (démo)"));
        sample(ReferentQuery.class, () -> ReferentQuery.current(boulogne));
        sample(Institution.class, () -> {
            Institution institution = vss.institutions().find(system, partnerOf(vss, partner).institution());
            return institution.correct(institution.name() + " (renommé)", institution.sector(), institution.siret(),
                    institution.parent());
        });
        sample(Resource.class, () -> ownResource(vss, boulogne));
        sample(Deliberation.class, () -> deliberation(vss, boulogne));
        sample(Action.class, () -> {
            Action action = action(vss, contract);
            return action.withStatus(action.status() == ActionStatus.IN_PROGRESS ? ActionStatus.PLANNED : ActionStatus.IN_PROGRESS,
                    Optional.empty());
        });
        sample(Meeting.class, () -> meeting(vss, contract).withDecision(new MeetingDecision("Décision ajoutée", Optional.empty())));
        sample(Indicator.class, () -> indicator(vss, contract));
        sample(Measurement.class, () -> measurement(vss, contract));
        sample(DiagnosticNote.class, () -> vss.indicators().notes(system, contract, 2023).getFirst());
        sample(Obligation.class, () -> vss.obligations().of(system, contract).getFirst());
        sample(Campaign.class, () -> vss.communication().between(system, contract, LocalDate.of(1900, 1, 1),
                LocalDate.of(9999, 12, 31), PageRequest.first(1)).getFirst());
        sample(Circuit.class, () -> vss.circuits().plan(system, boulogne).circuits().getFirst());
        sample(Branding.class, () -> new Branding(boulogne, vss.branding().of(system, boulogne).version(),
                Optional.of("Autre nom"), Optional.of(new Colour("#0b5394")), Optional.empty()));
        sample(TerritoryFacts.class, Fixtures::anotherCommune);
        sample(Account.class, () -> Account.open(CLOCK, new Login("nouveau.compte"), "Nouveau Compte", Optional.empty(),
                Language.FR, Set.of(Grant.observer(boulogne))));
        sample(Grant.class, () -> Grant.observer(boulogne));
        sample(JournalQuery.class, () -> JournalQuery.territory(boulogne));
        sample(Explanation.class, () -> vss.circuits().explain(boulogne,
                Asked.aDoctorAboutViolenceWithinTheCouple().situation(), Locale.FRENCH));

        sample(new Of<List<Referent>>() { }, () -> List.of(newReferent(partner, boulogne)));
        sample(new Of<List<Resource>>() { }, () -> List.of(newResource(ownResource(vss, boulogne))));
        sample(new Of<List<Measurement>>() { }, () -> List.of(measurement(vss, contract)));
        sample(new Of<java.util.Set<InstitutionId>>() { }, () -> java.util.Set.of(partnerOf(vss, partner).institution()));
        sample(new Of<List<Circuit>>() { }, () -> vss.circuits().plan(system, boulogne).circuits());
        sample(new Of<List<AccountAdministration.Opening>>() { }, () -> List.of(new AccountAdministration.Opening(
                Account.open(CLOCK, new Login("ouverture"), "Ouverture", Optional.empty(), Language.FR,
                        Set.of(Grant.coordinator(boulogne))), Optional.empty())));
        sample(new Of<List<CsvImport.Line<Referent>>>() { }, () -> List.of(new CsvImport.Line<>(2, newReferent(partner, boulogne))));
        sample(new Of<List<CsvImport.Line<Resource>>>() { }, () -> List.of(new CsvImport.Line<>(2,
                newResource(ownResource(vss, boulogne)))));
        sample(new Of<List<CsvImport.Line<Measurement>>>() { }, () -> List.of(new CsvImport.Line<>(2, measurement(vss, contract))));
        sample(new Of<List<CsvImport.Line<AccountAdministration.Opening>>>() { }, () -> List.of(new CsvImport.Line<>(2,
                new AccountAdministration.Opening(Account.open(CLOCK, new Login("ligne.csv"), "Ligne Csv", Optional.empty(),
                        Language.FR, Set.of(Grant.coordinator(boulogne))), Optional.empty()))));
        sample(new Of<Collection<AccountId>>() { }, () -> List.of(demo.coordinatorAccount.id()));
        sample(new Of<List<String>>() { }, () -> List.of("Centre hospitalier Ambroise-Paré"));
        sample(new Of<java.util.function.Consumer<Referent>>() { }, () -> (java.util.function.Consumer<Referent>) r -> { });
        sample(new Of<java.util.function.Consumer<io.github.clvss.core.journal.JournalEntry>>() { },
                () -> (java.util.function.Consumer<io.github.clvss.core.journal.JournalEntry>) e -> { });
        sample(new Of<Optional<String>>() { }, Optional::empty);
        sample(new Of<Optional<LocalDate>>() { }, Optional::empty);
        sample(new Of<Optional<char[]>>() { }, Optional::empty);
        sample(new Of<Optional<Action>>() { }, Optional::empty);
        sample(new Of<Optional<TerritoryId>>() { }, () -> Optional.of(boulogne));
        sample(new Of<Optional<io.github.clvss.core.institution.ProposalStatus>>() { }, Optional::empty);
        sample(new Of<Optional<java.math.BigDecimal>>() { }, Optional::empty);

        sample(io.github.clvss.core.path.PathId.class, () -> demo.path.id());
        sample(io.github.clvss.core.path.PathReference.class, () -> demo.path.reference());
        sample(io.github.clvss.core.path.HandoverId.class, () -> demo.handover.id());
        sample(io.github.clvss.core.referral.Situation.class, () -> demo.path.situation());
        sample(io.github.clvss.core.path.ConsentStatus.class, () -> io.github.clvss.core.path.ConsentStatus.WITHDRAWN);
        sample(io.github.clvss.core.path.ConsentScope.class, io.github.clvss.core.path.ConsentScope::anyHandover);
        sample(io.github.clvss.core.path.DeclineReason.class, () -> io.github.clvss.core.path.DeclineReason.NO_CAPACITY);
        sample(io.github.clvss.core.path.HandoverOutcome.class, () -> io.github.clvss.core.path.HandoverOutcome.OTHER);
        sample(new Of<Optional<io.github.clvss.core.path.PathNote>>() { }, () -> Optional.of(
                new io.github.clvss.core.path.PathNote("Note d’essai")));
        sample(new Of<Optional<io.github.clvss.core.path.LegalException>>() { }, () -> Optional.of(
                new io.github.clvss.core.path.LegalException("fr.226-14-3", new io.github.clvss.core.path.PathNote("Essai"))));
        sample(String.class, () -> "1.1");
        sample(long.class, () -> WRONG_VERSION);
        sample(int.class, () -> 2024);
        sample(boolean.class, () -> false);
        sample(char[].class, () -> "un nouveau mot de passe".toCharArray());
        sample(byte[].class, ContractFiles::demoFile);
        sample(LocalDate.class, () -> LocalDate.of(2026, 11, 27));
        sample(Year.class, () -> Year.of(2026));
        sample(Period.class, () -> Period.year(2023));
        sample(java.time.Period.class, () -> java.time.Period.ofMonths(12));
        sample(java.time.ZoneId.class, () -> java.time.ZoneId.of("Europe/Paris"));
        sample(java.io.Writer.class, java.io.StringWriter::new);
        sample(java.io.OutputStream.class, java.io.ByteArrayOutputStream::new);
        sample(Locale.class, () -> Locale.FRENCH);
        sample(Language.class, () -> Language.FR);
        sample(PageRequest.class, () -> PageRequest.first(10));
        sample(Provenance.class, () -> Provenance.ENTERED);
        sample(ImportMode.class, () -> ImportMode.REPLACE);
        sample(ActionStatus.class, () -> ActionStatus.DONE);
        sample(Attendance.class, () -> Attendance.ABSENT);
        sample(CsvImport.Progress.class, () -> CsvImport.Progress.NONE);

        // what a method must not look at before it checks access
        invalid(int.class, () -> 1800);
        invalid(String.class, () -> " ");
        invalid(char[].class, () -> "court".toCharArray());
        invalid(byte[].class, () -> "ni un fichier de contrat, ni un tableur".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        invalid(LocalDate.class, () -> LocalDate.of(1800, 1, 1));
        invalid(new Of<Optional<String>>() { }, () -> Optional.of(" "));
        invalid(new Of<Optional<LocalDate>>() { }, () -> Optional.of(LocalDate.of(1800, 1, 1)));

        // registering an institution is open to any coordinator: a new one, not Boulogne's
        forMethod("institutions.register", Institution.class, () -> Institution.register(CLOCK, "Maison des femmes (essai)",
                Sector.ASSOCIATION, Optional.empty(), Optional.empty(), Provenance.ENTERED));
    }

    /**
     * The arguments for {@code method} of the service named {@code service}, the actor first.
     *
     * @throws AssertionError naming every parameter type that has no sample
     */
    Object[] arguments(String service, Method method, Actor actor, boolean invalidInput) {
        Type[] types = method.getGenericParameterTypes();
        Object[] arguments = new Object[types.length];
        arguments[0] = actor;
        List<String> missing = new ArrayList<>();
        Map<String, Supplier<Object>> special = byMethod.getOrDefault(service + "." + method.getName(), Map.of());
        for (int i = 1; i < types.length; i++) {
            String key = types[i].getTypeName();
            Supplier<Object> supplier = special.getOrDefault(key, invalidInput ? invalid.getOrDefault(key, byType.get(key))
                    : byType.get(key));
            if (supplier == null) {
                missing.add(key);
            } else {
                arguments[i] = supplier.get();
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("no sample value for " + String.join(", ", missing) + " (a parameter of " + service + "."
                    + method.getName() + "): add one to Samples");
        }
        return arguments;
    }

    /** The parameter types of {@code method}, past the actor, that have no sample. */
    List<String> missing(Method method) {
        Type[] types = method.getGenericParameterTypes();
        List<String> missing = new ArrayList<>();
        for (int i = 1; i < types.length; i++) {
            if (!byType.containsKey(types[i].getTypeName())) {
                missing.add(types[i].getTypeName());
            }
        }
        return missing;
    }

    private void sample(Class<?> type, Supplier<?> value) {
        byType.put(type.getTypeName(), value::get);
    }

    private void sample(Of<?> type, Supplier<?> value) {
        byType.put(type.type().getTypeName(), value::get);
    }

    private void invalid(Class<?> type, Supplier<?> value) {
        invalid.put(type.getTypeName(), value::get);
    }

    private void invalid(Of<?> type, Supplier<?> value) {
        invalid.put(type.type().getTypeName(), value::get);
    }

    private void forMethod(String method, Class<?> type, Supplier<?> value) {
        byMethod.computeIfAbsent(method, k -> new HashMap<>()).put(type.getTypeName(), value::get);
    }

    /** Captures a generic type: {@code new Of<List<Referent>>() { }}. */
    private abstract static class Of<T> {
        Type type() {
            return ((ParameterizedType) getClass().getGenericSuperclass()).getActualTypeArguments()[0];
        }
    }

    static ReferentDetails details(String name) {
        return new ReferentDetails(name, "Référente violences", Optional.of(new PhoneNumber("+33199001177")),
                Optional.of(new EmailAddress("claude.nouvelle@demo.example")), Optional.of("En semaine"));
    }

    private static Referent newReferent(PartnerId partner, TerritoryId territory) {
        return Referent.appoint(CLOCK, partner, territory, details("Claude Nouvelle (démo)"), Optional.empty(), false,
                Provenance.ENTERED);
    }

    private static Partner partnerOf(Vss vss, PartnerId id) {
        return vss.partners().find(Actor.system(), id);
    }

    private static Resource ownResource(Vss vss, TerritoryId territory) {
        return PageRequest.readAll(page -> vss.resources().serving(Actor.system(), territory, page), x -> x.id().value()).stream()
                .filter(r -> r.territory().isPresent()).findFirst().orElseThrow();
    }

    private static Resource newResource(Resource model) {
        return new Resource(ResourceId.next(CLOCK), 0, model.scope(), model.department(), model.territory(), model.kind(),
                model.name() + " (nouvelle)", model.description(), model.phone(), model.sms(), model.web(), model.address(),
                model.hours(), model.languages(), model.accessibility(), model.free(), model.anonymous(), model.audiences(),
                model.verified(), Provenance.ENTERED);
    }

    private static Deliberation deliberation(Vss vss, TerritoryId territory) {
        return vss.deliberations().list(Actor.system(), territory, PageRequest.first(1)).getFirst();
    }

    private static Action action(Vss vss, ContractId contract) {
        return vss.actions().list(Actor.system(), contract, Optional.empty(), PageRequest.first(1)).getFirst();
    }

    private static Meeting meeting(Vss vss, ContractId contract) {
        return vss.meetings().list(Actor.system(), contract, PageRequest.first(1)).getFirst();
    }

    private static Indicator indicator(Vss vss, ContractId contract) {
        return vss.indicators().list(Actor.system(), contract, PageRequest.first(1)).getFirst();
    }

    private static Measurement measurement(Vss vss, ContractId contract) {
        Indicator indicator = indicator(vss, contract);
        return new Measurement(indicator.id(), Period.year(2024), BigDecimal.valueOf(190), Provenance.ENTERED);
    }
}
