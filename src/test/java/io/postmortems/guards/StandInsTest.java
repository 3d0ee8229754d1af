package io.postmortems.guards;

import org.junit.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Every stand-in names, in its first line, what its members were checked against, and holds no logic: a wrong
 * signature only shows as NoSuchMethodError in a customer's Jira, so the citation is what a reviewer re-checks.
 */
public class StandInsTest {
    private static final Path ROOT = Path.of("src/standins/java");

    private static List<Path> standIns() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    public void standIns_shouldAllLiveUnderComAtlassian() throws IOException {
        List<Path> all = standIns();
        assertTrue("stand-ins found: " + all.size(), all.size() > 50);
        List<String> outside = new ArrayList<>();
        for (Path p : all) {
            if (!ROOT.relativize(p).startsWith("com/atlassian")) {
                outside.add(p.toString());
            }
        }
        assertEquals(List.of(), outside);
    }

    @Test
    public void standIns_shouldCiteTheirSourceInTheFirstLine() throws IOException {
        List<String> uncited = new ArrayList<>();
        for (Path p : standIns()) {
            String first = Files.readAllLines(p).get(0);
            String lower = first.toLowerCase(Locale.ROOT);
            boolean cites = first.startsWith("// Stand-in.")
                    && (lower.contains("source") || lower.contains("javadoc") || lower.contains("http"));
            if (!cites) {
                uncited.add(p + ": " + first);
            }
        }
        assertEquals(List.of(), uncited);
    }

    /**
     * Loops and branches are logic; the one thing allowed is a value class refusing a bad constructor argument the way
     * the real class does (e.g. {@code ApplicationId} refusing a non-UUID), because adapter code relies on it.
     */
    @Test
    public void standIns_shouldHoldNoLogicBeyondRefusingBadArguments() throws IOException {
        List<String> withLogic = new ArrayList<>();
        for (Path p : standIns()) {
            List<String> lines = Files.readAllLines(p);
            for (int i = 0; i < lines.size(); i++) {
                String t = lines.get(i).strip();
                boolean refusal = t.startsWith("if ") && i + 1 < lines.size()
                        && lines.get(i + 1).strip().startsWith("throw new ");
                if (!refusal && (t.startsWith("if ") || t.startsWith("for ") || t.startsWith("while ")
                        || t.startsWith("switch ") || t.contains(" ? "))) {
                    withLogic.add(p + ": " + t);
                }
            }
        }
        assertEquals(List.of(), withLogic);
    }
}
