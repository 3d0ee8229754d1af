package io.postmortems.publishing;

import org.junit.Test;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class PublishTargetTest {
    @Test
    public void isSpaceKey_shouldAcceptGlobalAndPersonalSpaceKeys() {
        assertTrue(PublishTarget.isSpaceKey("OPS"));
        assertTrue(PublishTarget.isSpaceKey("Ops2"));
        assertTrue(PublishTarget.isSpaceKey("~jsmith"));
        assertTrue(PublishTarget.isSpaceKey("~j.smith@example.com"));
    }

    @Test
    public void isSpaceKey_shouldRefuseWhatIsNoSpaceKeyOrWouldBreakCql() {
        assertFalse(PublishTarget.isSpaceKey(null));
        assertFalse(PublishTarget.isSpaceKey(""));
        assertFalse(PublishTarget.isSpaceKey("OPS TEAM"));
        assertFalse(PublishTarget.isSpaceKey("ops-1"));
        assertFalse(PublishTarget.isSpaceKey("~"));
        assertFalse(PublishTarget.isSpaceKey("OPS\" or space = \"HR"));
        assertFalse(PublishTarget.isSpaceKey("~a\"b"));
        assertFalse(PublishTarget.isSpaceKey("X".repeat(256)));
    }
}
