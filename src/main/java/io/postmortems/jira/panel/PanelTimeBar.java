package io.postmortems.jira.panel;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.core.model.IncidentTimes;
import io.postmortems.panel.PanelText;
import io.postmortems.panel.TimeBarView;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/**
 * The panel's incident time bar for key times the signed-in user is editing, in their zone and language, as the panel
 * draws it on load ({@link TimeBarView}): the editor redraws the bar from it while the author changes the times.
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

    /** The bar of {@code times}; empty without a start before the resolution. */
    public Optional<TimeBarView> of(IncidentTimes times) {
        I18nHelper i18n = authenticationContext.getI18nHelper();
        PanelText text = (key, args) -> args.isEmpty() ? i18n.getText(key) : i18n.getText(key, args.toArray());
        return TimeBarView.of(times, PostMortemPanelContextProvider.zone(timeZoneManager.getLoggedInUserTimeZone()),
                text);
    }
}
