package io.postmortems.publishing.publisher;

import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.confluence.ConfluenceClient;
import io.postmortems.publishing.confluence.ConfluenceException;
import io.postmortems.publishing.confluence.ContentPage;
import io.postmortems.publishing.confluence.TitleSearch;
import io.postmortems.publishing.tree.PageTreeLayout;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The root and grouping pages above a post-mortem's page ({@link PageTreeLayout#ancestorTitles}): each is found by
 * title or created once, and its id remembered for the life of this object (one publishing run); a batched title
 * search ({@link #learn}) spares the look-ups. Safe for
 * concurrent use: one ancestor is looked up or created by one thread at a time, across instances too.
 */
final class AncestorPath {
    /** Taken only inside a publisher's document lock, never the other way round. */
    private static final LockStripes LOCKS = new LockStripes(64);

    /** space key + NUL + title → page id. */
    private final ConcurrentMap<String, String> ids = new ConcurrentHashMap<>();
    /** space key + NUL + title of ancestors a title search found missing: created without another look-up. */
    private final Set<String> absent = ConcurrentHashMap.newKeySet();

    /** The titles among {@code titles} whose id is not known yet, in order. */
    List<String> unknown(PublishTarget target, List<String> titles) {
        return titles.stream().filter(t -> !ids.containsKey(key(target, t))).toList();
    }

    /** Takes what a title search learned about ancestor titles: ids found, and titles no page has. */
    void learn(PublishTarget target, List<String> titles, TitleSearch search) {
        for (String title : titles) {
            ContentPage found = search.pages().get(title);
            if (found != null) {
                ids.putIfAbsent(key(target, title), found.id());
            } else if (search.absent().contains(title)) {
                absent.add(key(target, title));
            }
        }
    }

    /**
     * Finds or creates each ancestor below the one before and returns the last one's id: the parent of the page.
     *
     * @param titles root first, as {@link PageTreeLayout#ancestorTitles} gives them
     */
    String ensure(ConfluenceClient client, PublishTarget target, List<String> titles) {
        String parent = null;
        for (int i = 0; i < titles.size(); i++) {
            String title = titles.get(i);
            String key = key(target, title);
            String id = ids.get(key);
            if (id == null) {
                ReentrantLock lock = LOCKS.of(client.baseUrl() + key);
                lock.lock();
                try {
                    id = ids.get(key);
                    if (id == null) {
                        id = findOrCreate(client, target, title, parent,
                                i == 0 ? PageTreeLayout.rootBody(target) : PageTreeLayout.groupBody(),
                                absent.remove(key));
                        ids.put(key, id);
                    }
                } finally {
                    lock.unlock();
                }
            }
            parent = id;
        }
        return parent;
    }

    /** Forgets these ancestors (Confluence said one is gone), so the next {@link #ensure} looks them up again. */
    void forget(PublishTarget target, List<String> titles) {
        for (String title : titles) {
            ids.remove(key(target, title));
            absent.remove(key(target, title));
        }
    }

    /** @param knownAbsent a title search found no such page just now, so it is created without looking again */
    private static String findOrCreate(ConfluenceClient client, PublishTarget target, String title, String parent,
                                       String body, boolean knownAbsent) {
        if (!knownAbsent) {
            Optional<ContentPage> found = client.findByTitle(target.spaceKey(), title);
            if (found.isPresent()) {
                return found.get().id();
            }
        }
        try {
            return client.create(target.spaceKey(), title, parent, body).id();
        } catch (ConfluenceException.DuplicateTitle taken) {
            return client.findByTitle(target.spaceKey(), title)
                    .orElseThrow(() -> new ConfluenceException.Conflict("the page '" + title
                            + "' was created and removed meanwhile")).id();
        }
    }

    private static String key(PublishTarget target, String title) {
        return target.spaceKey() + "\u0000" + title;
    }
}
