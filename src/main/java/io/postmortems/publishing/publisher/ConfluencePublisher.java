package io.postmortems.publishing.publisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.PublishedPage;
import io.postmortems.publishing.PublishOutcome;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.Publisher;
import io.postmortems.publishing.confluence.ConfluenceClient;
import io.postmortems.publishing.confluence.ConfluenceException;
import io.postmortems.publishing.confluence.ConfluenceTransport;
import io.postmortems.publishing.confluence.ContentPage;
import io.postmortems.publishing.confluence.ContentProperty;
import io.postmortems.publishing.confluence.PageWithProperty;
import io.postmortems.publishing.confluence.RetryPolicy;
import io.postmortems.publishing.render.Labels;
import io.postmortems.publishing.render.PageRenderer;
import io.postmortems.publishing.render.RenderedPage;
import io.postmortems.publishing.tree.PageTreeLayout;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Publishes a post-mortem as a <em>living page</em> in Confluence Data Center.
 *
 * <ul>
 *   <li>The page id kept in {@link PostMortem#getPage()} is the page's identity: re-publishing updates that
 *       page, wherever a user moved it (it is never moved back) and whatever it was renamed to (the title
 *       follows the post-mortem again). A page deleted in Confluence (404 by id) is recreated.</li>
 *   <li>Without a known page, an existing page with the same title in the space is adopted (unless its
 *       hash property names another post-mortem); otherwise the page is created below
 *       {@link PageTreeLayout#ancestorTitles the layout's ancestors}, which are found or created once per
 *       publisher instance and cached.</li>
 *   <li>The content hash is kept in the content property {@value #HASH_PROPERTY}, read with the page itself
 *       ({@link ConfluenceClient#findByIdWithProperty}); when it and the title match, nothing is written
 *       ({@link PublishOutcome.Result#UNCHANGED}).</li>
 *   <li><b>Labels.</b> The page carries the labels the document yields ({@link #labels}). The same property
 *       records, under {@value #LABELS_FIELD}, the labels this publisher counts as its own. On every publish that
 *       writes, labels the document yields and the page lacks are added, and labels that are recorded as ours, are
 *       still on the page and the document no longer yields are removed (a deleted tag, service or severity).
 *       Labels people added by hand are never recorded, so never removed. The rules for what is recorded:
 *       <ol>
 *         <li>a label this publisher adds is ours; a recorded label the document still yields stays ours;</li>
 *         <li>a label a person added by hand stays theirs, even when the document later yields the same label:
 *             we then neither add it (it is there) nor record it, so dropping the tag later leaves their label
 *             alone;</li>
 *         <li>first publish after upgrading (the property has no {@value #LABELS_FIELD} yet): nothing is removed,
 *             and every label on the page that the document yields now is recorded as ours. Justification: the
 *             previous version added every label the document yielded on every publish and removed none, so a
 *             yielded label on the page is, short of a coincidence, one it set; not claiming them would leave every
 *             page published before the upgrade with the very labels that go stale. The price is the coincidence:
 *             a person's hand-added label identical to a yielded one, on a page published before the upgrade, is
 *             removed when the document stops yielding it, which is what the label then means anyway. Labels
 *             on the page that the document does not yield are never claimed (they may be stale labels of the
 *             old version or a person's; we cannot tell, so they stay). This one publish writes the property
 *             even when the content is unchanged (a one-time write; the result is still
 *             {@code UNCHANGED}: no new page version).</li>
 *       </ol>
 *       The new hash is written last: if adding or removing a label fails, the outcome reports it like any
 *       failure, the property keeps the old hash, and the next publish redoes the page update and the label
 *       changes, so a retry converges. Labels about to be added are first claimed in the property (with the old
 *       hash), so a retry after a failed step does not mistake them for a person's; that costs one more write,
 *       only on a publish that adds labels to an existing page.</li>
 *   <li>The input document is never changed: the outcome carries the new {@link PublishedPage}.</li>
 *   <li>Concurrent publishes of one post-mortem through this class are serialised by a per-key lock;
 *       across processes, Confluence's duplicate-title answer is caught and the page re-found and updated.</li>
 * </ul>
 *
 * Faults: see {@link RetryPolicy}. No answer, 5xx and 429 are retried per call; when retries run out the
 * outcome is {@code RETRY_PENDING} with a time to retry after. 409 re-reads the page and retries; 401/403,
 * other 4xx and a missing space end as {@code FAILED} with a reason; a deleted parent is recreated.
 *
 * <p>One instance serves one run (the ancestor cache is per instance); it is safe for concurrent use.
 */
public final class ConfluencePublisher implements Publisher {
    /** Content property holding the content hash and the owning issue. */
    public static final String HASH_PROPERTY = "postmortems-content-hash";
    /** Field of {@link #HASH_PROPERTY} listing the labels this publisher set and counts as its own. */
    public static final String LABELS_FIELD = "labels";
    /** Extra tries after a 409 on a page or property update. */
    static final int MAX_CONFLICT_RETRIES = 3;
    /** How often a page path is rebuilt after Confluence reports a deleted parent or page. */
    static final int MAX_PATH_ROUNDS = 3;

    /** Document locks and ancestor locks are separate stripes: an ancestor lock is only taken inside a document lock. */
    private static final ReentrantLock[] DOCUMENT_LOCKS = stripes(64);
    private static final ReentrantLock[] ANCESTOR_LOCKS = stripes(64);

    private final ConfluenceTransport transport;
    private final PageRenderer renderer;
    private final RetryPolicy retry;
    private final Clock clock;
    /** space key + NUL + title → page id, for root and grouping pages found or created in this run. */
    private final ConcurrentMap<String, String> ancestors = new ConcurrentHashMap<>();

    /** Standard retries (4 attempts, backoff from 0.5 s) and the system clock. */
    public ConfluencePublisher(ConfluenceTransport transport, PageRenderer renderer) {
        this(transport, renderer, RetryPolicy.standard(), Clock.systemUTC());
    }

    public ConfluencePublisher(ConfluenceTransport transport, PageRenderer renderer, RetryPolicy retry, Clock clock) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PublishOutcome publish(PostMortem document, PublishTarget target) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(target, "target");
        if (!PublishTarget.isSpaceKey(target.spaceKey())) {
            return failed("'" + target.spaceKey().replaceAll("[^A-Za-z0-9~_ -]", "?")
                    + "' is not a Confluence space key (letters and digits, e.g. OPS)", 0);
        }
        RenderedPage rendered = renderer.render(document, target);
        if (rendered.title() == null || rendered.title().isBlank()) {
            return failed("the post-mortem has no title to name its Confluence page", 0);
        }
        if (rendered.title().length() > PageTreeLayout.MAX_TITLE) {
            return failed("the page title is longer than Confluence's " + PageTreeLayout.MAX_TITLE
                    + " characters: shorten the post-mortem's title", 0);
        }
        ConfluenceClient client = new ConfluenceClient(transport, retry);
        String key = transport.baseUrl() + "\u0000" + target.spaceKey() + "\u0000"
                + (document.getIssueKey() != null ? document.getIssueKey() : rendered.title());
        ReentrantLock lock = stripe(DOCUMENT_LOCKS, key);
        lock.lock();
        try {
            return new Run(client, document, target, rendered).publish();
        } catch (ConfluenceException.Unavailable e) {
            return new PublishOutcome(PublishOutcome.Result.RETRY_PENDING, null, e.getMessage(), e.retryAfter(),
                    client.restCalls());
        } catch (ConfluenceException.Conflict e) {
            return new PublishOutcome(PublishOutcome.Result.RETRY_PENDING, null, "the page kept changing while"
                    + " publishing (" + e.getMessage() + "); will try again later", retry.backoff(1),
                    client.restCalls());
        } catch (ConfluenceException.NotFound e) {
            return failed(e.getMessage() + ": check that space " + target.spaceKey()
                    + " exists and the user may see it", client.restCalls());
        } catch (ConfluenceException e) {
            return failed(e.getMessage(), client.restCalls());
        } finally {
            lock.unlock();
        }
    }

    private static PublishOutcome failed(String reason, int calls) {
        return new PublishOutcome(PublishOutcome.Result.FAILED, null, reason, null, calls);
    }

    /** One publish of one document: the steps, in order, with the state they share. */
    private final class Run {
        private final ConfluenceClient client;
        private final PostMortem document;
        private final PublishTarget target;
        private final RenderedPage rendered;
        private final String hash;
        private final Set<String> labels;
        /** Told to the user with a successful outcome, e.g. that a page id in the document was not used. */
        private String note;

        Run(ConfluenceClient client, PostMortem document, PublishTarget target, RenderedPage rendered) {
            this.client = client;
            this.document = document;
            this.target = target;
            this.rendered = rendered;
            this.hash = rendered.contentHash();
            this.labels = labels(rendered.labels());
        }

        PublishOutcome publish() {
            ContentPage page = null;
            Optional<ContentProperty> property = Optional.empty();
            PublishedPage known = document.getPage();
            if (known != null && ConfluenceClient.isContentId(known.getPageId())
                    && (known.getSpaceKey() == null || known.getSpaceKey().equalsIgnoreCase(target.spaceKey()))) {
                Optional<PageWithProperty> read = client.findByIdWithProperty(known.getPageId(), HASH_PROPERTY);
                if (read.isPresent()) {
                    if (ownedBySame(read.get().property())) {
                        page = read.get().page();
                        property = read.get().property();
                    } else {
                        // the id names a page this post-mortem never published (a space home, a handbook, another
                        // post-mortem's page): a document file may not choose what gets overwritten, so leave it
                        note = "the document names page " + known.getPageId() + ", which is not this post-mortem's"
                                + " page; left it alone and used the page titled '" + rendered.title() + "'";
                    }
                }
            }
            for (int round = 1; ; round++) {
                try {
                    if (page == null) {
                        Optional<ContentPage> byTitle = client.findByTitle(target.spaceKey(), rendered.title());
                        if (byTitle.isPresent()) {
                            page = byTitle.get();
                            property = client.getProperty(page.id(), HASH_PROPERTY);
                            refuseIfOwnedByAnother(property);
                        } else {
                            ContentPage created = createPage();
                            if (created == null) {  // the title was taken meanwhile: adopt that page
                                page = client.findByTitle(target.spaceKey(), rendered.title())
                                        .orElseThrow(() -> new ConfluenceException.Conflict("the page '"
                                                + rendered.title() + "' was created and removed meanwhile"));
                                property = client.getProperty(page.id(), HASH_PROPERTY);
                                refuseIfOwnedByAnother(property);
                            } else {
                                // if this fails, the page has no property: the retry adopts it by title and
                                // counts its yielded labels as ours (rule 3), so nothing is orphaned
                                client.addLabels(created.id(), labels);
                                writeProperty(created.id(), Optional.empty(), Set.of(), labels, hash);
                                return outcome(PublishOutcome.Result.PUBLISHED, created);
                            }
                        }
                    }
                    Optional<Set<String>> recorded = recordedLabels(property);
                    if (property.isPresent() && hash.equals(property.get().value().path("hash").asText())
                            && rendered.title().equals(page.title())) {
                        if (recorded.isEmpty()) {
                            // first publish after upgrading: claim the yielded labels on the page, remove nothing
                            Set<String> claimed = new TreeSet<>(labels);
                            claimed.retainAll(page.labels());
                            writeProperty(page.id(), property, Set.of(), claimed, hash);
                        }
                        return outcome(PublishOutcome.Result.UNCHANGED, page);
                    }
                    LabelChanges changes = LabelChanges.of(labels, page.labels(), recorded);
                    ContentPage updated = updatePage(page);
                    Optional<ContentProperty> current = property;
                    Set<String> before = recorded.orElse(Set.of());
                    if (recorded.isPresent() && !changes.add().isEmpty()) {
                        // claim before adding, keeping the old hash: should a later step fail, the retry
                        // still redoes everything and knows these labels are ours, not a person's
                        Set<String> claimed = new TreeSet<>(before);
                        claimed.addAll(changes.add());
                        current = Optional.of(writeProperty(updated.id(), current, before, claimed,
                                property.get().value().path("hash").asText()));
                        before = claimed;
                    }
                    client.addLabels(updated.id(), changes.add());
                    for (String stale : changes.remove()) {
                        client.removeLabel(updated.id(), stale);
                    }
                    writeProperty(updated.id(), current, before, changes.ours(), hash);
                    return outcome(PublishOutcome.Result.PUBLISHED, updated);
                } catch (ConfluenceException.NotFound gone) {
                    // the page or a cached parent was deleted meanwhile: forget them and find or create again
                    if (round >= MAX_PATH_ROUNDS) {
                        throw gone;
                    }
                    forgetPath();
                    page = null;
                    property = Optional.empty();
                }
            }
        }

        /** Creates the page below its parent; null if Confluence says the title exists (someone was faster). */
        private ContentPage createPage() {
            String parent = ensurePath();
            try {
                return client.create(target.spaceKey(), rendered.title(), parent, rendered.storageBody());
            } catch (ConfluenceException.DuplicateTitle taken) {
                return null;
            }
        }

        private ContentPage updatePage(ContentPage page) {
            ContentPage current = page;
            for (int attempt = 0; ; attempt++) {
                try {
                    return client.update(current, rendered.title(), rendered.storageBody(), versionMessage(), null);
                } catch (ConfluenceException.Conflict conflict) {
                    if (attempt >= MAX_CONFLICT_RETRIES) {
                        throw conflict;
                    }
                    current = client.findById(current.id()).orElseThrow(
                            () -> new ConfluenceException.NotFound("the page was deleted while publishing"));
                } catch (ConfluenceException.DuplicateTitle taken) {
                    throw new ConfluenceException("cannot rename page " + page.id() + " to '" + rendered.title()
                            + "': another page in space " + target.spaceKey() + " has this title; rename or"
                            + " delete that page", 400);
                }
            }
        }

        /**
         * Writes the hash, the issue key and the labels we own, and returns the property as written. On a
         * version conflict (someone wrote the property meanwhile) the property is read again and the write
         * retried; labels the other writer added to the record (recorded there, not in {@code before}) stay
         * recorded, so nothing it set is orphaned, while labels this run removed are not claimed again.
         *
         * @param before what the property recorded when this run read it
         */
        private ContentProperty writeProperty(String pageId, Optional<ContentProperty> current, Set<String> before,
                                              Set<String> ours, String hashValue) {
            Set<String> owned = new TreeSet<>(ours);
            Optional<ContentProperty> known = current;
            if (known.isPresent() && !known.get().hasVersion()) {
                known = client.getProperty(pageId, HASH_PROPERTY);  // expanded without its version
            }
            for (int attempt = 0; ; attempt++) {
                ObjectNode value = JsonNodeFactory.instance.objectNode();
                value.put("hash", hashValue);
                if (document.getIssueKey() != null) {
                    value.put("issueKey", document.getIssueKey());
                }
                owned.forEach(value.putArray(LABELS_FIELD)::add);
                try {
                    return known.isPresent() ? client.updateProperty(pageId, known.get(), value)
                            : client.createProperty(pageId, HASH_PROPERTY, value);
                } catch (ConfluenceException.Conflict conflict) {
                    if (attempt >= MAX_CONFLICT_RETRIES) {
                        throw conflict;
                    }
                    known = client.getProperty(pageId, HASH_PROPERTY);
                    recordedLabels(known).ifPresent(theirs -> theirs.stream().filter(l -> !before.contains(l))
                            .forEach(owned::add));
                }
            }
        }

        /**
         * Whether the property records this very post-mortem (its issue key). Only then is a page adopted by the id
         * a document names; a document without an issue key has no recorded identity and is found by title.
         */
        private boolean ownedBySame(Optional<ContentProperty> property) {
            String owner = property.map(p -> p.value().path("issueKey").asText("")).orElse("");
            return !owner.isEmpty() && owner.equals(document.getIssueKey());
        }

        private boolean ownedByAnother(Optional<ContentProperty> property) {
            String owner = property.map(p -> p.value().path("issueKey").asText("")).orElse("");
            return !owner.isEmpty() && document.getIssueKey() != null && !owner.equals(document.getIssueKey());
        }

        private void refuseIfOwnedByAnother(Optional<ContentProperty> property) {
            if (ownedByAnother(property)) {
                throw new ConfluenceException("a page titled '" + rendered.title() + "' already exists in space "
                        + target.spaceKey() + " for another post-mortem ("
                        + property.get().value().path("issueKey").asText().replaceAll("[^A-Za-z0-9_-]", "?")
                        + "); give this post-mortem a different title", 400);
            }
        }

        /** Finds or creates root and grouping pages (cached per publisher) and returns the parent's id. */
        private String ensurePath() {
            List<String> titles = PageTreeLayout.ancestorTitles(document, target, clock.instant());
            String parent = null;
            for (int i = 0; i < titles.size(); i++) {
                String title = titles.get(i);
                String key = cacheKey(title);
                String id = ancestors.get(key);
                if (id == null) {
                    ReentrantLock lock = stripe(ANCESTOR_LOCKS, transport.baseUrl() + key);
                    lock.lock();
                    try {
                        id = ancestors.get(key);
                        if (id == null) {
                            id = findOrCreate(title, parent, i == 0 ? PageTreeLayout.rootBody(target)
                                    : PageTreeLayout.groupBody());
                            ancestors.put(key, id);
                        }
                    } finally {
                        lock.unlock();
                    }
                }
                parent = id;
            }
            return parent;
        }

        private String findOrCreate(String title, String parent, String body) {
            Optional<ContentPage> found = client.findByTitle(target.spaceKey(), title);
            if (found.isPresent()) {
                return found.get().id();
            }
            try {
                return client.create(target.spaceKey(), title, parent, body).id();
            } catch (ConfluenceException.DuplicateTitle taken) {
                return client.findByTitle(target.spaceKey(), title)
                        .orElseThrow(() -> new ConfluenceException.Conflict("the page '" + title
                                + "' was created and removed meanwhile")).id();
            }
        }

        private void forgetPath() {
            for (String title : PageTreeLayout.ancestorTitles(document, target, clock.instant())) {
                ancestors.remove(cacheKey(title));
            }
        }

        private String cacheKey(String title) {
            return target.spaceKey() + "\u0000" + title;
        }

        private String versionMessage() {
            return document.getIssueKey() == null ? "Updated by Post-Mortems for Jira"
                    : "Updated from " + document.getIssueKey() + " by Post-Mortems for Jira";
        }

        private PublishOutcome outcome(PublishOutcome.Result result, ContentPage page) {
            PublishedPage published = new PublishedPage();
            published.setPageId(page.id());
            published.setSpaceKey(page.spaceKey() != null ? page.spaceKey() : target.spaceKey());
            published.setUrl(page.webUrl());
            published.setVersion(page.version());
            published.setContentHash(hash);
            PublishedPage known = document.getPage();
            boolean same = result == PublishOutcome.Result.UNCHANGED && known != null
                    && page.id().equals(known.getPageId()) && known.getPublishedAt() != null;
            published.setPublishedAt(same ? known.getPublishedAt()
                    : OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            return new PublishOutcome(result, published, note, null, client.restCalls());
        }
    }

    /** The labels the property records as ours; empty if it records none (no property, or written before labels were). */
    static Optional<Set<String>> recordedLabels(Optional<ContentProperty> property) {
        if (property.isEmpty() || !property.get().value().path(LABELS_FIELD).isArray()) {
            return Optional.empty();
        }
        Set<String> recorded = new TreeSet<>();
        for (JsonNode label : property.get().value().path(LABELS_FIELD)) {
            if (label.isTextual() && !label.asText().isEmpty()) {
                recorded.add(label.asText());
            }
        }
        return Optional.of(recorded);
    }

    /**
     * What one publish does to the labels of an existing page.
     *
     * @param add    yielded labels the page lacks
     * @param remove labels recorded as ours, still on the page, that the document no longer yields
     * @param ours   what to record afterwards
     */
    record LabelChanges(Set<String> add, Set<String> remove, Set<String> ours) {
        /**
         * @param wanted   labels the document yields
         * @param onPage   labels on the page now
         * @param recorded labels recorded as ours; empty on the first publish after upgrading
         */
        static LabelChanges of(Set<String> wanted, Set<String> onPage, Optional<Set<String>> recorded) {
            Set<String> add = new LinkedHashSet<>(wanted);
            add.removeAll(onPage);
            Set<String> remove = new TreeSet<>();
            Set<String> ours = new TreeSet<>(add);
            if (recorded.isPresent()) {
                for (String label : recorded.get()) {
                    if (!wanted.contains(label)) {
                        if (onPage.contains(label)) {
                            remove.add(label);
                        }
                    } else {
                        ours.add(label);
                    }
                }
            } else {
                ours.addAll(wanted);  // first publish after upgrading: the yielded labels on the page are ours
            }
            return new LabelChanges(add, remove, ours);
        }
    }

    /** Labels as Confluence accepts them (lower case, no spaces or reserved characters), plus the report label. */
    static Set<String> labels(List<String> rendered) {
        Set<String> labels = new LinkedHashSet<>();
        labels.add(PageTreeLayout.REPORT_LABEL);
        for (String label : rendered) {
            if (label == null) {
                continue;
            }
            String clean = Labels.normalise(label);
            if (!clean.isEmpty()) {
                labels.add(clean);
            }
        }
        return labels;
    }

    private static ReentrantLock[] stripes(int n) {
        ReentrantLock[] locks = new ReentrantLock[n];
        for (int i = 0; i < n; i++) {
            locks[i] = new ReentrantLock();
        }
        return locks;
    }

    private static ReentrantLock stripe(ReentrantLock[] locks, String key) {
        return locks[Math.floorMod(key.hashCode(), locks.length)];
    }

}
