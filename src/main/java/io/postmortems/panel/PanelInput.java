package io.postmortems.panel;

import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.ReviewReport;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Everything the panel is built from. The Jira side gathers it (document, review, viewer, ticket states, publishing
 * state, i18n); the command-line preview fills it from a file.
 *
 * @param issueKey   the post-mortem's issue key (may be null offline)
 * @param document   the post-mortem
 * @param revision   its stored revision (0 when never saved)
 * @param review     the review of {@code document}
 * @param canEdit    the viewer may change it (shows the edit forms)
 * @param tickets    countermeasure ticket states
 * @param publish    publishing state, empty when never queued
 * @param viewerZone every time is shown in this zone
 * @param today      today in the viewer's zone, for the overdue flag
 * @param text       the viewer's messages
 * @param settings   the severity scheme and due periods the editor offers
 * @param lifecycle  review and approval facts for the viewer; null when unknown (the preview): the document's recorded
 *                   status and approval, no steps ({@link ReviewState#recorded})
 * @param people     a countermeasure owner's name as people read it (Jira: the user's display name); null: as stored
 */
public record PanelInput(String issueKey, PostMortem document, long revision, ReviewReport review, boolean canEdit,
                         TicketStates tickets, Optional<PublishingView> publish, ZoneId viewerZone, LocalDate today,
                         PanelText text, PanelSettings settings, ReviewState lifecycle, People people) {
    public PanelInput {
        settings = settings == null ? PanelSettings.defaults() : settings;
        people = people == null ? People.AS_STORED : people;
    }

    /** How an owner (a user name or key, as the document stores it) is shown. */
    @FunctionalInterface
    public interface People {
        People AS_STORED = owner -> owner;

        /** The name to show for {@code owner}; the owner itself when no one by that name is known. */
        String displayName(String owner);
    }

    /** Owners shown as stored. */
    public PanelInput(String issueKey, PostMortem document, long revision, ReviewReport review, boolean canEdit,
                      TicketStates tickets, Optional<PublishingView> publish, ZoneId viewerZone, LocalDate today,
                      PanelText text, PanelSettings settings, ReviewState lifecycle) {
        this(issueKey, document, revision, review, canEdit, tickets, publish, viewerZone, today, text, settings,
                lifecycle, null);
    }

    /** Without lifecycle facts (the document's recorded status, no steps; editors may publish). */
    public PanelInput(String issueKey, PostMortem document, long revision, ReviewReport review, boolean canEdit,
                      TicketStates tickets, Optional<PublishingView> publish, ZoneId viewerZone, LocalDate today,
                      PanelText text, PanelSettings settings) {
        this(issueKey, document, revision, review, canEdit, tickets, publish, viewerZone, today, text, settings, null,
                null);
    }

    /** With the default settings (SEV1-SEV4): the command-line preview and callers that know no settings. */
    public PanelInput(String issueKey, PostMortem document, long revision, ReviewReport review, boolean canEdit,
                      TicketStates tickets, Optional<PublishingView> publish, ZoneId viewerZone, LocalDate today,
                      PanelText text) {
        this(issueKey, document, revision, review, canEdit, tickets, publish, viewerZone, today, text, null, null,
                null);
    }
}
