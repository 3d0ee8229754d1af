package io.postmortems.jira.reminders;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.core.reminders.ReminderKey;
import io.postmortems.core.reminders.ReminderKind;
import io.postmortems.core.reminders.ReminderLedger;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

/**
 * {@link ReminderLedger} in Active Objects ({@link ReminderSentEntity}). A claim is an insert under a unique key, so
 * it is atomic on every database and across cluster nodes, and it survives restarts.
 */
@Named
public class AoReminderLedger implements ReminderLedger {
    /** Digest rows are only needed for their day; older ones are removed. Escalation rows are kept. */
    static final Duration DIGEST_RETENTION = Duration.ofDays(31);
    private static final int MAX_TEXT = 255;

    private final ActiveObjects ao;
    private final Clock clock;

    @Inject
    public AoReminderLedger(@ComponentImport ActiveObjects ao) {
        this(ao, Clock.systemUTC());
    }

    public AoReminderLedger(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public boolean claim(ReminderKey key) {
        String claimKey = claimKey(key);
        if (exists(claimKey)) {
            return false;
        }
        try {
            ao.create(ReminderSentEntity.class,
                    new DBParam("CLAIM_KEY", claimKey),
                    new DBParam("KIND", key.kind().name()),
                    new DBParam("RECIPIENT", cap(key.recipient())),
                    new DBParam("COUNTERMEASURE_ISSUE_KEY", cap(key.countermeasureIssueKey())),
                    new DBParam("PERIOD_KEY", key.periodKey()),
                    new DBParam("SENT_AT", clock.millis()));
            return true;
        } catch (RuntimeException e) {
            // Another node (or run) inserted the same key first: the unique key refused ours.
            if (exists(claimKey)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void release(ReminderKey key) {
        ReminderSentEntity[] rows = ao.find(ReminderSentEntity.class,
                Query.select().where("CLAIM_KEY = ?", claimKey(key)));
        if (rows.length > 0) {
            ao.delete(rows);
        }
    }

    /** Removes digest claims older than {@link #DIGEST_RETENTION}; returns how many. */
    public int pruneDigests() {
        long before = clock.millis() - DIGEST_RETENTION.toMillis();
        ReminderSentEntity[] old = ao.find(ReminderSentEntity.class,
                Query.select().where("KIND = ? AND SENT_AT < ?", ReminderKind.DIGEST.name(), before));
        if (old.length > 0) {
            ao.delete(old);
        }
        return old.length;
    }

    private boolean exists(String claimKey) {
        return ao.count(ReminderSentEntity.class, Query.select().where("CLAIM_KEY = ?", claimKey)) > 0;
    }

    static String claimKey(ReminderKey key) {
        String joined = key.kind().name() + '\n' + key.recipient() + '\n' + key.countermeasureIssueKey() + '\n'
                + key.periodKey();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String cap(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
