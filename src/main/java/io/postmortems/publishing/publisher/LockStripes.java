package io.postmortems.publishing.publisher;

import java.util.concurrent.locks.ReentrantLock;

/** A fixed set of locks shared by keys through their hash: bounded memory for unboundedly many keys. */
final class LockStripes {
    private final ReentrantLock[] locks;

    LockStripes(int count) {
        locks = new ReentrantLock[count];
        for (int i = 0; i < count; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** The lock for this key; equal keys always get the same lock, different keys may share one. */
    ReentrantLock of(String key) {
        return locks[Math.floorMod(key.hashCode(), locks.length)];
    }
}
