package io.postmortems.publishing.publisher;

import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.ExternalSummaryRules;
import io.postmortems.publishing.PublishOutcome;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.Publisher;
import io.postmortems.publishing.TreeLayout;
import io.postmortems.publishing.confluence.ConfluenceTransport;
import io.postmortems.publishing.render.ExternalSummaryPage;

import java.util.Objects;

/**
 * Publishes a post-mortem's external summary as its own page in the external space: only when the document has one
 * and its review ({@link ExternalSummaryRules#review}) finds no error, and only its {@link ExternalSummaryPage#projection
 * projection} is handed to the publisher, so the page's identity, labels and history carry nothing internal. The
 * page is a living page like the post-mortem's own ({@link ConfluencePublisher}): the external page recorded in the
 * document is updated on every publish, an unchanged one is not written, none is created twice.
 */
public final class ExternalSummaryPublisher {
    /** What a publish did. */
    public enum Decision {
        /** The document has no external summary: nothing was published. */
        NO_SUMMARY,
        /** The external summary's review found errors: nothing was published. */
        REVIEW_ERRORS,
        /** The publisher was called; see the outcome. */
        PUBLISHED
    }

    /** The decision and, when published, the publisher's outcome (its page is the external page). */
    public record Result(Decision decision, PublishOutcome outcome) {
    }

    private final Publisher pages;

    /** @param pages a publisher whose renderer is {@link ExternalSummaryPage} */
    public ExternalSummaryPublisher(Publisher pages) {
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /** The living-page publisher over a transport with the external page's renderer. */
    public static ExternalSummaryPublisher over(ConfluenceTransport transport) {
        return new ExternalSummaryPublisher(new ConfluencePublisher(transport, new ExternalSummaryPage()));
    }

    /**
     * Where external pages go: the external space and root title, grouped by year (never by service: a group page
     * would be titled with an internal service name), in the zone and language of the post-mortem's own target,
     * without links back to Jira.
     */
    public static PublishTarget target(String spaceKey, String rootTitle, PublishTarget internal) {
        return new PublishTarget(spaceKey, rootTitle, TreeLayout.YEAR, null, null, internal.displayZone(),
                internal.pageLocale());
    }

    public Result publish(PostMortem document, PublishTarget target) {
        ExternalSummaryRules.Withheld withheld = ExternalSummaryRules.withheld(document);
        if (withheld != null) {
            return new Result(withheld == ExternalSummaryRules.Withheld.NO_SUMMARY ? Decision.NO_SUMMARY
                    : Decision.REVIEW_ERRORS, null);
        }
        PostMortem projection = ExternalSummaryPage.projection(document, document.getExternalPage());
        return new Result(Decision.PUBLISHED, pages.publish(projection, target));
    }
}
