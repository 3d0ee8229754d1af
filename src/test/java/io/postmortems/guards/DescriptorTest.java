package io.postmortems.guards;

import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** Checks the descriptor the build generated from atlassian-plugin.xml.template, as it lands in the jar. */
public class DescriptorTest {
    private static final Path CLASSES = Path.of("target", "classes");
    private static Properties bundle;
    private static DescriptorChecks checks;

    @BeforeClass
    public static void load() throws Exception {
        bundle = new Properties();
        try (InputStream in = Files.newInputStream(CLASSES.resolve("i18n/postmortems.properties"))) {
            bundle.load(in);
        }
        checks = new DescriptorChecks(DescriptorTest.class.getClassLoader(),
                path -> Files.isRegularFile(CLASSES.resolve(path)), bundle);
    }

    static String expectedKey() {
        String key = System.getProperty("atlassian.plugin.key");
        assertNotNull("surefire passes the pom's plugin key as a system property", key);
        return key;
    }

    @Test
    public void generatedDescriptor_shouldPassEveryCheck() throws Exception {
        Path generated = CLASSES.resolve("atlassian-plugin.xml");
        assertTrue("the build writes the descriptor to the jar root", Files.isRegularFile(generated));
        Document descriptor;
        try (InputStream in = Files.newInputStream(generated)) {
            descriptor = DescriptorChecks.parse(in);
        }
        assertEquals(List.of(), checks.check(descriptor, expectedKey()));
    }

    @Test
    public void generatedDescriptor_shouldHaveEveryPlaceholderFilled() throws Exception {
        String text = Files.readString(CLASSES.resolve("atlassian-plugin.xml"));
        assertTrue("unfilled placeholder in " + text, !text.contains("${"));
        assertTrue(text.contains("version>" + System.getProperty("project.version") + "<"));
    }

    @Test
    public void check_shouldReportEveryKindOfBrokenDescriptor() throws Exception {
        Document bad;
        try (InputStream in = getClass().getResourceAsStream("/guards/bad-atlassian-plugin.xml")) {
            bad = DescriptorChecks.parse(in);
        }
        List<String> violations = checks.check(bad, expectedKey());
        String all = String.join("\n", violations);
        assertTrue(all, all.contains("plugin key is 'wrong.key'"));
        assertTrue(all, all.contains("atlassian-data-center-status"));
        assertTrue(all, all.contains("module key 'twice' is used twice"));
        assertTrue(all, all.contains("no.such.Clazz, which is not a class of the build"));
        assertTrue(all, all.contains("java.lang.String is not a jakarta.servlet.http.HttpServlet"));
        assertTrue(all, all.contains("missing templates/nowhere.vm"));
        assertTrue(all, all.contains("i18n key 'postmortems.no.such.key'"));
    }
}
