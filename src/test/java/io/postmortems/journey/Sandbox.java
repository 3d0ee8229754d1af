package io.postmortems.journey;

import io.postmortems.journey.rig.JiraState;
import io.postmortems.journey.rig.JourneyRig;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The journey rig to click through by hand: every bundled example as a post-mortem, one user per role (admin,
 * editor, viewer with browse only, outsider without browse), publishing to the fake Confluence every two seconds.
 * Test scope only, never packaged. Run from the project root:
 * {@code mvn -B -ntp -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.postmortems.journey.Sandbox}; stop with Ctrl-C.
 */
public final class Sandbox implements AutoCloseable {
    private final JourneyRig rig;
    private final List<JiraState.Issue> postMortems;

    private Sandbox(JourneyRig rig, List<JiraState.Issue> postMortems) {
        this.rig = rig;
        this.postMortems = postMortems;
    }

    /** Starts the rig with the publisher running and the examples of {@code examples} loaded. */
    public static Sandbox start(Path examples) throws Exception {
        JourneyRig rig = JourneyRig.startWithPublisher().withStandardUsers();
        try {
            return new Sandbox(rig, rig.loadExamples(examples));
        } catch (Exception | Error e) {
            rig.close();
            throw e;
        }
    }

    public JourneyRig rig() {
        return rig;
    }

    public List<JiraState.Issue> postMortems() {
        return postMortems;
    }

    /** The address and the login links, as the command prints them. */
    public void describe(PrintStream out) {
        out.println("Post-Mortems sandbox (Jira double with the app, fake Confluence) at " + rig.baseUrl() + "/");
        out.println("Sign in as (each link sets a cookie; use two browsers or a private window for two users):");
        for (String[] user : new String[][]{{"admin", "Jira administrator: settings page"},
                {"editor", "may edit and publish"}, {"viewer", "browse only: read-only panel"},
                {"outsider", "no browse permission: sees nothing"}}) {
            out.printf("  %-9s %s/login?user=%s  (%s)%n", user[0], rig.baseUrl(), user[0], user[1]);
        }
        out.println("  anonymous " + rig.baseUrl() + "/login?user=");
        out.println("Post-mortems:");
        for (JiraState.Issue issue : postMortems) {
            out.println("  " + rig.issueUrl(issue.key) + "  " + issue.summary);
        }
        out.println("Settings: " + rig.adminUrl() + "   Fake Confluence: " + rig.confluence.baseUrl());
        out.println("Press Ctrl-C to stop.");
    }

    @Override
    public void close() {
        rig.close();
    }

    public static void main(String[] args) throws Exception {
        Path examples = Path.of(args.length > 0 ? args[0] : "examples");
        Sandbox sandbox = start(examples);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the sandbox.");
            sandbox.close();
            stopped.countDown();
        }, "sandbox-stop"));
        sandbox.describe(System.out);
        stopped.await();
    }
}
