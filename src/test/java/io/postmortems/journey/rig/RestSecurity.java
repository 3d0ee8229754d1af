package io.postmortems.journey.rig;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import io.postmortems.jira.permissions.PostMortemPermissions;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * What Atlassian REST v2 does before a resource method runs, for the annotations the app uses: a method or class
 * marked {@code @AnonymousSiteAccess} is open to anonymous visitors; everything else (the default, and
 * {@code @LicensedOnly}) answers 401 to them; {@code @AdminOnly} answers 403 to signed-in non-administrators. Its XSRF
 * check refuses changes sent with a content type a plain HTML form can send ({@code application/x-www-form-urlencoded},
 * {@code multipart/form-data}, {@code text/plain}) unless {@code X-Atlassian-Token: no-check} is present. Error
 * bodies have the REST module's shape ({@code {"message", "status-code"}}).
 */
final class RestSecurity implements DynamicFeature {
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private final JiraAuthenticationContext authentication;
    private final PostMortemPermissions permissions;

    RestSecurity(JiraAuthenticationContext authentication, PostMortemPermissions permissions) {
        this.authentication = authentication;
        this.permissions = permissions;
    }

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        Method method = info.getResourceMethod();
        boolean anonymous = has(method, info.getResourceClass(), AnonymousSiteAccess.class);
        boolean admin = has(method, info.getResourceClass(), AdminOnly.class);
        context.register((ContainerRequestFilter) request -> check(request, anonymous, admin));
    }

    private static boolean has(Method m, Class<?> type, Class<? extends Annotation> a) {
        return m.isAnnotationPresent(a) || type.isAnnotationPresent(a);
    }

    private void check(ContainerRequestContext request, boolean anonymousAllowed, boolean adminOnly) {
        var user = authentication.getLoggedInUser();
        if (user == null && !anonymousAllowed) {
            request.abortWith(error(401, "Client must be authenticated to access this resource."));
            return;
        }
        if (adminOnly && !permissions.isAdministrator(user)) {
            request.abortWith(error(403, "You do not have the permission to access this resource."));
            return;
        }
        if (CHANGES.contains(request.getMethod()) && !"no-check".equals(request.getHeaderString("X-Atlassian-Token"))) {
            MediaType type = request.getMediaType();
            String bare = type == null ? null : type.getType() + "/" + type.getSubtype();
            if (bare != null && FORM_TYPES.contains(bare.toLowerCase(java.util.Locale.ROOT))) {
                request.abortWith(error(403, "XSRF check failed"));
            }
        }
    }

    private static Response error(int status, String message) {
        String body = "{\"message\":\"" + message + "\",\"status-code\":" + status + "}";
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
