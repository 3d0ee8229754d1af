package io.postmortems.jira.rest;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.jira.admin.SettingsValidation;
import io.postmortems.core.review.ReviewSettingsFile;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.review.ReviewConfigs;
import io.postmortems.jira.service.FieldError;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.publishing.render.PageText;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The app settings, administrators only. The Confluence token is write-only (responses only say whether one is set;
 * a PUT without it keeps it, an empty string removes it). A PUT is merged into the stored settings and checked as a
 * whole ({@link SettingsValidation}): any problem saves nothing and the 400 names every field. GET never checks.
 * {@code GET /settings/review-file} downloads the saved review settings as a review settings file
 * ({@link ReviewSettingsFile}, no secrets, no addresses) for the CLI's {@code --settings}.
 */
@Path("/settings")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class SettingsResource {
    static final String TOKEN = "confluenceToken";
    static final String PAGE_LANGUAGE = "pageLanguage";
    /** The name the browser saves the exported review settings file under. */
    static final String REVIEW_FILE_NAME = "postmortems-review-settings.json";

    private final JiraAuthenticationContext authenticationContext;
    private final PostMortemPermissions permissions;
    private final SettingsStore settings;
    private final SettingsValidation validation;

    @Inject
    public SettingsResource(@ComponentImport JiraAuthenticationContext authenticationContext,
                            PostMortemPermissions permissions, SettingsStore settings,
                            SettingsValidation validation) {
        this.authenticationContext = authenticationContext;
        this.permissions = permissions;
        this.settings = settings;
        this.validation = validation;
    }

    @GET
    @AdminOnly
    public Response get() {
        if (!permissions.isAdministrator(authenticationContext.getLoggedInUser())) {
            return forbidden();
        }
        return Json.ok(visible(settings.load()));
    }

    @GET
    @Path("/review-file")
    @AdminOnly
    public Response reviewFile() {
        if (!permissions.isAdministrator(authenticationContext.getLoggedInUser())) {
            return forbidden();
        }
        return Response.ok(ReviewSettingsFile.write(ReviewConfigs.reviewSettings(settings.load())),
                        MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + REVIEW_FILE_NAME + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public Response put(String body) {
        if (!permissions.isAdministrator(authenticationContext.getLoggedInUser())) {
            return forbidden();
        }
        try {
            JsonNode incoming = Json.tree(body);
            if (!incoming.isObject()) {
                throw new Json.BadRequest("", "postmortems.error.settings.object");
            }
            AppSettings current = settings.load();
            ObjectNode merged = Json.MAPPER.valueToTree(current);
            incoming.fields().forEachRemaining(e -> {
                if (!e.getKey().equals(TOKEN) && !e.getKey().equals("confluenceTokenSet")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            JsonNode token = incoming.get(TOKEN);
            if (token != null && !token.isNull()) {
                if (token.asText().isEmpty()) {
                    merged.putNull(TOKEN);
                } else {
                    merged.put(TOKEN, token.asText());
                }
            } else if (!AppSettings.sameOrigin(current.confluenceUrl(), merged.path("confluenceUrl").asText(null))) {
                merged.putNull(TOKEN); // the stored token was entered for another host: never send it to a new one
            }
            canonicalPageLanguage(merged);
            AppSettings updated = Json.read(merged, AppSettings.class, "");
            List<FieldError> problems = validation.validate(updated);
            if (!problems.isEmpty()) {
                throw new Json.BadRequest(problems);
            }
            settings.save(updated);
            return Json.ok(visible(updated));
        } catch (Json.BadRequest e) {
            return Json.of(e, authenticationContext.getI18nHelper());
        }
    }

    private static void canonicalPageLanguage(ObjectNode merged) {
        JsonNode language = merged.get(PAGE_LANGUAGE);
        if (language != null && language.isTextual() && PageText.isLanguageTag(language.asText())) {
            merged.put(PAGE_LANGUAGE, PageText.localeOf(language.asText()).toLanguageTag());
        }
    }

    private static ObjectNode visible(AppSettings s) {
        ObjectNode node = Json.MAPPER.valueToTree(s);
        node.remove(TOKEN);
        node.put("confluenceTokenSet", s.confluenceToken() != null && !s.confluenceToken().isEmpty());
        return node;
    }

    private Response forbidden() {
        return Json.errors(Response.Status.FORBIDDEN, List.of(FieldError.of("", "postmortems.error.settings.forbidden")),
                authenticationContext.getI18nHelper());
    }
}
