package io.postmortems.panel;

import io.postmortems.core.model.Approval;
import io.postmortems.core.model.Status;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureKind;
import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.Priority;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.core.review.Finding;
import io.postmortems.core.review.Level;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.core.review.TextSpan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/** A realistic panel, shared by the view, template and browser tests. */
public final class PanelSamples {
    private PanelSamples() {
    }

    /** The app's bundle plus the three review messages the sample findings use (MessageFormat, like Jira). */
    public static final class Messages extends ListResourceBundle {
        public Messages() {
            setParent(ResourceBundle.getBundle(io.postmortems.core.text.AppBundle.NAME, Locale.ENGLISH));
        }

        @Override
        protected Object[][] getContents() {
            return new Object[][]{
                    {"test.review.missing", "Describe the {0} before publishing."},
                    {"test.review.blame", "\"{0}\" reads as blame; describe what the system allowed instead."},
                    {"test.review.order", "Detected ({0}) is before started ({1})."},
                    {"test.review.owner", "Give countermeasure {0} an owner."}};
        }
    }

    /**
     * Kept apart from {@code io.postmortems.testing.CompleteDocument} because the panel tests need what a complete
     * document must not have: markup and a {@code javascript:} link in its text, missing sections and overdue
     * countermeasures whose escaping and findings they assert.
     */
    public static PostMortem document() {
        PostMortem doc = new PostMortem();
        doc.setIssueKey("PM-1");
        doc.setSeverity("SEV2");
        doc.setSummary("Checkout failed for 2h 30m after a payment config change.");
        doc.getImpact().setWhatAffected("Checkout <b>and</b> refunds");
        doc.setLessonsLearned(List.of("Config changes need a canary", "Alert on error rate, not only latency"));
        doc.getTimes().setStarted(OffsetDateTime.parse("2026-03-01T14:00:00+01:00"));
        doc.getTimes().setDetected(OffsetDateTime.parse("2026-03-01T14:12:00+01:00"));
        doc.getTimes().setResolved(OffsetDateTime.parse("2026-03-01T16:30:00+01:00"));
        TimelineEvent late = new TimelineEvent("e2", OffsetDateTime.parse("2026-03-01T16:30:00+01:00"),
                "Rolled back the config", EventKind.ACTION);
        TimelineEvent early = new TimelineEvent("e1", OffsetDateTime.parse("2026-03-01T14:12:00+01:00"),
                "Checkout error rate alert <fired>", EventKind.OBSERVATION);
        early.setEvidenceUrl("https://grafana.example/d/checkout?from=1&to=2");
        late.setEvidenceUrl("javascript:alert(1)");
        doc.setTimeline(List.of(late, early));
        Countermeasure done = new Countermeasure("c1", "Add canary for payment config", "alice",
                LocalDate.of(2026, 3, 20));
        done.setIssueKey("PM-2");
        done.setPriority(Priority.HIGH);
        done.setKind(CountermeasureKind.PREVENT);
        Countermeasure late2 = new Countermeasure("c2", "Alert on <script>alert(1)</script> rate", "bob",
                LocalDate.of(2026, 3, 10));
        late2.setIssueKey("PM-3");
        late2.setKind(CountermeasureKind.DETECT);
        Countermeasure pending = new Countermeasure("c3", "Runbook for rollback", null, null);
        doc.setCountermeasures(List.of(done, late2, pending));
        return doc;
    }

    public static ReviewReport review() {
        return new ReviewReport(List.of(
                new Finding(Level.ERROR, "rootCause.description", "completeness.missing-root-cause",
                        "test.review.missing", List.of("root cause")),
                new Finding(Level.WARNING, "summary", "language.blame", "test.review.blame", List.of("careless"),
                        new TextSpan("The careless engineer pushed it.", 4, 12)),
                new Finding(Level.WARNING, "countermeasures[2].owner", "countermeasures.owner", "test.review.owner",
                        List.of("3")),
                new Finding(Level.HINT, "times.detected", "times.order", "test.review.order",
                        List.of("14:12", "14:00"))));
    }

    public static PanelInput input(boolean canEdit, TicketStates tickets) {
        Map<String, TicketState> states = Map.of(
                "PM-2", new TicketState("PM-2", "Done", true),
                "PM-3", new TicketState("PM-3", "In Progress", false));
        PublishingView publish = new PublishingView(PublishingView.State.PUBLISHED, "https://wiki.example/pages/1?a=1&b=2",
                4, null);
        return new PanelInput("PM-1", document(), 7, review(), canEdit,
                tickets == null ? TicketStates.lookedUp(states) : tickets, Optional.of(publish),
                ZoneId.of("America/New_York"), LocalDate.of(2026, 3, 15), new BundleText(new Messages()), PanelSettings.defaults(),
                lifecycle(canEdit));
    }

    /**
     * Editors: in review, may send it back or approve and publish. Readers: approved by a name with markup in it,
     * no steps, may not publish.
     */
    static ReviewState lifecycle(boolean canEdit) {
        return canEdit ? new ReviewState(Status.IN_REVIEW, List.of(Status.DRAFT, Status.APPROVED), null, true)
                : new ReviewState(Status.APPROVED, List.of(), new Approval("u2", "Grace <i>Hopper</i>",
                        OffsetDateTime.parse("2026-03-14T13:30:00Z")), false);
    }

    /** The full sample: an editor's view, statuses looked up, published. */
    public static PanelView view() {
        return PanelViews.build(input(true, null));
    }
}
