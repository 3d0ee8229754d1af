package io.postmortems.guards;

import io.postmortems.guards.AtlassianDoubleScan.Finding;
import io.postmortems.guards.fixture.doubles.BadDoubles;
import org.junit.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Tests never implement, extend or lambda an Atlassian type (project rule). The stand-ins declare only the members we
 * call, so a test double written against them compiles here and fails under {@code -Datlassian}, where the real
 * interfaces declare many more abstract methods. Use a Mockito mock, or a plain fake behind
 * {@code mock(T.class, AdditionalAnswers.delegatesTo(fake))}.
 */
public class TestDoublesTest {
    private static final String FIXTURE = "io/postmortems/guards/fixture/doubles";

    private static Path testClasses() throws URISyntaxException {
        return Path.of(TestDoublesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Set<String> offendingSources(List<Finding> findings) {
        Set<String> sources = new TreeSet<>();
        findings.forEach(f -> sources.add(f.source()));
        return sources;
    }

    @Test
    public void testSources_shouldNotImplementExtendOrLambdaAtlassianTypes() throws Exception {
        List<String> offences = AtlassianDoubleScan.scan(testClasses()).stream()
                .filter(f -> !f.source().startsWith(FIXTURE + "/"))
                .map(Finding::toString)
                .distinct()
                .toList();
        assertTrue("Atlassian types implemented by test code; use a Mockito mock or "
                + "mock(T.class, AdditionalAnswers.delegatesTo(plainFake)) instead:\n" + String.join("\n", offences),
                offences.isEmpty());
    }

    @Test
    public void testSources_shouldBeScannedAtAll() throws Exception {
        Path root = testClasses();
        assertTrue(root + " holds this class", Files.exists(root.resolve(
                TestDoublesTest.class.getName().replace('.', '/') + ".class")));
        assertTrue("the scan sees the mocks of the Jira adapter tests",
                Files.exists(root.resolve("io/postmortems/jira/provisioning/ProvisioningTest.class")));
    }

    @Test
    public void scan_shouldFlagEveryKindOfOffenceInTheBadFixture() throws Exception {
        Set<String> found = new TreeSet<>();
        for (Finding f : AtlassianDoubleScan.scan(testClasses().resolve(FIXTURE))) {
            found.add(f.toString());
        }
        String bad = BadDoubles.class.getName();
        String source = FIXTURE + "/BadDoubles.java: ";
        assertEquals(Set.of(
                source + bad + "$Texts implements com.atlassian.jira.util.I18nHelper",
                source + bad + "$Failure extends com.atlassian.sal.api.net.ResponseException",
                source + bad + "$1 implements com.atlassian.sal.api.transaction.TransactionCallback",
                source + bad + " has a lambda or method reference of type com.atlassian.sal.api.transaction.TransactionCallback"),
                found);
        assertEquals("the lambda and the method reference are two call sites", 2,
                AtlassianDoubleScan.scan(testClasses().resolve(FIXTURE)).stream()
                        .filter(f -> f.kind().startsWith("has a lambda")).count());
    }

    @Test
    public void scan_shouldAcceptMocksAndDelegatingFakes() throws Exception {
        List<Finding> findings = AtlassianDoubleScan.scan(testClasses().resolve(FIXTURE));
        assertEquals(Set.of(FIXTURE + "/BadDoubles"), offendingSources(findings));
    }

    @Test
    public void scan_shouldRefuseSomethingThatIsNotAClassFile() {
        IOException e = org.junit.Assert.assertThrows(IOException.class,
                () -> AtlassianDoubleScan.scan(new java.io.ByteArrayInputStream(new byte[]{1, 2, 3, 4, 5, 6, 7, 8})));
        assertEquals("not a class file", e.getMessage());
    }
}
