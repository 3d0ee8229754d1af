package io.postmortems.jira.platform;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Runs work under a named, cluster-wide beehive lock. Lock names are prefixed with the app's package. */
@Named
public class ClusterLocks {
    static final String PREFIX = "io.postmortems.";

    private final ClusterLockService locks;

    @Inject
    public ClusterLocks(@ComponentImport ClusterLockService locks) {
        this.locks = locks;
    }

    /** Waits for the lock (up to {@code timeoutSeconds}) and runs the work; empty when the lock was not had. */
    public <T> Optional<T> withLock(String name, long timeoutSeconds, Supplier<T> work) throws InterruptedException {
        ClusterLock lock = locks.getLockForName(PREFIX + name);
        if (!lock.tryLock(timeoutSeconds, TimeUnit.SECONDS)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(work.get());
        } finally {
            lock.unlock();
        }
    }

    /** Runs the work only if the lock is free right now; false when another thread or node holds it. */
    public boolean ifFree(String name, Runnable work) {
        ClusterLock lock = locks.getLockForName(PREFIX + name);
        if (!lock.tryLock()) {
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            lock.unlock();
        }
    }
}
