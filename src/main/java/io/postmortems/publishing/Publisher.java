package io.postmortems.publishing;

import io.postmortems.core.model.PostMortem;

import java.util.List;

/** Publishes post-mortems to a Confluence page tree. One instance serves one run (it caches ancestors). */
public interface Publisher {
    PublishOutcome publish(PostMortem document, PublishTarget target);

    /**
     * Says that these documents are about to be published to this target, so that an implementation may look their
     * pages up together (fewer requests) instead of one by one. Only a hint: it changes no outcome, and a publish
     * without it, or of other documents, works the same.
     */
    default void lookAhead(List<PostMortem> documents, PublishTarget target) {
    }
}
