package io.postmortems.publishing.render;

import io.postmortems.core.model.PostMortem;
import io.postmortems.publishing.PublishTarget;

/** Turns a post-mortem into the Confluence page that shows it. Pure: same input, same page. */
public interface PageRenderer {
    RenderedPage render(PostMortem document, PublishTarget target);
}
