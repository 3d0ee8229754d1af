package io.postmortems.publishing;

import io.postmortems.core.model.PostMortem;

/** Publishes post-mortems to a Confluence page tree. One instance serves one run (it caches ancestors). */
public interface Publisher {
    PublishOutcome publish(PostMortem document, PublishTarget target);
}
