package io.postmortems.jira.publish;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs the publish worker every {@value #PERIOD_SECONDS} seconds on each node, from plugin start to stop. Every node
 * polls the shared outbox; per-issue cluster locks make sure an issue is published by one node at a time, and
 * pending rows written before a restart are picked up on the next pass.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class PublishScheduler implements LifecycleAware {
    static final long PERIOD_SECONDS = 30;
    private static final Logger LOG = LoggerFactory.getLogger(PublishScheduler.class);

    static final long INITIAL_DELAY_SECONDS = 10;

    private final PublishWorker worker;
    private final Supplier<ScheduledExecutorService> executors;
    private ScheduledExecutorService executor;

    @Inject
    public PublishScheduler(PublishWorker worker) {
        this(worker, () -> Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "postmortems-publisher");
            t.setDaemon(true);
            return t;
        }));
    }

    /** With the executor each start uses (tests pass one they drive themselves). */
    PublishScheduler(PublishWorker worker, Supplier<ScheduledExecutorService> executors) {
        this.worker = worker;
        this.executors = executors;
    }

    @Override
    public synchronized void onStart() {
        if (executor != null) {
            return;
        }
        executor = executors.get();
        executor.scheduleWithFixedDelay(this::pass, INITIAL_DELAY_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void onStop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    synchronized boolean running() {
        return executor != null;
    }

    void pass() {
        try {
            worker.runDue();
        } catch (Throwable e) { // NOPMD: any throwable escaping a scheduled task silently cancels the schedule
            // A throwing task would silently stop the schedule while running() still says true; log and keep going.
            LOG.error("Publish pass failed", e);
        }
    }
}
