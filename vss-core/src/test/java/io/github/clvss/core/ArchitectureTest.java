package io.github.clvss.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import java.util.Set;

/**
 * The rules that keep vss-core's domain plain Java, its features apart, its wiring in one place
 * and its public API small and documented.
 */
@AnalyzeClasses(packages = "io.github.clvss.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The adapters, named once: every other package under {@code io.github.clvss.core} is domain. */
    static final Set<String> ADAPTERS = Set.of("internal", "contractfile", "document", "csv", "calendar", "scenario",
            "spring");

    /**
     * Which other domain packages each domain package may use. A domain package missing here
     * fails the build: a new feature declares its neighbours.
     */
    static final Map<String, Set<String>> DOMAIN_DEPENDENCIES = Map.ofEntries(
            Map.entry("shared", Set.of()),
            Map.entry("access", Set.of("shared")),
            Map.entry("journal", Set.of("shared", "access")),
            Map.entry("territory", Set.of("shared", "access", "journal")),
            Map.entry("institution", Set.of("shared", "access", "journal", "territory")),
            Map.entry("deliberation", Set.of("shared", "access", "journal", "territory")),
            Map.entry("contract", Set.of("shared", "access", "journal", "territory", "deliberation")),
            Map.entry("account", Set.of("shared", "access", "journal")),
            Map.entry("notification", Set.of("shared", "access", "journal", "account")),
            Map.entry("branding", Set.of("shared", "access", "journal")),
            Map.entry("partner", Set.of("shared", "access", "journal", "territory", "account", "contract", "institution",
                    "notification")),
            Map.entry("resource", Set.of("shared", "access", "journal", "territory")),
            Map.entry("communication", Set.of("shared", "access", "journal", "contract")),
            Map.entry("referral", Set.of("shared", "access", "journal", "territory", "institution", "partner", "resource")),
            Map.entry("indicator", Set.of("shared", "access", "journal", "contract")),
            Map.entry("followup", Set.of("shared", "access", "journal", "territory", "account", "contract", "institution",
                    "notification", "partner", "indicator")),
            Map.entry("path", Set.of("shared", "access", "journal", "territory", "account", "notification", "partner",
                    "referral", "indicator")));

    private static final String CORE = "io.github.clvss.core";

    /** The feature a class belongs to: the first package under the core, or "" for the root. */
    static String feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(CORE + ".")) {
            return "";
        }
        String rest = name.substring(CORE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** What the domain may use: the JDK, jspecify, libphonenumber and the domain itself. */
    static boolean plainJava(JavaClass type) {
        JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
        String name = base.getPackageName();
        return base.isPrimitive() || DOMAIN.test(base) || name.startsWith("java.") || name.startsWith("javax.crypto")
                || name.startsWith("org.jspecify") || name.startsWith("com.google.i18n.phonenumbers");
    }

    static boolean inCore(JavaClass type) {
        return type.getPackageName().equals(CORE) || type.getPackageName().startsWith(CORE + ".");
    }

    /** Domain by default: under the core, not the root (the catalogue and its assembly), not an adapter. */
    static final DescribedPredicate<JavaClass> DOMAIN = DescribedPredicate.describe("in a domain package",
            type -> inCore(type) && !feature(type).isEmpty() && !ADAPTERS.contains(feature(type)));

    static final DescribedPredicate<JavaClass> ADAPTER_OR_ENTRY = DescribedPredicate.describe(
            "in an adapter or the entry point", type -> inCore(type) && !DOMAIN.test(type));

    @ArchTest
    static final ArchRule the_domain_depends_only_on_the_jdk_jspecify_and_libphonenumber = classes()
            .that(DOMAIN)
            .should().onlyDependOnClassesThat(DescribedPredicate.describe(
                    "in the JDK, jspecify, libphonenumber or the domain", ArchitectureTest::plainJava))
            .because("the domain must run anywhere: no framework, no database, no JSON library");

    @ArchTest
    static final ArchRule the_domain_does_not_reach_the_adapters = noClasses()
            .that(DOMAIN)
            .should().dependOnClassesThat(ADAPTER_OR_ENTRY);

    @ArchTest
    static final ArchRule each_domain_package_uses_only_the_domain_packages_its_feature_allows = classes()
            .that(DOMAIN)
            .should(useOnlyTheirAllowedDomainPackages());

    /**
     * The services: what {@link Vss} hands out, but for values (records) and the clock.
     * Read from Vss itself, so a new service is covered the day it is added.
     */
    static final Set<String> SERVICES = java.util.Arrays.stream(Vss.class.getMethods())
            .filter(m -> m.getDeclaringClass() == Vss.class && m.getParameterCount() == 0
                    && !java.lang.reflect.Modifier.isStatic(m.getModifiers()))
            .map(java.lang.reflect.Method::getReturnType)
            .filter(type -> type.getPackageName().startsWith(CORE) && !type.isRecord())
            .map(Class::getName)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    @ArchTest
    static final ArchRule service_constructors_are_called_only_by_the_assembly = noClasses()
            .that().doNotBelongToAnyOf(Assembly.class)
            .should().callConstructorWhere(DescribedPredicate.describe("the constructor of a service Vss hands out",
                    call -> SERVICES.contains(call.getTarget().getOwner().getName())
                            && !call.getOriginOwner().equals(call.getTarget().getOwner())));

    @ArchTest
    static final ArchRule feature_packages_have_no_cycles = slices()
            .matching("io.github.clvss.core.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_domain_reads_time_only_from_an_injected_clock = noClasses()
            .that(DOMAIN)
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .orShould().callMethod(java.time.OffsetDateTime.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone");

    @ArchTest
    static final ArchRule public_classes_are_final_unless_meant_for_extension = classes()
            .that().arePublic().and().areNotInterfaces().and().areNotEnums().and().areNotRecords()
            .and().doNotHaveModifier(JavaModifier.ABSTRACT)
            .and().areTopLevelClasses()
            .and().resideOutsideOfPackage("io.github.clvss.core.internal.persistence.schema..")
            .should().haveModifier(JavaModifier.FINAL);

    @ArchTest
    static final ArchRule adapters_implement_ports_without_being_public = classes()
            .that().resideInAPackage("io.github.clvss.core.internal.persistence")
            .and().haveSimpleNameStartingWith("Jooq")
            .should().notBePublic();

    @ArchTest
    static final ArchRule the_generated_schema_is_used_only_by_the_adapters = noClasses()
            .that().resideOutsideOfPackages("io.github.clvss.core.internal.persistence..")
            .should().dependOnClassesThat().resideInAPackage("io.github.clvss.core.internal.persistence.schema..");

    @ArchTest
    static final ArchRule public_api_types_are_documented = classes()
            .that().arePublic().and().resideOutsideOfPackage("io.github.clvss.core.internal..")
            .should(haveJavadocInTheirSource());

    private static ArchCondition<JavaClass> useOnlyTheirAllowedDomainPackages() {
        return new ArchCondition<>("use only the domain packages their feature allows") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String feature = feature(type);
                Set<String> allowed = DOMAIN_DEPENDENCIES.get(feature);
                if (allowed == null) {
                    events.add(SimpleConditionEvent.violated(type, "domain package " + feature
                            + " is not in DOMAIN_DEPENDENCIES: declare which domain packages it may use"));
                    return;
                }
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (target.isArray()) {
                        target = target.getBaseComponentType();
                    }
                    String used = feature(target);
                    if (DOMAIN.test(target) && !used.equals(feature) && !allowed.contains(used)) {
                        events.add(SimpleConditionEvent.violated(type, feature + " may not use " + used + ": "
                                + dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** Reads the source file: Javadoc is not in the bytecode. */
    private static ArchCondition<JavaClass> haveJavadocInTheirSource() {
        return new ArchCondition<>("have a Javadoc comment") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (type.isNestedClass() || type.isAnonymousClass()) {
                    return;
                }
                java.nio.file.Path source = java.nio.file.Path.of("src/main/java",
                        type.getPackageName().replace('.', '/'), type.getSimpleName() + ".java");
                String text;
                try {
                    text = java.nio.file.Files.readString(source);
                } catch (java.io.IOException e) {
                    events.add(SimpleConditionEvent.violated(type, "no source found for " + type.getName()));
                    return;
                }
                java.util.regex.Matcher declaration = java.util.regex.Pattern.compile(
                        "public (?:(?:sealed|non-sealed|final|abstract|static) )*(?:class|record|enum|interface) "
                                + type.getSimpleName() + "\\b").matcher(text);
                boolean documented = declaration.find()
                        && text.substring(0, declaration.start()).stripTrailing().matches("(?s).*\\*/(\\s*@[\\w.()\" =,]+)*");
                events.add(new SimpleConditionEvent(type, documented, type.getName()
                        + (documented ? " is documented" : " has no Javadoc")));
            }
        };
    }
}
