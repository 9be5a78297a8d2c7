package io.github.clvss.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The rules that keep vss-core's domain plain Java and its public API small and documented. */
@AnalyzeClasses(packages = "io.github.clvss.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {
        "io.github.clvss.core.shared..",
        "io.github.clvss.core.access..",
        "io.github.clvss.core.journal..",
        "io.github.clvss.core.territory..",
        "io.github.clvss.core.institution..",
        "io.github.clvss.core.contract",
        "io.github.clvss.core.account..",
        "io.github.clvss.core.notification..",
        "io.github.clvss.core.branding..",
        "io.github.clvss.core.partner..",
        "io.github.clvss.core.resource..",
        "io.github.clvss.core.communication..",
        "io.github.clvss.core.referral..",
        "io.github.clvss.core.deliberation..",
        "io.github.clvss.core.followup..",
        "io.github.clvss.core.indicator..",
    };

    @ArchTest
    static final ArchRule the_domain_depends_only_on_the_jdk_jspecify_and_libphonenumber = classes()
            .that().resideInAnyPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(allowed())
            .because("the domain must run anywhere: no framework, no database, no JSON library");

    @ArchTest
    static final ArchRule the_domain_does_not_reach_the_adapters = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.github.clvss.core.internal..", "io.github.clvss.core.contractfile..",
                    "io.github.clvss.core.document..", "io.github.clvss.core.csv..")
            .orShould().dependOnClassesThat().belongToAnyOf(Vss.class);

    @ArchTest
    static final ArchRule feature_packages_have_no_cycles = slices()
            .matching("io.github.clvss.core.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_domain_reads_time_only_from_an_injected_clock = noClasses()
            .that().resideInAnyPackage(DOMAIN)
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

    private static String[] allowed() {
        return new String[] {
            "java..", "javax.crypto..", "org.jspecify..", "com.google.i18n.phonenumbers..",
            "io.github.clvss.core.account..", "io.github.clvss.core.notification..", "io.github.clvss.core.branding..",
            "io.github.clvss.core.partner..", "io.github.clvss.core.resource..", "io.github.clvss.core.communication..",
        "io.github.clvss.core.referral..", "io.github.clvss.core.deliberation..", "io.github.clvss.core.followup..",
        "io.github.clvss.core.indicator..",
            "io.github.clvss.core.shared..", "io.github.clvss.core.access..", "io.github.clvss.core.journal..",
            "io.github.clvss.core.territory..", "io.github.clvss.core.institution..", "io.github.clvss.core.contract"
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
