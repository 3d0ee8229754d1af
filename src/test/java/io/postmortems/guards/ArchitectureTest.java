package io.postmortems.guards;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.BeforeClass;
import org.junit.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * The host-free core: what makes the product valuable never touches Atlassian, JAX-RS, servlets or the Jira
 * adapter, so it is fully testable here. Each rule is also run over a deliberately bad fixture to show it bites.
 */
public class ArchitectureTest {
    private static final String[] HOST_PACKAGES = {"com.atlassian..", "jakarta.ws.rs..", "jakarta.servlet..",
            "io.postmortems.jira.."};

    private static JavaClasses production;
    private static JavaClasses fixtures;

    @BeforeClass
    public static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.postmortems");
        fixtures = new ClassFileImporter().importPackages("io.postmortems.guards.fixture");
    }

    static ArchRule hostFree(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat().resideInAnyPackage(HOST_PACKAGES)
                .because("the core must run and be tested without Jira");
    }

    static ArchRule noCycles(String slicePattern) {
        return slices().matching(slicePattern).should().beFreeOfCycles();
    }

    @Test
    public void core_shouldImportNothingFromTheHost() {
        assertTrue("core classes were imported", production.stream()
                .anyMatch(c -> c.getPackageName().startsWith("io.postmortems.core")));
        hostFree("io.postmortems.core..").check(production);
    }

    @Test
    public void publishing_shouldImportNothingFromTheHost() {
        hostFree("io.postmortems.publishing..").check(production);
    }

    @Test
    public void cli_shouldImportNothingFromTheHost() {
        hostFree("io.postmortems.cli..").check(production);
    }

    @Test
    public void panel_shouldImportNothingFromTheHost() {
        assertTrue("panel classes were imported", production.stream()
                .anyMatch(c -> c.getPackageName().equals("io.postmortems.panel")));
        hostFree("io.postmortems.panel..").check(production);
    }

    @Test
    public void core_shouldNotDependOnPublishingOrCli() {
        noClasses().that().resideInAPackage("io.postmortems.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.postmortems.publishing..",
                        "io.postmortems.cli..")
                .check(production);
    }

    @Test
    public void packages_shouldBeFreeOfCycles() {
        noCycles("io.postmortems.(*)..").check(production);
        noCycles("io.postmortems.(**)").check(production);
    }

    @Test
    public void hostFreeRule_shouldFailOnAClassThatUsesJaxRs() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> hostFree("io.postmortems.guards.fixture.badcore..").check(fixtures));
        assertTrue(error.getMessage(), error.getMessage().contains("BadCoreClass"));
    }

    @Test
    public void cycleRule_shouldFailOnTwoPackagesThatUseEachOther() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> noCycles("io.postmortems.guards.fixture.cycle.(*)..").check(fixtures));
        assertTrue(error.getMessage(), error.getMessage().contains("Cycle"));
    }
}
