package uk.tierless;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The floors of docs/architecture.md, checked on the compiled main classes: platform at the bottom, then api, then
 * tenancy, then the features with portal on top; no cycles; entities stay in their package; one way to act as a
 * council.
 */
class ArchitectureTest {

    static final String OURS = "uk.tierless..";
    static final String PLATFORM = "uk.tierless.platform..";
    static final String API = "uk.tierless.api..";
    static final String TENANCY = "uk.tierless.tenancy..";
    static final String PORTAL = "uk.tierless.portal..";

    /** The main classes only: a test may reach anywhere. */
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("uk.tierless");

    @Test
    void platformImportsNothingOfOurs() {
        noClasses().that().resideInAPackage(PLATFORM)
                .should().dependOnClassesThat(ourClassesOutside(PLATFORM))
                .check(MAIN);
    }

    @Test
    void apiImportsPlatformAtMost() {
        noClasses().that().resideInAPackage(API)
                .should().dependOnClassesThat(ourClassesOutside(API, PLATFORM))
                .check(MAIN);
    }

    @Test
    void tenancyDependsOnNoFeature() {
        noClasses().that().resideInAPackage(TENANCY)
                .should().dependOnClassesThat(ourClassesOutside(TENANCY, API, PLATFORM))
                .check(MAIN);
    }

    @Test
    void nothingImportsPortal() {
        noClasses().that().resideOutsideOfPackage(PORTAL)
                .should().dependOnClassesThat().resideInAPackage(PORTAL)
                .check(MAIN);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("uk.tierless.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void anEntityIsUsedOnlyInsideItsOwnPackage() {
        classes().that().areAnnotatedWith(Entity.class).should(beUsedOnlyInsideTheirOwnPackage()).check(MAIN);
    }

    /**
     * Row-level security follows {@code app.tenant}; only {@code TenantScope} may set it. Bytecode keeps no trace of
     * which SQL a class sends, so this reads the main sources.
     */
    @Test
    void onlyTenantScopeSetsTheCouncilForRowLevelSecurity() throws IOException {
        assertThat(filesSettingAppTenant(Path.of("src", "main", "java")))
                .containsExactly(Path.of("src", "main", "java", "uk", "tierless", "tenancy", "TenantScope.java"));
    }

    /** The check itself must see a setter where there is one. */
    @Test
    void theAppTenantCheckFindsTheSetterInTenantScope() throws IOException {
        assertThat(filesSettingAppTenant(Path.of("src", "main", "java", "uk", "tierless", "tenancy")))
                .contains(Path.of("src", "main", "java", "uk", "tierless", "tenancy", "TenantScope.java"));
    }

    /** Tests mirror main: every package of main code has its tests in the same package. */
    @Test
    void everyMainPackageHasTestsOfItsOwn() throws IOException {
        Path main = Path.of("src", "main", "java", "uk", "tierless");
        Path test = Path.of("src", "test", "java", "uk", "tierless");
        try (Stream<Path> packages = Files.list(main)) {
            assertThat(packages.filter(Files::isDirectory).map(main::relativize).toList())
                    .isNotEmpty()
                    .allSatisfy(pkg -> assertThat(testClassesIn(test.resolve(pkg))).as("tests in %s", test.resolve(pkg))
                            .isNotEmpty());
        }
    }

    private static List<Path> testClassesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith("Test.java")).toList();
        }
    }

    private static final Pattern SETS_APP_TENANT = Pattern.compile(
            "set_config\\s*\\(\\s*'app\\.tenant'|\"[^\"]*\\bset\\s+(local\\s+)?app\\.tenant\\b", Pattern.CASE_INSENSITIVE);

    static List<Path> filesSettingAppTenant(Path sources) throws IOException {
        List<Path> setters = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                if (SETS_APP_TENANT.matcher(Files.readString(file)).find()) {
                    setters.add(file);
                }
            }
        }
        return setters;
    }

    private static DescribedPredicate<JavaClass> ourClassesOutside(String... packages) {
        return resideInAPackage(OURS).and(not(resideInAnyPackage(packages)))
                .as("classes of ours outside " + String.join(", ", packages));
    }

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirOwnPackage() {
        return new ArchCondition<>("be used only inside their own package") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                for (Dependency dependency : entity.getDirectDependenciesToSelf()) {
                    if (!dependency.getOriginClass().getPackageName().equals(entity.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
