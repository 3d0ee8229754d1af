package io.postmortems.jira.panel;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.core.metrics.IncidentMetrics;
import io.postmortems.core.model.IncidentTimes;
import io.postmortems.panel.PanelText;
import io.postmortems.panel.TimeBarView;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/**
 * The panel's incident time bar for key times the signed-in user is editing, in their zone and language, as the panel
 * draws it on load ({@link TimeBarView}), with the durations of those times by the one rule ({@link IncidentMetrics}):
 * the editor redraws the bar and the durations line from it while the author changes the times.
 */
@Named
public class PanelTimeBar {
    private final JiraAuthenticationContext authenticationContext;
    private final TimeZoneManager timeZoneManager;

    @Inject
    public PanelTimeBar(@ComponentImport JiraAuthenticationContext authenticationContext,
                        @ComponentImport TimeZoneManager timeZoneManager) {
        this.authenticationContext = authenticationContext;
        this.timeZoneManager = timeZoneManager;
    }

    /** The bar of edited times (empty without a start before the resolution) and their durations. */
    public record Drawing(Optional<TimeBarView> bar, IncidentMetrics durations) {
    }

    /** The bar and durations of {@code times}, as the panel shows them for saved times. */
    public Drawing of(IncidentTimes times) {
        return new Drawing(bar(times), IncidentMetrics.of(times));
    }

    private Optional<TimeBarView> bar(IncidentTimes times) {
        I18nHelper i18n = authenticationContext.getI18nHelper();
        PanelText text = (key, args) -> args.isEmpty() ? i18n.getText(key) : i18n.getText(key, args.toArray());
        return TimeBarView.of(times, PostMortemPanelContextProvider.zone(timeZoneManager.getLoggedInUserTimeZone()),
                text);
    }
}
