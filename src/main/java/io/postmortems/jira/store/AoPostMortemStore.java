package io.postmortems.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.core.io.DocumentLimits;
import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.io.ReadResult;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.ReviewConfig;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link PostMortemStore} on Active Objects. Each save inserts the next revision row; the unique revision key makes
 * the optimistic check atomic on every database and across cluster nodes (a second writer's insert fails and is
 * reported as {@link ConcurrentEditException}). After a save, older revisions are removed and the JQL mirror
 * property is rewritten, and so is the {@value CountermeasureTicketMirror#PROPERTY_KEY} property of every
 * countermeasure ticket whose context changed (a new ticket key, an edited countermeasure, a new severity or services).
 */
@Named
public class AoPostMortemStore implements PostMortemStore {
    private static final Logger LOG = LoggerFactory.getLogger(AoPostMortemStore.class);

    private final ActiveObjects ao;
    private final IssuePropertyWriter properties;
    private final PostMortemCodec codec;
    private final PostMortemMirror mirror = new PostMortemMirror();
    private final Clock clock;
    private final MirrorFailures mirrorFailures;
    private final CountermeasureTicketMirror ticketMirror = new CountermeasureTicketMirror();
    private TicketPropertyWriter tickets = TicketPropertyWriter.none();
    private ReviewConfigSource reviewConfig = ReviewConfigSource.defaults();

    @Inject
    public AoPostMortemStore(@ComponentImport ActiveObjects ao, IssuePropertyWriter properties,
                             MirrorFailures mirrorFailures, TicketPropertyWriter tickets,
                             ReviewConfigSource reviewConfig) {
        this(ao, properties, new PostMortemCodec(), Clock.systemUTC(), mirrorFailures);
        withTickets(tickets, reviewConfig);
    }

    public AoPostMortemStore(ActiveObjects ao, IssuePropertyWriter properties, MirrorFailures mirrorFailures) {
        this(ao, properties, new PostMortemCodec(), Clock.systemUTC(), mirrorFailures);
    }

    /** Also mirrors countermeasure context onto their tickets, with these due-date targets; returns this store. */
    public AoPostMortemStore withTickets(TicketPropertyWriter ticketWriter, ReviewConfigSource config) {
        this.tickets = Objects.requireNonNull(ticketWriter);
        this.reviewConfig = Objects.requireNonNull(config);
        return this;
    }

    /** For tests and wiring with another codec or clock. */
    public AoPostMortemStore(ActiveObjects ao, IssuePropertyWriter properties, PostMortemCodec codec, Clock clock) {
        this(ao, properties, codec, clock, new MirrorFailures(clock));
    }

    public AoPostMortemStore(ActiveObjects ao, IssuePropertyWriter properties, PostMortemCodec codec, Clock clock,
                             MirrorFailures mirrorFailures) {
        this.ao = ao;
        this.properties = properties;
        this.codec = codec;
        this.clock = clock;
        this.mirrorFailures = mirrorFailures;
    }

    @Override
    public Optional<StoredPostMortem> load(long issueId) {
        return latest(issueId).flatMap(this::decode);
    }

    @Override
    public StoredPostMortem save(long issueId, PostMortem document, long expectedRevision)
            throws ConcurrentEditException {
        Optional<PostMortemEntity> previous = latest(issueId);
        long current = previous.map(PostMortemEntity::getRevision).orElse(0L);
        if (current != expectedRevision) {
            throw new ConcurrentEditException(issueId, expectedRevision, current);
        }
        long next = expectedRevision + 1;
        String json = codec.writeJson(document);
        if (!DocumentLimits.storable(json)) {
            // The service measures every save first; this guard keeps an unreadable row out even if a caller did not.
            throw new IllegalArgumentException("the post-mortem of issue " + issueId + " is " + json.length()
                    + " characters as stored, more than " + DocumentLimits.MAX_STORED_CHARS);
        }
        try {
            ao.create(PostMortemEntity.class,
                    new DBParam("ISSUE_ID", issueId),
                    new DBParam("REVISION", next),
                    new DBParam("REVISION_KEY", revisionKey(issueId, next)),
                    new DBParam("SCHEMA_VERSION", document.getSchemaVersion()),
                    new DBParam("JSON", json),
                    new DBParam("SAVED_AT", clock.millis()));
        } catch (RuntimeException e) {
            // Another writer inserted this revision first: the unique key refused ours.
            Optional<PostMortemEntity> winner = latest(issueId);
            if (winner.isPresent() && winner.get().getRevision() >= next) {
                throw new ConcurrentEditException(issueId, expectedRevision, winner.get().getRevision());
            }
            throw e;
        }
        deleteOlderThan(issueId, next);
        writeMirror(issueId, document, previous.map(PostMortemEntity::getJson).orElse(null));
        return new StoredPostMortem(issueId, document, next);
    }

    /**
     * Rewrites the JQL mirror property of the stored documents of these issues, one at a time; one that cannot be
     * read or written does not stop the others. Used by the backfill upgrade task (every issue) and by the
     * administrators' repair (the issues whose mirror failed on this node). An issue without a document any more
     * needs no mirror, so its failure record is dropped.
     */
    public MirrorRefresh refreshMirrors(long[] issueIds) {
        int written = 0;
        int failed = 0;
        int withoutDocument = 0;
        for (long issueId : issueIds) {
            Optional<StoredPostMortem> stored;
            try {
                stored = load(issueId);
            } catch (IllegalStateException e) {
                LOG.warn("Post-mortem of issue {} not indexed for JQL: {}", issueId, e.getMessage());
                mirrorFailures.failed(issueId, e.getMessage());
                failed++;
                continue;
            }
            if (stored.isEmpty()) {
                mirrorFailures.forget(issueId);
                withoutDocument++;
            } else if (writeMirror(issueId, stored.get().document(), null)) {
                written++;
            } else {
                failed++;
            }
        }
        return new MirrorRefresh(written, failed, withoutDocument);
    }

    /** Rewrites the mirrors that failed on this node ({@link MirrorFailures}). */
    public MirrorRefresh repairFailedMirrors() {
        return refreshMirrors(mirrorFailures.list().stream().mapToLong(MirrorFailures.Failure::issueId).toArray());
    }

    /**
     * What {@link #refreshMirrors} did: mirrors written, mirrors Jira refused (or whose document cannot be read), and
     * issues that have no post-mortem.
     */
    public record MirrorRefresh(int written, int failed, int withoutDocument) {
    }

    /** Ids of every issue that has a stored post-mortem. */
    public long[] issueIds() {
        PostMortemEntity[] rows = ao.find(PostMortemEntity.class, Query.select("ID, ISSUE_ID").distinct());
        return java.util.Arrays.stream(rows).mapToLong(PostMortemEntity::getIssueId).distinct().sorted().toArray();
    }

    /**
     * Writes the mirror, then the ticket properties that differ from those of {@code previousJson} (all of them when
     * null). Deliberately never fails the save: the document (the source of truth) is already stored, and only JQL
     * search lags until the next save or the repair; the failure is logged and recorded.
     */
    private boolean writeMirror(long issueId, PostMortem document, String previousJson) {
        ReviewConfig config;
        List<String> problems = new ArrayList<>();
        try {
            config = reviewConfig.current();
        } catch (RuntimeException e) {
            config = ReviewConfig.defaults();
        }
        try {
            properties.write(issueId, PostMortemMirror.PROPERTY_KEY, mirror.toJson(document, config));
        } catch (RuntimeException e) {
            problems.add(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        problems.addAll(writeTicketMirrors(document, previousJson, config));
        if (problems.isEmpty()) {
            mirrorFailures.succeeded(issueId);
            return true;
        }
        LOG.warn("Post-mortem of issue {} saved, but its search properties were not all updated: {}", issueId,
                problems);
        mirrorFailures.failed(issueId, String.join("; ", problems));
        return false;
    }

    /** Writes the changed countermeasure ticket properties; returns what Jira refused, each naming the ticket. */
    private List<String> writeTicketMirrors(PostMortem document, String previousJson, ReviewConfig config) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> now = ticketMirror.toJson(document, config, today);
        if (now.isEmpty()) {
            return List.of();
        }
        Map<String, String> before = Map.of();
        if (previousJson != null) {
            ReadResult read = codec.readStored(previousJson);
            if (read.isOk()) {
                before = ticketMirror.toJson(read.get(), config, today);
            }
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> ticket : now.entrySet()) {
            if (ticket.getValue().equals(before.get(ticket.getKey()))) {
                continue;
            }
            try {
                tickets.write(ticket.getKey(), CountermeasureTicketMirror.PROPERTY_KEY, ticket.getValue());
            } catch (RuntimeException e) {
                problems.add(ticket.getKey() + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage()));
            }
        }
        return problems;
    }

    private Optional<PostMortemEntity> latest(long issueId) {
        PostMortemEntity[] rows = ao.find(PostMortemEntity.class,
                Query.select().where("ISSUE_ID = ?", issueId).order("REVISION DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private void deleteOlderThan(long issueId, long revision) {
        PostMortemEntity[] older = ao.find(PostMortemEntity.class,
                Query.select().where("ISSUE_ID = ? AND REVISION < ?", issueId, revision));
        if (older.length > 0) {
            ao.delete(older);
        }
    }

    private Optional<StoredPostMortem> decode(PostMortemEntity row) {
        ReadResult read = codec.readStored(row.getJson());
        if (!read.isOk()) {
            LOG.error("Stored post-mortem of issue {} (revision {}) cannot be read: {}", row.getIssueId(),
                    row.getRevision(), read.problems());
            throw new IllegalStateException("the stored post-mortem of issue " + row.getIssueId()
                    + " cannot be read: " + read.problems().get(0));
        }
        return Optional.of(new StoredPostMortem(row.getIssueId(), read.get(), row.getRevision()));
    }

    static String revisionKey(long issueId, long revision) {
        return issueId + ":" + revision;
    }
}
