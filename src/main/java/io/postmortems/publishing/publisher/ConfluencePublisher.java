package io.postmortems.publishing.publisher;

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
import io.postmortems.publishing.confluence.TitleSearch;
import io.postmortems.publishing.render.PageRenderer;
import io.postmortems.publishing.render.RenderedPage;
import io.postmortems.publishing.tree.PageTreeLayout;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
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
 * Publishes a post-mortem as a <em>living page</em> in Confluence Data Center: the page lifecycle.
 * <ul>
 *   <li>The page id in {@link PostMortem#getPage()} is the page's identity, used only if the page's hash property
 *       names this post-mortem: re-publishing updates that page wherever it was moved and whatever it was renamed
 *       to. A page deleted in Confluence is recreated.</li>
 *   <li>Without a known page, a page with the same title is adopted unless its property names another
 *       post-mortem; otherwise the page is created below its {@link AncestorPath ancestors}.</li>
 *   <li>The content hash lives in the content property {@value #HASH_PROPERTY}; when it and the title match,
 *       nothing is written ({@link PublishOutcome.Result#UNCHANGED}).</li>
 *   <li>Labels follow the document; only labels the app set are removed ({@link LabelLedger}). The new hash is
 *       written last, so a publish that fails half-way is redone in full by the next one.</li>
 *   <li>The input document is never changed: the outcome carries the new {@link PublishedPage}.</li>
 * </ul>
 * Faults: no answer, 5xx and 429 are retried per call ({@link RetryPolicy}), then end as {@code RETRY_PENDING};
 * 409 re-reads and retries; a deleted parent or page is found or created again; 401/403, other 4xx and a missing
 * space end as {@code FAILED} with a reason.
 *
 * <p>One instance serves one run (the ancestor cache is per instance). Safe for concurrent use: publishes of one
 * post-mortem are serialised per key; across processes, Confluence's duplicate-title answer is caught and the page
 * re-found.
 */
public final class ConfluencePublisher implements Publisher {
    /** Content property holding the content hash and the owning issue. */
    public static final String HASH_PROPERTY = "postmortems-content-hash";
    /** Extra tries after a 409 on a page or property update. */
    static final int MAX_CONFLICT_RETRIES = 3;
    /** How often a page path is rebuilt after Confluence reports a deleted parent or page. */
    static final int MAX_PATH_ROUNDS = 3;

    /** One publish of one post-mortem at a time (see {@link AncestorPath} for the locks taken inside). */
    private static final LockStripes DOCUMENT_LOCKS = new LockStripes(64);

    private final ConfluenceTransport transport;
    private final PageRenderer renderer;
    private final RetryPolicy retry;
    private final Clock clock;
    private final AncestorPath ancestors = new AncestorPath();
    /** space key + NUL + title → what a {@link #lookAhead} search found; each entry is used once. */
    private final ConcurrentMap<String, Lookup> lookedAhead = new ConcurrentHashMap<>();

    /**
     * A page looked up by title.
     *
     * @param page     the page, or null if there is none
     * @param property its hash property, or null if not read yet
     */
    private record Lookup(ContentPage page, Optional<ContentProperty> property) {
    }

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
        ReentrantLock lock = DOCUMENT_LOCKS.of(key);
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

    /**
     * Looks up the pages of documents that name no page of theirs, and the ancestors they need, with one CQL search
     * for up to 200 titles (about 6 KB of them) ({@link ConfluenceClient#findByTitles}); each later {@link #publish} of such a document
     * then starts from this answer instead of its own look-up. Renders each of these documents once more for its
     * title. A failed search is no failure: the publishes look up one by one as without this call.
     */
    @Override
    public void lookAhead(List<PostMortem> documents, PublishTarget target) {
        Objects.requireNonNull(target, "target");
        if (!PublishTarget.isSpaceKey(target.spaceKey())) {
            return;
        }
        Set<String> titles = new LinkedHashSet<>();
        Set<String> ancestorTitles = new LinkedHashSet<>();
        for (PostMortem document : documents) {
            if (namesPageInSpace(document, target)) {
                continue;  // read by its id; its path is needed only if the page is gone
            }
            String title = renderer.render(document, target).title();
            if (title != null && !title.isBlank() && title.length() <= PageTreeLayout.MAX_TITLE) {
                titles.add(title);
            }
            ancestorTitles.addAll(PageTreeLayout.ancestorTitles(document, target, clock.instant()));
        }
        List<String> unknownAncestors = ancestors.unknown(target, List.copyOf(ancestorTitles));
        if (titles.isEmpty() && unknownAncestors.isEmpty()) {
            return;
        }
        ConfluenceClient client = new ConfluenceClient(transport, retry);
        TitleSearch search;
        List<String> all = new ArrayList<>(titles);
        all.addAll(unknownAncestors);
        try {
            search = client.findByTitles(target.spaceKey(), all, HASH_PROPERTY);
        } catch (ConfluenceException e) {
            return;  // an optimisation only: each publish looks its page up itself
        }
        ancestors.learn(target, unknownAncestors, search);
        remember(target, titles, search);
    }

    private void remember(PublishTarget target, Collection<String> titles, TitleSearch search) {
        for (String title : titles) {
            ContentPage page = search.pages().get(title);
            if (page != null) {
                lookedAhead.put(lookAheadKey(target, title), new Lookup(page, search.properties().get(title)));
            } else if (search.absent().contains(title)) {
                lookedAhead.put(lookAheadKey(target, title), new Lookup(null, null));
            }
        }
    }

    private static String lookAheadKey(PublishTarget target, String title) {
        return target.spaceKey() + "\u0000" + title;
    }

    /** Whether the document names a page id in the target's space, which publishing reads first. */
    private static boolean namesPageInSpace(PostMortem document, PublishTarget target) {
        PublishedPage known = document.getPage();
        return known != null && ConfluenceClient.isContentId(known.getPageId())
                && (known.getSpaceKey() == null || known.getSpaceKey().equalsIgnoreCase(target.spaceKey()));
    }

    private static PublishOutcome failed(String reason, int calls) {
        return new PublishOutcome(PublishOutcome.Result.FAILED, null, reason, null, calls);
    }

    /** One publish of one document: the steps, in order, with the state they share. */
    private final class Run {
        private final ConfluenceClient client;
        private final LabelLedger ledger;
        private final PostMortem document;
        private final PublishTarget target;
        private final RenderedPage rendered;
        private final String hash;
        private final Set<String> labels;
        /** Told to the user with a successful outcome, e.g. that a page id in the document was not used. */
        private String note;

        Run(ConfluenceClient client, PostMortem document, PublishTarget target, RenderedPage rendered) {
            this.client = client;
            this.ledger = new LabelLedger(client);
            this.document = document;
            this.target = target;
            this.rendered = rendered;
            this.hash = rendered.contentHash();
            this.labels = LabelLedger.wanted(rendered.labels());
        }

        PublishOutcome publish() {
            ContentPage page = null;
            Optional<ContentProperty> property = Optional.empty();
            PublishedPage known = document.getPage();
            if (namesPageInSpace(document, target)) {
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
                        Lookup byTitle = lookUpByTitle();
                        if (byTitle.page() != null) {
                            page = byTitle.page();
                            property = byTitle.property() != null ? byTitle.property()
                                    : client.getProperty(page.id(), HASH_PROPERTY);
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
                                ledger.labelNewPage(created.id(), labels);
                                writeProperty(created.id(), Optional.empty(), Set.of(), labels, hash);
                                return outcome(PublishOutcome.Result.PUBLISHED, created);
                            }
                        }
                    }
                    Optional<Set<String>> recorded = LabelLedger.recorded(property);
                    if (property.isPresent() && hash.equals(property.get().value().path("hash").asText())
                            && rendered.title().equals(page.title())) {
                        if (recorded.isEmpty()) {
                            // first publish after upgrading: claim the yielded labels on the page, remove nothing
                            writeProperty(page.id(), property, Set.of(),
                                    LabelLedger.claimedOnUpgrade(labels, page.labels()), hash);
                        }
                        return outcome(PublishOutcome.Result.UNCHANGED, page);
                    }
                    LabelLedger.LabelChanges changes = LabelLedger.LabelChanges.of(labels, page.labels(), recorded);
                    ContentPage updated = updatePage(page);
                    Optional<ContentProperty> current = property;
                    Set<String> before = recorded.orElse(Set.of());
                    if (recorded.isPresent() && !changes.add().isEmpty()) {
                        // claim before adding, keeping the old hash: should a later step fail, the retry
                        // still redoes everything and knows these labels are ours, not a person's
                        Set<String> claimed = LabelLedger.claimedBeforeAdding(before, changes.add());
                        current = Optional.of(writeProperty(updated.id(), current, before, claimed,
                                property.get().value().path("hash").asText()));
                        before = claimed;
                    }
                    ledger.apply(updated.id(), changes);
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

        /**
         * The page with the rendered title: from {@link #lookAhead} if it searched this title, else from one title
         * search together with the ancestors not known yet (first publish below a new path), else by title alone.
         */
        private Lookup lookUpByTitle() {
            Lookup ahead = lookedAhead.remove(lookAheadKey(target, rendered.title()));
            if (ahead != null) {
                return ahead;
            }
            List<String> unknownAncestors = ancestors.unknown(target, ancestorTitles());
            if (!unknownAncestors.isEmpty()) {
                List<String> titles = new ArrayList<>(List.of(rendered.title()));
                titles.addAll(unknownAncestors);
                TitleSearch search = client.findByTitles(target.spaceKey(), titles, HASH_PROPERTY);
                ancestors.learn(target, unknownAncestors, search);
                ContentPage found = search.pages().get(rendered.title());
                if (found != null) {
                    return new Lookup(found, search.properties().get(rendered.title()));
                }
                if (search.absent().contains(rendered.title())) {
                    return new Lookup(null, null);
                }
            }
            return new Lookup(client.findByTitle(target.spaceKey(), rendered.title()).orElse(null), null);
        }

        private List<String> ancestorTitles() {
            return PageTreeLayout.ancestorTitles(document, target, clock.instant());
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
                LabelLedger.record(value, owned);
                try {
                    return known.isPresent() ? client.updateProperty(pageId, known.get(), value)
                            : client.createProperty(pageId, HASH_PROPERTY, value);
                } catch (ConfluenceException.Conflict conflict) {
                    if (attempt >= MAX_CONFLICT_RETRIES) {
                        throw conflict;
                    }
                    known = client.getProperty(pageId, HASH_PROPERTY);
                    LabelLedger.keepOtherWritersClaims(owned, before, known);
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

        /** The parent's id: root and grouping pages found or created once per publisher. */
        private String ensurePath() {
            return ancestors.ensure(client, target, ancestorTitles());
        }

        private void forgetPath() {
            ancestors.forget(target, ancestorTitles());
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
            published.setFirstPublishedAt(known == null ? published.getPublishedAt()
                    : known.getFirstPublishedAt() != null ? known.getFirstPublishedAt()
                    : known.getPublishedAt() != null ? known.getPublishedAt() : published.getPublishedAt());
            return new PublishOutcome(result, published, note, null, client.restCalls());
        }
    }
}
