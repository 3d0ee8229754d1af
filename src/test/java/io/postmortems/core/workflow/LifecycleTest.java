package io.postmortems.core.workflow;

import io.postmortems.core.model.Status;
import io.postmortems.core.workflow.Lifecycle.Actor;
import io.postmortems.core.workflow.Lifecycle.Policy;
import io.postmortems.core.workflow.Lifecycle.Refusal;
import org.junit.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.postmortems.core.model.Status.APPROVED;
import static io.postmortems.core.model.Status.DRAFT;
import static io.postmortems.core.model.Status.IN_REVIEW;
import static io.postmortems.core.model.Status.PUBLISHED;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class LifecycleTest {
    private static final Policy LENIENT = new Policy(false, false);
    private static final Policy STRICT = new Policy(true, true);
    private static final Actor NOBODY = new Actor("u-none", false, false);
    private static final Actor EDITOR = new Actor("u-edit", true, false);
    private static final Actor APPROVER = new Actor("u-appr", false, true);
    private static final Actor BOTH = new Actor("u-both", true, true);
    private static final List<String> OTHERS = List.of("someone-else");

    /**
     * The whole table, written out by hand: for each from→to pair, the refusal for an editor, an approver and a
     * user with neither right ("-" = allowed). Authors are somebody else, so self-approval does not apply here.
     */
    private static final Map<String, String> TABLE = Map.ofEntries(
            Map.entry("DRAFT>DRAFT", "UNCHANGED UNCHANGED UNCHANGED"),
            Map.entry("DRAFT>IN_REVIEW", "- NOT_EDITOR NOT_EDITOR"),
            Map.entry("DRAFT>APPROVED", "NO_SUCH_STEP NO_SUCH_STEP NO_SUCH_STEP"),
            Map.entry("DRAFT>PUBLISHED", "PUBLISH_ONLY PUBLISH_ONLY PUBLISH_ONLY"),
            Map.entry("IN_REVIEW>DRAFT", "- NOT_EDITOR NOT_EDITOR"),
            Map.entry("IN_REVIEW>IN_REVIEW", "UNCHANGED UNCHANGED UNCHANGED"),
            Map.entry("IN_REVIEW>APPROVED", "NOT_APPROVER - NOT_APPROVER"),
            Map.entry("IN_REVIEW>PUBLISHED", "PUBLISH_ONLY PUBLISH_ONLY PUBLISH_ONLY"),
            Map.entry("APPROVED>DRAFT", "NO_SUCH_STEP NO_SUCH_STEP NO_SUCH_STEP"),
            Map.entry("APPROVED>IN_REVIEW", "- - NOT_EDITOR"),
            Map.entry("APPROVED>APPROVED", "UNCHANGED UNCHANGED UNCHANGED"),
            Map.entry("APPROVED>PUBLISHED", "PUBLISH_ONLY PUBLISH_ONLY PUBLISH_ONLY"),
            Map.entry("PUBLISHED>DRAFT", "NO_SUCH_STEP NO_SUCH_STEP NO_SUCH_STEP"),
            Map.entry("PUBLISHED>IN_REVIEW", "- NOT_EDITOR NOT_EDITOR"),
            Map.entry("PUBLISHED>APPROVED", "NO_SUCH_STEP NO_SUCH_STEP NO_SUCH_STEP"),
            Map.entry("PUBLISHED>PUBLISHED", "UNCHANGED UNCHANGED UNCHANGED"));

    @Test
    public void check_shouldFollowTheTableForEveryStatusPairAndActor() {
        assertEquals(Status.values().length * Status.values().length, TABLE.size());
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                String[] expected = TABLE.get(from + ">" + to).split(" ");
                Actor[] actors = {EDITOR, APPROVER, NOBODY};
                for (int i = 0; i < actors.length; i++) {
                    for (Policy policy : List.of(LENIENT, STRICT)) {
                        Optional<Refusal> got = Lifecycle.check(from, to, actors[i], OTHERS, policy);
                        assertEquals(from + "→" + to + " for actor " + i, expected[i],
                                got.map(Enum::name).orElse("-"));
                    }
                }
            }
        }
    }

    @Test
    public void check_shouldLetAnEditorWhoIsAlsoApproverDoEverythingEitherMay() {
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                boolean either = Lifecycle.check(from, to, EDITOR, OTHERS, LENIENT).isEmpty()
                        || Lifecycle.check(from, to, APPROVER, OTHERS, LENIENT).isEmpty();
                assertEquals(from + "→" + to, either, Lifecycle.check(from, to, BOTH, OTHERS, LENIENT).isEmpty());
            }
        }
    }

    @Test
    public void check_shouldRefuseApprovalByTheOnlyAuthorWhenSelfApprovalIsForbidden() {
        List<String> alone = List.of("u-both", "u-both");
        assertEquals(Optional.of(Refusal.ONLY_AUTHOR), Lifecycle.check(IN_REVIEW, APPROVED, BOTH, alone, STRICT));
        assertEquals(Optional.empty(), Lifecycle.check(IN_REVIEW, APPROVED, BOTH, alone, LENIENT));
        assertEquals(Optional.empty(), Lifecycle.check(IN_REVIEW, APPROVED, BOTH,
                List.of("u-both", "u-edit"), STRICT));
        assertEquals(Optional.empty(), Lifecycle.check(IN_REVIEW, APPROVED, BOTH, List.of(), STRICT));
    }

    @Test
    public void check_shouldRefuseApprovalByTheAnonymousVisitorEvenIfMarkedApprover() {
        assertEquals(Optional.of(Refusal.NOT_APPROVER),
                Lifecycle.check(IN_REVIEW, APPROVED, new Actor(null, true, true), OTHERS, LENIENT));
        assertEquals(Optional.of(Refusal.NOT_EDITOR), Lifecycle.check(DRAFT, IN_REVIEW, null, OTHERS, LENIENT));
    }

    @Test
    public void check_shouldTreatAMissingStatusAsDraft() {
        assertEquals(Optional.empty(), Lifecycle.check(null, IN_REVIEW, EDITOR, OTHERS, LENIENT));
        assertEquals(Optional.of(Refusal.UNCHANGED), Lifecycle.check(null, DRAFT, EDITOR, OTHERS, LENIENT));
    }

    @Test
    public void nextSteps_shouldListExactlyTheAllowedTargets() {
        assertEquals(List.of(IN_REVIEW), Lifecycle.nextSteps(DRAFT, EDITOR, OTHERS, STRICT));
        assertEquals(List.of(DRAFT, APPROVED), Lifecycle.nextSteps(IN_REVIEW, BOTH, OTHERS, STRICT));
        assertEquals(List.of(DRAFT), Lifecycle.nextSteps(IN_REVIEW, BOTH, List.of("u-both"), STRICT));
        assertEquals(List.of(IN_REVIEW), Lifecycle.nextSteps(APPROVED, APPROVER, OTHERS, STRICT));
        assertEquals(List.of(), Lifecycle.nextSteps(PUBLISHED, APPROVER, OTHERS, STRICT));
        assertEquals(List.of(), Lifecycle.nextSteps(DRAFT, NOBODY, OTHERS, STRICT));
    }

    @Test
    public void afterEdit_shouldReturnApprovedToReviewOnlyWhenThePolicySaysSo() {
        for (Status s : Status.values()) {
            Status expectedStrict = s == APPROVED ? IN_REVIEW : s;
            assertEquals(s.name(), expectedStrict, Lifecycle.afterEdit(s, STRICT));
            assertEquals(s.name(), s, Lifecycle.afterEdit(s, LENIENT));
        }
        assertEquals(DRAFT, Lifecycle.afterEdit(null, STRICT));
    }

    @Test
    public void keepsApproval_shouldHoldForApprovedAndPublishedOnly() {
        assertFalse(Lifecycle.keepsApproval(DRAFT));
        assertFalse(Lifecycle.keepsApproval(IN_REVIEW));
        assertTrue(Lifecycle.keepsApproval(APPROVED));
        assertTrue(Lifecycle.keepsApproval(PUBLISHED));
        assertFalse(Lifecycle.keepsApproval(null));
    }

    @Test
    public void isOnlyAuthor_shouldIgnoreBlankEntriesAndDuplicates() {
        assertTrue(Lifecycle.isOnlyAuthor("a", List.of("a", "", "a")));
        assertFalse(Lifecycle.isOnlyAuthor("a", List.of("a", "b")));
        assertFalse(Lifecycle.isOnlyAuthor("a", List.of("b")));
        assertFalse(Lifecycle.isOnlyAuthor(null, List.of("a")));
        assertFalse(Lifecycle.isOnlyAuthor("a", null));
    }
}
