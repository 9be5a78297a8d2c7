package io.github.clvss.admin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.clvss.core.Vss;
import java.util.Optional;
import java.util.Set;

/**
 * The rules that keep the admin app laid out by feature: a feature's screens, forms and
 * mappings in its own package, sharing only {@code base} and {@code security}, and reaching
 * vss-core through the services it receives — never the whole {@link Vss} catalogue.
 */
@AnalyzeClasses(packages = "io.github.clvss.admin", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ADMIN = "io.github.clvss.admin.";

    /** The packages that are not features: what every feature may use, and the application's wiring. */
    private static final Set<String> NOT_FEATURES = Set.of("base", "security", "config", "demo", "document", "residents");

    @ArchTest
    static final ArchRule the_features_and_base_have_no_cycles = slices().matching("io.github.clvss.admin.(*)..")
            .should().beFreeOfCycles()
            // the layout in base shows who is signed in; security reads the settings base holds
            .ignoreDependency(JavaClass.Predicates.resideInAPackage(ADMIN + "security.."), DescribedPredicate.alwaysTrue());

    @ArchTest
    static final ArchRule a_feature_uses_no_other_feature = noClasses()
            .that(areInAFeature())
            .should(dependOnAnotherFeature())
            .because("a feature reaches the others only through base, security and vss-core's API");

    @ArchTest
    static final ArchRule base_knows_no_feature = noClasses()
            .that().resideInAPackage(ADMIN + "base..")
            .should().dependOnClassesThat(areInAFeature())
            .because("base is what features share: it cannot depend on one of them");

    @ArchTest
    static final ArchRule screens_reach_vss_core_only_through_its_api = noClasses()
            .that(areInAFeature()).or().resideInAPackage(ADMIN + "base..")
            .should().dependOnClassesThat().resideInAPackage("io.github.clvss.core.internal..");

    @ArchTest
    static final ArchRule only_the_wiring_holds_the_vss_catalogue = noClasses()
            .that().resideOutsideOfPackages(ADMIN + "config..", ADMIN + "demo..")
            .should(holdVss())
            .because("a view, a form, a controller or the sign-in receives the services it uses, not a service locator;"
                    + " only the wiring (config) and the demo loader, which fills every feature, hold the catalogue");

    /** The most vss-core services a screen or one of its parts receives. */
    static final int MOST_SERVICES = 3;

    @ArchTest
    static final ArchRule a_screen_receives_few_services = noClasses()
            .that(areInAFeature()).or().resideInAPackage(ADMIN + "base..")
            .and().areAssignableTo(com.vaadin.flow.component.Component.class)
            .should(receiveMoreServicesThan(MOST_SERVICES))
            .because("a screen that needs more is split into parts, each receiving what it uses");

    /** The feature a class belongs to: the package right under admin, unless it is not a feature. */
    static Optional<String> featureOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ADMIN)) {
            return Optional.empty();
        }
        String top = name.substring(ADMIN.length()).split("\\.")[0];
        return NOT_FEATURES.contains(top) ? Optional.empty() : Optional.of(top);
    }

    private static DescribedPredicate<JavaClass> areInAFeature() {
        return DescribedPredicate.describe("are in a feature package", type -> featureOf(type).isPresent());
    }

    private static ArchCondition<JavaClass> dependOnAnotherFeature() {
        return new ArchCondition<>("depend on another feature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String own = featureOf(type).orElseThrow();
                type.getDirectDependenciesFromSelf().forEach(dependency -> featureOf(dependency.getTargetClass())
                        .filter(other -> !other.equals(own))
                        .ifPresent(other -> events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()))));
            }
        };
    }

    /** vss-core's services: what the {@link Vss} catalogue hands out, apart from settings (records) and the clock. */
    private static final Set<Class<?>> SERVICES = java.util.Arrays.stream(Vss.class.getMethods())
            .filter(method -> method.getParameterCount() == 0 && method.getDeclaringClass() == Vss.class)
            .map(java.lang.reflect.Method::getReturnType)
            .filter(type -> type.getPackageName().startsWith("io.github.clvss.core") && !type.isRecord())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static ArchCondition<JavaClass> receiveMoreServicesThan(int most) {
        return new ArchCondition<>("have a constructor that takes more than " + most + " vss-core services") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaConstructor constructor : type.getConstructors()) {
                    long services = constructor.getRawParameterTypes().stream()
                            .filter(parameter -> SERVICES.stream().anyMatch(parameter::isEquivalentTo)).count();
                    if (services > most) {
                        events.add(SimpleConditionEvent.satisfied(constructor, constructor.getFullName() + " takes " + services + " services"));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> holdVss() {
        return new ArchCondition<>("have a field or constructor parameter of type Vss") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaField field : type.getFields()) {
                    if (field.getRawType().isEquivalentTo(Vss.class)) {
                        events.add(SimpleConditionEvent.satisfied(field, field.getFullName() + " is a Vss"));
                    }
                }
                for (JavaConstructor constructor : type.getConstructors()) {
                    if (constructor.getRawParameterTypes().stream().anyMatch(p -> p.isEquivalentTo(Vss.class))) {
                        events.add(SimpleConditionEvent.satisfied(constructor, constructor.getFullName() + " takes a Vss"));
                    }
                }
            }
        };
    }
}
