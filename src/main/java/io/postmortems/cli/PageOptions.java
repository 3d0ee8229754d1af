package io.postmortems.cli;

import io.postmortems.core.metrics.TimeDisplay;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.ReviewSettings;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.TreeLayout;
import io.postmortems.publishing.render.PageText;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The options every page-producing command (render, preview, publish) declares, and how they become a
 * {@link PublishTarget}. Warns once per run about a language without page translation.
 */
final class PageOptions {
    static final OptionSpec ZONE = OptionSpec.optional("zone", "ZONE",
            "time zone of the page's times (e.g. Europe/Berlin); default: the document's, else UTC");
    static final OptionSpec JIRA = OptionSpec.optional("jira", "URL",
            "the Jira base URL the page's issue links point to");
    static final OptionSpec LOCALE = OptionSpec.withDefault("locale", "TAG",
            "language of the page's headings and labels (BCP 47: en, de); with --settings, the file's page language",
            "en");

    private final PrintStream err;
    private final Set<Locale> warnedLocales = new HashSet<>();

    PageOptions(PrintStream err) {
        this.err = err;
    }

    /** The target for {@code doc}; root, layout and server id are publish's own options, given by the caller. */
    PublishTarget target(Arguments args, ReviewSettings settings, PostMortem doc, String space, String root, TreeLayout layout,
                         String jiraServerId) throws UsageException {
        ZoneId zone;
        Optional<String> zoneId = args.option(ZONE);
        if (zoneId.isPresent()) {
            try {
                zone = ZoneId.of(zoneId.get());
            } catch (DateTimeException e) {
                throw new UsageException("--zone '" + zoneId.get() + "' is not a time zone id"
                        + " (e.g. Europe/Berlin, UTC)");
            }
        } else {
            zone = TimeDisplay.zoneOrDefault(doc.getTimeZone(), ZoneOffset.UTC);
        }
        String jira = args.option(JIRA).orElse(null);
        if (jira != null) {
            checkUrl(jira);
        }
        return new PublishTarget(space, root, layout, jira, jiraServerId, zone, locale(args, settings));
    }

    /** {@code --locale TAG} of a command without {@code --settings} (report): English when not given. */
    Locale locale(Arguments args) throws UsageException {
        return locale(args, ReviewSettings.defaults());
    }

    /**
     * {@code --locale TAG}: the language of the pages' fixed words; when not given, the settings' page language
     * (English without {@code --settings}).
     */
    Locale locale(Arguments args, ReviewSettings settings) throws UsageException {
        String tag = args.given(LOCALE) ? args.option(LOCALE).orElseThrow() : settings.pageLanguage();
        if (!PageText.isLanguageTag(tag)) {
            throw new UsageException("--locale '" + tag + "' is not a language tag (e.g. en, de, de-CH)");
        }
        Locale locale = PageText.localeOf(tag);
        if (!PageText.of(locale).isTranslated() && warnedLocales.add(locale)) {
            err.println("postmortems: no page translation for '" + locale.toLanguageTag()
                    + "'; pages are in English");
        }
        return locale;
    }

    static void checkUrl(String url) throws UsageException {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new UsageException("'" + url + "' is not an http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw new UsageException("'" + url + "' is not an http(s) URL");
        }
    }
}
