package io.postmortems.journey.rig;

import org.junit.rules.ExternalResource;

/**
 * One journey rig for a test class, with the standard users, as a {@code @ClassRule}: skips without Chromium (fails
 * under {@code CI=true}, see {@link Browser#assumeChromium()}), stops the rig after the last journey.
 */
public final class RigPerClass extends ExternalResource {
    private JourneyRig rig;

    @Override
    protected void before() throws Throwable {
        Browser.assumeChromium();
        rig = JourneyRig.start().withStandardUsers();
    }

    @Override
    protected void after() {
        if (rig != null) {
            rig.close();
        }
    }

    /** The running rig. */
    public JourneyRig rig() {
        return rig;
    }
}
