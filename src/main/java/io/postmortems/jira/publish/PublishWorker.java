package io.postmortems.jira.publish;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.PublishedPage;
import io.postmortems.core.model.Status;
import io.postmortems.core.workflow.Announcements;
import io.postmortems.jira.platform.ClusterLocks;
import io.postmortems.jira.publish.AoPublishRequests.Claim;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.jira.store.ConcurrentEditException;
import io.postmortems.jira.store.PostMortemStore;
import io.postmortems.jira.store.PostMortemStore.StoredPostMortem;
import io.postmortems.publishing.PublishOutcome;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.Publisher;
import io.postmortems.publishing.render.PageText;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Works the publish outbox: each due request is published under its issue's cluster lock, acting as the requesting
 * user, and its outcome recorded. A success stores the page and the PUBLISHED status in the document, links the issue
 * to the page and announces a first publish (or one after a new approval) once; a failure stores neither.
 */
@Named
public class PublishWorker {
    static final int BATCH = 20;
    static final int MAX_ATTEMPTS = 10;
    static final Duration DEFAULT_RETRY = Duration.ofMinutes(5);
    static final int STORE_RETRIES = 5;
    private static final Logger LOG = LoggerFactory.getLogger(PublishWorker.class);

    private final AoPublishRequests requests;
    private final ClusterLocks locks;
    private final IssueManager issues;
    private final UserManager users;
    private final JiraAuthenticationContext authentication;
    private final PostMortemStore store;
    private final SettingsStore settings;
    private final PublishGate gate;
    private final PublisherFactory publishers;
    private final WikiPageLinker linker;
    private final ApplicationProperties applicationProperties;
    private final TicketStatusRefresh countermeasureStatuses;
    private final PublishAnnouncements announcements;
    private final EarlierPostMortems earlier;
    private final PublishedIdeaCounts ideaCounts;
    private final Clock clock;

    @Inject
    public PublishWorker(AoPublishRequests requests, ClusterLocks locks, @ComponentImport IssueManager issues,
                         @ComponentImport UserManager users,
                         @ComponentImport JiraAuthenticationContext authentication, PostMortemStore store,
                         SettingsStore settings, PublishGate gate, PublisherFactory publishers,
                         WikiPageLinker linker, @ComponentImport ApplicationProperties applicationProperties,
                         TicketStatusRefresh countermeasureStatuses, PublishAnnouncements announcements,
                         EarlierPostMortems earlier, PublishedIdeaCounts ideaCounts) {
        this(requests, locks, issues, users, authentication, store, settings, gate, publishers, linker,
                applicationProperties, countermeasureStatuses, announcements, earlier, ideaCounts, Clock.systemUTC());
    }

    /** Without the page's "Related earlier post-mortems" and idea counts. */
    public PublishWorker(AoPublishRequests requests, ClusterLocks locks, IssueManager issues, UserManager users,
                         JiraAuthenticationContext authentication, PostMortemStore store, SettingsStore settings,
                         PublishGate gate, PublisherFactory publishers, WikiPageLinker linker,
                         ApplicationProperties applicationProperties, TicketStatusRefresh countermeasureStatuses,
                         PublishAnnouncements announcements) {
        this(requests, locks, issues, users, authentication, store, settings, gate, publishers, linker,
                applicationProperties, countermeasureStatuses, announcements, EarlierPostMortems.NONE,
                PublishedIdeaCounts.NONE,
                Clock.systemUTC());
    }

    /** For tests of other concerns: nothing is announced. */
    PublishWorker(AoPublishRequests requests, ClusterLocks locks, IssueManager issues, UserManager users,
                  JiraAuthenticationContext authentication, PostMortemStore store, SettingsStore settings,
                  PublishGate gate, PublisherFactory publishers, WikiPageLinker linker,
                  ApplicationProperties applicationProperties, TicketStatusRefresh countermeasureStatuses,
                  Clock clock) {
        this(requests, locks, issues, users, authentication, store, settings, gate, publishers, linker,
                applicationProperties, countermeasureStatuses, PublishAnnouncements.NONE, EarlierPostMortems.NONE,
                PublishedIdeaCounts.NONE, clock);
    }

    PublishWorker(AoPublishRequests requests, ClusterLocks locks, IssueManager issues, UserManager users,
                  JiraAuthenticationContext authentication, PostMortemStore store, SettingsStore settings,
                  PublishGate gate, PublisherFactory publishers, WikiPageLinker linker,
                  ApplicationProperties applicationProperties, TicketStatusRefresh countermeasureStatuses,
                  PublishAnnouncements announcements, Clock clock) {
        this(requests, locks, issues, users, authentication, store, settings, gate, publishers, linker,
                applicationProperties, countermeasureStatuses, announcements, EarlierPostMortems.NONE,
                PublishedIdeaCounts.NONE, clock);
    }

    PublishWorker(AoPublishRequests requests, ClusterLocks locks, IssueManager issues, UserManager users,
                  JiraAuthenticationContext authentication, PostMortemStore store, SettingsStore settings,
                  PublishGate gate, PublisherFactory publishers, WikiPageLinker linker,
                  ApplicationProperties applicationProperties, TicketStatusRefresh countermeasureStatuses,
                  PublishAnnouncements announcements, EarlierPostMortems earlier, PublishedIdeaCounts ideaCounts,
                  Clock clock) {
        this.earlier = earlier;
        this.announcements = announcements;
        this.ideaCounts = ideaCounts;
        this.requests = requests;
        this.locks = locks;
        this.issues = issues;
        this.users = users;
        this.authentication = authentication;
        this.store = store;
        this.settings = settings;
        this.gate = gate;
        this.publishers = publishers;
        this.linker = linker;
        this.applicationProperties = applicationProperties;
        this.countermeasureStatuses = countermeasureStatuses;
        this.clock = clock;
    }

    /**
     * Works every request that is due now; issues locked by another node are left for a later pass. Nothing one
     * request throws (any {@link Throwable}) stops the others: it is recorded on that request and the pass moves on.
     */
    public int runDue() {
        int worked = 0;
        for (long issueId : requests.dueIssueIds(BATCH)) {
            boolean[] did = {false};
            try {
                locks.ifFree("publish." + issueId,
                        () -> did[0] = requests.claim(issueId).map(this::work).orElse(false));
            } catch (Throwable e) { // NOPMD: one poisoned request must not stop the others
                LOG.error("Publish request of issue {} could not be worked", issueId, e);
            }
            if (did[0]) {
                worked++;
            }
        }
        return worked;
    }

    private boolean work(Claim claim) {
        ApplicationUser previous = authentication.getLoggedInUser();
        try {
            attempt(claim);
        } catch (RuntimeException e) {
            // Keep the worker alive for other issues; the user sees a plain reason, the log has the detail.
            LOG.error("Publishing the post-mortem of issue {} failed unexpectedly", claim.issueId(), e);
            retryOrFail(claim, PublishMessage.of("postmortems.publish.error.unexpected"), DEFAULT_RETRY);
        } catch (Error e) { // NOPMD: e.g. StackOverflowError from one document; retrying would only repeat it
            // Parked, not retried: the same document would fail the same way on every node after every restart.
            LOG.error("Publishing the post-mortem of issue {} failed with {}; the request is parked", claim.issueId(),
                    e.getClass().getSimpleName(), e);
            requests.recordFailed(claim, PublishMessage.of("postmortems.publish.error.parked",
                    e.getClass().getSimpleName()));
        } finally {
            authentication.setLoggedInUser(previous);
        }
        return true;
    }

    private void attempt(Claim claim) {
        Issue issue = issues.getIssueObject(claim.issueId());
        if (issue == null) {
            requests.recordFailed(claim, PublishMessage.of("postmortems.publish.error.issue-gone"));
            return;
        }
        AppSettings config = settings.load();
        if (issue.getSecurityLevelId() != null && !config.restrictedTarget()) {
            requests.recordFailed(claim, PublishMessage.of("postmortems.publish.error.security-level"));
            return;
        }
        if (config.spaceKey() == null || config.spaceKey().isBlank()) {
            requests.recordFailed(claim, PublishMessage.of("postmortems.publish.error.no-space"));
            return;
        }
        Optional<StoredPostMortem> stored = store.load(claim.issueId());
        if (stored.isEmpty()) {
            requests.recordFailed(claim, PublishMessage.of("postmortems.publish.error.no-document"));
            return;
        }
        Optional<PublishMessage> blocked = gate.blockingReason(stored.get().document(), config);
        if (blocked.isPresent()) {
            requests.recordFailed(claim, blocked.get());
            return;
        }
        ApplicationUser user = claim.userKey() == null ? null : users.getUserByKey(claim.userKey());
        if (user == null || !user.isActive()) {
            requests.recordFailed(claim, PublishMessage.of("postmortems.publish.error.user-inactive"));
            return;
        }
        authentication.setLoggedInUser(user);
        Publisher publisher;
        try {
            publisher = publishers.create(config, user);
        } catch (PublishSetupException e) {
            if (e.retryable()) {
                retryOrFail(claim, e.message(), DEFAULT_RETRY);
            } else {
                requests.recordFailed(claim, e.message());
            }
            return;
        }
        PostMortem document = countermeasureStatuses.reconcileAndStore(user, stored.get()).document();
        Announcements.Due due = Announcements.due(document.getPage() != null, document.getAnnouncedAt(),
                document.getApproval(), config.workflow().announceMajorUpdates());
        document.setStatus(Status.PUBLISHED); // the page says Published on this very publish
        PublishTarget target = new PublishTarget(config.spaceKey(), config.rootTitle(), config.layout(),
                applicationProperties.getBaseUrl(UrlMode.CANONICAL), config.jiraServerId(), zone(document),
                PageText.localeOf(config.pageLanguage()))
                .withEarlier(earlier.forPage(user, issue.getKey(), document, config.recurrenceDays(),
                        config.restrictedTarget(), LocalDate.now(clock)))
                .withIdeaCounts(ideaCounts.counts(user, document));
        PublishOutcome outcome = publisher.publish(document, target);
        switch (outcome.result()) {
            case PUBLISHED, UNCHANGED -> succeeded(claim, issue, user, outcome, due);
            case RETRY_PENDING -> retryOrFail(claim, confluenceReason("postmortems.publish.retry.confluence", outcome),
                    outcome.retryAfter() == null ? DEFAULT_RETRY : outcome.retryAfter());
            case FAILED -> requests.recordFailed(claim, confluenceReason("postmortems.publish.error.confluence",
                    outcome));
        }
    }

    private void succeeded(Claim claim, Issue issue, ApplicationUser user, PublishOutcome outcome,
                           Announcements.Due due) {
        PublishedPage page = outcome.page();
        if (page == null) {
            requests.recordFailed(claim, PublishMessage.of("postmortems.publish.error.no-page"));
            return;
        }
        boolean announce = due != Announcements.Due.NONE && page.getUrl() != null;
        Optional<PostMortem> storedDoc = storePage(claim.issueId(), page,
                announce ? OffsetDateTime.now(clock) : null);
        if (announce && storedDoc.isPresent()) {
            announce(issue, storedDoc.get(), user, page.getUrl(), due);
        }
        if (page.getUrl() != null) {
            try {
                linker.link(issue, user, page.getUrl(), page.getPageId());
            } catch (IllegalStateException e) {
                LOG.warn("Page of issue {} published, but the Wiki Page link was not saved: {}", claim.issueId(),
                        e.getMessage());
            }
        }
        requests.recordPublished(claim, page.getUrl(), page.getVersion());
    }

    /** Comments on the issues; whatever goes wrong there is logged, never a failed publish. */
    private void announce(Issue issue, PostMortem document, ApplicationUser user, String url, Announcements.Due due) {
        try {
            int told = announcements.announce(issue, document, user, url, due);
            LOG.debug("Page of issue {} announced on {} issues", issue.getKey(), told);
        } catch (RuntimeException e) {
            LOG.warn("Page of issue {} published, but announcing it failed", issue.getKey(), e);
        }
    }

    /**
     * Stores the page, the PUBLISHED status and (when not null) the announcement time into the latest document,
     * reloading when someone saved in between; the stored document, or empty when it could not be stored.
     */
    private Optional<PostMortem> storePage(long issueId, PublishedPage page, OffsetDateTime announcedAt) {
        for (int i = 0; i < STORE_RETRIES; i++) {
            Optional<StoredPostMortem> latest = store.load(issueId);
            if (latest.isEmpty()) {
                return Optional.empty();
            }
            PostMortem document = latest.get().document();
            document.setPage(page);
            document.setStatus(Status.PUBLISHED);
            if (announcedAt != null) {
                document.setAnnouncedAt(announcedAt);
            }
            try {
                store.save(issueId, document, latest.get().revision());
                return Optional.of(document);
            } catch (ConcurrentEditException e) {
                LOG.debug("Post-mortem of issue {} changed while storing its page; reloading", issueId);
            }
        }
        LOG.warn("Page of issue {} published, but it could not be stored into the post-mortem after {} tries",
                issueId, STORE_RETRIES);
        return Optional.empty();
    }

    /** The publishing module's reason (English, from Confluence's answer) travels as an argument. */
    private static PublishMessage confluenceReason(String key, PublishOutcome outcome) {
        return outcome.reason() == null || outcome.reason().isBlank()
                ? PublishMessage.of("postmortems.publish.error.failed")
                : PublishMessage.of(key, outcome.reason());
    }

    private void retryOrFail(Claim claim, PublishMessage reason, Duration after) {
        if (claim.attempts() + 1 >= MAX_ATTEMPTS) {
            requests.recordFailed(claim, PublishMessage.of("postmortems.publish.error.gave-up", MAX_ATTEMPTS)
                    .wrapping(reason));
        } else {
            requests.recordRetry(claim, reason, clock.instant().plus(after));
        }
    }

    private static ZoneId zone(PostMortem document) {
        try {
            return document.getTimeZone() == null ? null : ZoneId.of(document.getTimeZone());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
