package io.github.clvss.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.PageRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Checks (2) and (3) of the fifteen: every service is guarded without any user interface, and
 * access to another territory is refused and journaled — for every method of every service,
 * found by reflection from {@link Vss}'s accessors, not a sample of them. Each method that takes
 * an {@link Actor} first is called on the full demo data of Boulogne-Billancourt, with Boulogne's
 * ids and records ({@link Samples}), by:
 *
 * <ul>
 *   <li>the coordinator of another territory: refused, one more refusal in the journal, on
 *       Boulogne's journal when the record is Boulogne's, nothing changed;</li>
 *   <li>an actor holding no grant at all: the same;</li>
 *   <li>an observer of Boulogne: reads are answered and change nothing; every write is refused,
 *       journaled, and changes nothing.</li>
 * </ul>
 *
 * <p>What is open by design is listed below, one reason each; every entry must name a method
 * that exists. A new method whose parameter types have no sample fails, naming the type.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryServiceTest {

    /** Who may call a method that is open by design. */
    private enum OpenTo {
        /** Any actor, even one without a grant: the answer is about the actor alone. */
        ANYONE,
        /** Any actor holding a grant somewhere. */
        ANY_GRANT,
        /** Any coordinator, of any territory, or a platform administrator. */
        ANY_COORDINATOR
    }

    /**
     * @param to who may call it
     * @param writes whether a call may change stored data (else nothing may change)
     * @param reason why it is open
     */
    private record Open(OpenTo to, boolean writes, String reason) {
    }

    /** Methods open by design to actors without a grant on Boulogne (their answers never carry Boulogne's records). */
    private static final Map<String, Open> OPEN = Map.ofEntries(
            Map.entry("territories.list", new Open(OpenTo.ANYONE, false, "lists only the territories the actor holds a grant on")),
            Map.entry("territories.count", new Open(OpenTo.ANYONE, false, "counts only the territories the actor holds a grant on")),
            Map.entry("institutions.find", new Open(OpenTo.ANY_GRANT, false, "institutions are shared by all territories")),
            Map.entry("institutions.findAll", new Open(OpenTo.ANY_GRANT, false, "institutions are shared by all territories")),
            Map.entry("institutions.list", new Open(OpenTo.ANY_GRANT, false, "institutions are shared by all territories")),
            Map.entry("institutions.count", new Open(OpenTo.ANY_GRANT, false, "institutions are shared by all territories")),
            Map.entry("institutions.register", new Open(OpenTo.ANY_COORDINATOR, true,
                    "a new institution belongs to no territory: any coordinator adds one to the shared directory")),
            Map.entry("accounts.displayNames", new Open(OpenTo.ANY_COORDINATOR, false,
                    "names who did what on a journal screen, where outsiders' attempts appear too; journaled")),
            Map.entry("accounts.idOf", new Open(OpenTo.ANY_COORDINATOR, false,
                    "the journal screen's filter by person; journaled")),
            Map.entry("institutions.mayCorrect", new Open(OpenTo.ANY_GRANT, false,
                    "says whether the asker may correct a shared institution directly or must propose; names no territory")),
            Map.entry("resources.mayCorrect", new Open(OpenTo.ANYONE, false,
                    "says whether the asker's own grants allow correcting a resource it already holds; reads no data")),
            Map.entry("notifier.mine", new Open(OpenTo.ANYONE, false, "the actor's own notifications only")),
            Map.entry("notifier.unread", new Open(OpenTo.ANYONE, false, "counts the actor's own notifications only")));

    /**
     * Look-ups that answer "none" for a territory the actor may not see, exactly as for one that
     * does not exist, and journal the refusal on that territory.
     */
    private static final Map<String, String> HIDDEN = Map.of(
            "territories.findBySiren", "a territory one may not see is not found, and the attempt is journaled",
            "territories.findByInseeCode", "a territory one may not see is not found, and the attempt is journaled");

    /**
     * Methods allowed to answer "not found" instead of refusing, because that answer tells
     * nothing the actor could not know. None today: every method reads the record before it
     * checks access, so an existing record of Boulogne's is refused, never "not found".
     */
    private static final Map<String, String> NOT_FOUND_DISCLOSES_NOTHING = Map.of();

    /** Who calls, among those who may not touch Boulogne's records. */
    private enum Outsider {
        /** The coordinator of another territory. */
        STRANGER,
        /** An actor holding no grant at all. */
        NOBODY
    }

    /**
     * @param who who may still do it
     * @param reason the fix, and where it is
     */
    private record Hole(Set<Outsider> who, String reason) {
    }

    /**
     * Known holes, fixed on another branch of issue 15 and not merged yet: these outsiders may
     * still call them on this branch. The test checks that they still can, so that the entry goes
     * as soon as the fix is merged (the test then fails, asking for the entry's removal).
     */
    private static final Map<String, Hole> OPEN_UNTIL_MERGED = Map.of();

    /**
     * Methods that look at their input before checking access, which tells an outsider nothing
     * about stored data: they are called with invalid input by outsiders all the same, and must
     * change nothing and answer nothing of Boulogne's.
     */
    private static final Map<String, String> VALIDATES_INPUT_FIRST = Map.of(
            "contractFiles.importFile", "the territory is named inside the file: a file that is not a contract file is"
                    + " refused, as a report, before any territory is known");

    /**
     * The public methods of the services that take no actor, each with why that is safe: they
     * read nothing private, or run as the installation itself before anyone signs in. Every
     * other public method must take the actor first.
     */
    private static final Map<String, String> WITHOUT_ACTOR = Map.ofEntries(
            Map.entry("accounts.signIn", "signing in is how one becomes an actor; every attempt is journaled"),
            Map.entry("accounts.confirmSignIn", "the second step of signing in, only with the first step's answer vss made; journaled"),
            Map.entry("accounts.signInWith", "signing in through an identity provider; every attempt is journaled"),
            Map.entry("accounts.refuseUntrustedIdentity", "only refuses (a sign-in whose provider answer failed its checks); journaled"),
            Map.entry("accounts.openFirstAdministrator", "opens an account only while the installation has none"),
            Map.entry("actions.state", "a pure function of an action the caller already holds"),
            Map.entry("circuits.contact", "names a target in words: public numbers, institutions' and resources' names"),
            Map.entry("circuits.ruleSet", "referral rules are public"),
            Map.entry("circuits.explain", "a decision from public rules for a situation without a name"),
            Map.entry("circuits.decide", "a decision from public rules for a situation without a name"),
            Map.entry("communication.published", "the communication plan is public material, published as a calendar"),
            Map.entry("documents.renderer", "the rendering pipeline, no data"),
            Map.entry("documents.helpPage", "the residents' public help page: national and local help numbers"),
            Map.entry("indicators.disclosure", "the masking policy, no data"),
            Map.entry("resources.ensureNational", "adds the national resources vss ships, at start-up; it refuses any other"),
            Map.entry("scheduledWork.runAlone", "reads and writes no record itself: it holds a name while the caller's own"
                    + " work runs, and that work calls the services with its actor"),
            Map.entry("territories.warnings", "reads nothing stored: checks only the facts the caller gives"));

    /** Services whose records belong to no territory: their refusals may be journaled without one. */
    private static final Set<String> PLATFORM_SERVICES = Set.of("accounts", "accountsCsv", "notifier", "institutions");

    /** Methods about a territory that does not exist yet: their refusals name the territory they would make. */
    private static final Set<String> PLATFORM_METHODS = Set.of("territories.register", "auditTrail.purge", "paths.purge");

    private final FullDemo demo = new FullDemo();
    private final Samples samples = new Samples(demo);
    private final List<ServiceMethod> methods = discover();
    private Map<String, Long> baseline = demo.fingerprint();

    @AfterAll
    void close() {
        demo.close();
    }

    /** One public method of a service that takes the actor first. */
    private record ServiceMethod(String service, Object target, Method method) {

        String key() {
            return service + "." + method.getName();
        }

        @Override
        public String toString() {
            return key() + Arrays.stream(method.getParameterTypes()).skip(1).map(Class::getSimpleName)
                    .collect(Collectors.joining(", ", "(actor, ", ")"));
        }
    }

    @TestFactory
    Stream<DynamicTest> a_coordinator_of_another_territory_is_refused_everything_of_boulogne_and_journaled() {
        return outsider(Outsider.STRANGER, Fixtures.coordinatorOf(demo.elsewhere), false);
    }

    @TestFactory
    Stream<DynamicTest> a_coordinator_of_another_territory_is_refused_before_any_input_is_looked_at() {
        return outsider(Outsider.STRANGER, Actor.user("stranger-sending-bad-input", Grant.coordinator(demo.elsewhere)), true);
    }

    @TestFactory
    Stream<DynamicTest> an_actor_without_any_grant_is_refused_everything_but_what_concerns_them_alone() {
        return outsider(Outsider.NOBODY, Actor.user("nobody"), false);
    }

    private Stream<DynamicTest> outsider(Outsider who, Actor actor, boolean invalidInput) {
        return methods.stream().map(m -> DynamicTest.dynamicTest(m.toString(), () -> {
            Open open = OPEN.get(m.key());
            Hole hole = OPEN_UNTIL_MERGED.get(m.key());
            if (hole != null && hole.who().contains(who)) {
                Call call = call(m, actor, invalidInput);
                assertThat(call.thrown() instanceof AccessRefusedException)
                        .as("%s is refused now (%s): remove it from OPEN_UNTIL_MERGED", m, hole.reason()).isFalse();
            } else if (open != null && (who == Outsider.STRANGER || open.to() == OpenTo.ANYONE)) {
                answersWithoutBoulogne(m, actor, open, invalidInput);
            } else if (HIDDEN.containsKey(m.key())) {
                hidesBoulogne(m, actor, invalidInput);
            } else if (invalidInput && VALIDATES_INPUT_FIRST.containsKey(m.key())) {
                Call call = call(m, actor, true);
                assertThat(String.valueOf(call.result())).as("%s's answer to invalid input", m)
                        .doesNotContain(demo.boulogne.toString());
                assertThat(call.changed()).as("tables changed by %s", m).isEmpty();
            } else {
                refused(m, actor, invalidInput);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> an_observer_of_boulogne_reads_it_but_every_write_is_refused_and_journaled() {
        Actor observer = Fixtures.observerOf(demo.boulogne);
        return methods.stream().map(m -> DynamicTest.dynamicTest(m.toString(), () -> {
            Set<JournalEntry> before = refusals(observer);
            Call call = call(m, observer, false);
            if (call.thrown() == null) {
                assertThat(call.changed()).as("%s answered the observer and changed data: a write left unguarded", m).isEmpty();
                assertThat(newRefusals(observer, before)).as("%s answered the observer but journaled a refusal", m).isEmpty();
            } else if (call.thrown() instanceof AccessRefusedException) {
                assertThat(call.changed()).as("tables changed by the refused %s", m).isEmpty();
                journaledOnBoulogne(m, newRefusals(observer, before));
            } else {
                fail(m + " neither answered the observer nor refused: " + call.thrown(), call.thrown());
            }
        }));
    }

    @Test
    void every_parameter_type_of_every_service_method_has_a_sample() {
        List<String> missing = methods.stream().flatMap(m -> samples.missing(m.method()).stream()
                .map(type -> type + " (" + m.key() + ")")).distinct().sorted().toList();

        assertThat(missing).as("parameter types without a sample value in Samples").isEmpty();
    }

    @Test
    void every_public_method_of_a_service_takes_the_actor_first_or_is_listed_with_why_it_need_not() {
        Set<String> withoutActor = new TreeSet<>();
        for (Method accessor : serviceAccessors()) {
            for (Method method : accessor.getReturnType().getMethods()) {
                boolean service = method.getDeclaringClass() == accessor.getReturnType() && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic();
                if (service && (method.getParameterCount() == 0 || method.getParameterTypes()[0] != Actor.class)) {
                    withoutActor.add(accessor.getName() + "." + method.getName());
                }
            }
        }

        assertThat(withoutActor).as("public service methods without an actor").isEqualTo(new TreeSet<>(WITHOUT_ACTOR.keySet()));
    }

    @Test
    void every_service_of_vss_is_found_with_its_methods() {
        Set<String> services = methods.stream().map(ServiceMethod::service).collect(Collectors.toCollection(TreeSet::new));

        assertThat(services).contains("territories", "institutions", "contracts", "contractLifecycle", "auditTrail",
                "contractFiles", "accounts", "accountsCsv", "notifier", "branding", "partners", "referents", "resources",
                "circuits", "deliberations", "actions", "meetings", "obligations", "deliberationsCsv", "indicators",
                "measurementsCsv", "diagnosticCsv", "communication", "referentsCsv", "resourcesCsv", "documents");
        assertThat(methods).hasSizeGreaterThan(140);
    }

    @Test
    void every_exception_to_the_rule_names_a_method_that_exists() {
        Set<String> keys = methods.stream().map(ServiceMethod::key).collect(Collectors.toSet());

        assertThat(keys).containsAll(OPEN.keySet()).containsAll(HIDDEN.keySet())
                .containsAll(NOT_FOUND_DISCLOSES_NOTHING.keySet()).containsAll(OPEN_UNTIL_MERGED.keySet())
                .containsAll(VALIDATES_INPUT_FIRST.keySet()).containsAll(PLATFORM_METHODS);
        assertThat(OPEN.values()).allSatisfy(open -> assertThat(open.reason()).isNotBlank());
    }

    /** The call is refused: an access refusal, one more refusal journaled for the actor, nothing changed. */
    private void refused(ServiceMethod m, Actor actor, boolean invalidInput) {
        Set<JournalEntry> before = refusals(actor);
        Call call = call(m, actor, invalidInput);
        if (call.thrown() instanceof NotFoundException && NOT_FOUND_DISCLOSES_NOTHING.containsKey(m.key())) {
            assertThat(call.changed()).as("tables changed by %s", m).isEmpty();
            return;
        }
        if (call.thrown() == null) {
            fail(m + " answered " + actor.id() + " instead of refusing (tables changed: " + call.changed() + ")");
        }
        assertThat(call.thrown()).as("%s called by %s", m, actor.id()).isInstanceOf(AccessRefusedException.class);
        assertThat(call.changed()).as("tables changed by the refused %s", m).isEmpty();
        journaledOnBoulogne(m, newRefusals(actor, before));
    }

    /** The call answers as if Boulogne did not exist, and journals the refusal. */
    private void hidesBoulogne(ServiceMethod m, Actor actor, boolean invalidInput) {
        Set<JournalEntry> before = refusals(actor);
        Call call = call(m, actor, invalidInput);
        assertThat(call.thrown()).as("%s called by %s", m, actor.id()).isNull();
        assertThat(call.result()).as("%s's answer", m).isEqualTo(Optional.empty());
        assertThat(call.changed()).as("tables changed by %s", m).isEmpty();
        journaledOnBoulogne(m, newRefusals(actor, before));
    }

    /** An open method: answered, no refusal journaled, nothing of Boulogne's in the answer. */
    private void answersWithoutBoulogne(ServiceMethod m, Actor actor, Open open, boolean invalidInput) {
        Set<JournalEntry> before = refusals(actor);
        Call call = call(m, actor, invalidInput);
        if (!invalidInput) {
            assertThat(call.thrown()).as("%s, open (%s), called by %s", m, open.reason(), actor.id()).isNull();
        }
        assertThat(newRefusals(actor, before)).as("refusals journaled for %s", m).isEmpty();
        assertThat(String.valueOf(call.result())).as("%s's answer to %s", m, actor.id())
                .doesNotContain(demo.boulogne.toString()).doesNotContain(demo.contract.id().toString());
        if (!open.writes()) {
            assertThat(call.changed()).as("tables changed by %s", m).isEmpty();
        }
    }

    /**
     * The call journaled exactly one refusal, on Boulogne's journal unless the record belongs to
     * no territory (and then never on another territory's).
     */
    private void journaledOnBoulogne(ServiceMethod m, List<JournalEntry> refusals) {
        assertThat(refusals).as("refusals journaled for %s", m).hasSize(1);
        JournalEntry entry = refusals.getFirst();
        if (PLATFORM_SERVICES.contains(m.service()) || PLATFORM_METHODS.contains(m.key())) {
            assertThat(entry.act().territory()).as("territory of the refusal of %s", m).isNotEqualTo(Optional.of(demo.elsewhere));
        } else {
            assertThat(entry.act().territory()).as("territory of the refusal of %s", m).contains(demo.boulogne);
        }
    }

    private Set<JournalEntry> refusals(Actor actor) {
        return Set.copyOf(PageRequest.readAll(page -> demo.vss.auditTrail().find(Actor.system(),
                JournalQuery.all().withActor(actor.id()).withOutcome(Outcome.REFUSED), page), JournalEntry::id));
    }

    private List<JournalEntry> newRefusals(Actor actor, Set<JournalEntry> before) {
        return refusals(actor).stream().filter(entry -> !before.contains(entry)).toList();
    }

    /** The tables changed since the last baseline, which the current state then becomes. */
    private List<String> changedTables() {
        Map<String, Long> now = demo.fingerprint();
        List<String> changed = now.keySet().stream().filter(t -> !now.get(t).equals(baseline.get(t))).toList();
        baseline = now;
        return changed;
    }

    /**
     * @param result what the method returned
     * @param thrown what it threw instead
     * @param changed the tables it changed (the journal aside)
     */
    private record Call(@Nullable Object result, @Nullable Throwable thrown, List<String> changed) {
    }

    private Call call(ServiceMethod m, Actor actor, boolean invalidInput) {
        Object[] arguments = samples.arguments(m.service(), m.method(), actor, invalidInput);
        Object result = null;
        Throwable thrown = null;
        try {
            result = m.method().invoke(m.target(), arguments);
        } catch (InvocationTargetException e) {
            thrown = e.getCause();
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
        return new Call(result, thrown, changedTables());
    }

    /** Every service accessor of {@link Vss}, and every public method of each that takes an actor first. */
    private List<ServiceMethod> discover() {
        List<ServiceMethod> found = new ArrayList<>();
        for (Method accessor : serviceAccessors()) {
            Object service;
            try {
                service = accessor.invoke(demo.vss);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            for (Method method : accessor.getReturnType().getMethods()) {
                if (method.getDeclaringClass() == accessor.getReturnType() && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && method.getParameterCount() > 0 && method.getParameterTypes()[0] == Actor.class) {
                    found.add(new ServiceMethod(accessor.getName(), service, method));
                }
            }
        }
        found.sort(Comparator.comparing(ServiceMethod::toString));
        return List.copyOf(found);
    }

    /** {@link Vss}'s accessors that hand out a service of vss-core (not a setting, such as the CSV limits, a record). */
    private static List<Method> serviceAccessors() {
        return Arrays.stream(Vss.class.getMethods())
                .filter(m -> m.getDeclaringClass() == Vss.class && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                        && m.getReturnType().getName().startsWith("io.github.clvss.core.")
                        && !m.getReturnType().isRecord())
                .toList();
    }
}
