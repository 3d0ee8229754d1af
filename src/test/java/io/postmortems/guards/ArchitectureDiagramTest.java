package io.postmortems.guards;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.Test;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.Configuration.consideringOnlyDependenciesInAnyPackage;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.adhereToPlantUmlDiagram;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** The code follows the drawn architecture in {@code docs/architecture.puml}, and that check bites. */
public class ArchitectureDiagramTest {
    static final Path DIAGRAM = Path.of("docs", "architecture.puml");
    /** Main classes only; a bench build also compiles the benchmarks and the shared fake Confluence there. */
    private static final ImportOption PRODUCTION = location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS
            .includes(location) && !location.contains("/io/postmortems/bench/")
            && !location.contains("/io/postmortems/publishing/fake/");

    static ArchRule adheresTo(URL diagram) {
        return classes().should(adhereToPlantUmlDiagram(diagram,
                        consideringOnlyDependenciesInAnyPackage("io.postmortems..")))
                .because("docs/architecture.md explains where each kind of change goes");
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void production_shouldFollowTheDrawnArchitecture() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(PRODUCTION)
                .importPackages("io.postmortems");
        assertTrue("jira adapter classes were imported", production.stream()
                .anyMatch(c -> c.getPackageName().startsWith("io.postmortems.jira.")));
        adheresTo(url(DIAGRAM)).check(production);
    }

    @Test
    public void diagram_shouldPlaceEveryProductionPackageInAComponent() throws IOException {
        // The condition ignores classes outside every component, so a package left off the diagram would be unchecked.
        Set<String> stereotypes = new HashSet<>();
        Matcher m = Pattern.compile("<<([\\w.]+)\\.\\.>>").matcher(Files.readString(DIAGRAM));
        while (m.find()) {
            stereotypes.add(m.group(1));
        }
        JavaClasses production = new ClassFileImporter()
                .withImportOption(PRODUCTION)
                .importPackages("io.postmortems");
        Set<String> outside = new TreeSet<>();
        production.forEach(c -> {
            String pkg = c.getPackageName();
            if (stereotypes.stream().noneMatch(s -> pkg.equals(s) || pkg.startsWith(s + "."))) {
                outside.add(pkg);
            }
        });
        assertTrue("packages in no component of " + DIAGRAM + ": " + outside, outside.isEmpty());
    }

    @Test
    public void diagramRule_shouldFailOnADependencyWithoutAnArrow() {
        JavaClasses fixtures = new ClassFileImporter().importPackages("io.postmortems.guards.fixture.cycle");
        URL diagram = ArchitectureDiagramTest.class.getResource("/guards/fixture-one-way.puml");
        AssertionError error = assertThrows(AssertionError.class, () -> adheresTo(diagram).check(fixtures));
        assertTrue(error.getMessage(), error.getMessage().contains("fixture.cycle.b.B"));
        assertTrue(error.getMessage(), error.getMessage().contains("fixture.cycle.a.A"));
    }
}
