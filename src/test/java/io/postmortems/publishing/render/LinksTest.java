package io.postmortems.publishing.render;

import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class LinksTest {
    @Test
    public void safeUrl_shouldAcceptAbsoluteHttpHttpsAndMailto() {
        assertEquals(Optional.of("https://x.example/a?b=1&c=2"), Links.safeUrl(" https://x.example/a?b=1&c=2 "));
        assertTrue(Links.safeUrl("HTTP://x.example").isPresent());
        assertTrue(Links.safeUrl("mailto:oncall@example.com").isPresent());
    }

    @Test
    public void safeUrl_shouldRejectOtherSchemesRelativeAndObfuscatedUrls() {
        for (String bad : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x",
                "vbscript:x", "//evil.example", "/secure/admin", "jav\tascript:alert(1)", "jav&#x09;ascript:x",
                "https://x.example/\u202Eexe", "https://x.example/a b", "https:///nohost", "mailto:", "", null}) {
            assertFalse(String.valueOf(bad), Links.safeUrl(bad).isPresent());
        }
    }

    @Test
    public void issueUrl_shouldLinkOnlyRealKeysUnderAnHttpBase() {
        assertEquals(Optional.of("https://jira.example.com/browse/OPS-1"),
                Links.issueUrl("https://jira.example.com/", "OPS-1"));
        assertFalse(Links.issueUrl("https://jira.example.com", "OPS-1?x").isPresent());
        assertFalse(Links.issueUrl("mailto:a@b.example", "OPS-1").isPresent());
        assertFalse(Links.issueUrl(null, "OPS-1").isPresent());
        assertFalse(Links.isIssueKey("ops-1"));
        assertFalse(Links.isIssueKey("OPS-0"));
    }
}
