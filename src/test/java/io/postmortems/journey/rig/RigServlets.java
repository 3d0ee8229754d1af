package io.postmortems.journey.rig;

import com.atlassian.jira.issue.MutableIssue;
import io.postmortems.jira.panel.PostMortemIssueCondition;
import io.postmortems.jira.panel.PostMortemPanelContextProvider;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The rig's HTTP pieces around the app: login, the issue page, transitions, resources, the sandbox index. */
final class RigServlets {
    static final String COOKIE = "rig.user";
    static final String PANEL_TEMPLATE = "templates/panel/postmortem-panel.vm";

    private RigServlets() {
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** Sets Jira's current user for the request from the rig's login cookie, and clears it afterwards. */
    static final class LoginFilter implements Filter {
        private final JiraDoubles doubles;

        LoginFilter(JiraDoubles doubles) {
            this.doubles = doubles;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            String name = null;
            Cookie[] cookies = ((HttpServletRequest) request).getCookies();
            if (cookies != null) {
                for (Cookie c : cookies) {
                    if (COOKIE.equals(c.getName()) && !c.getValue().isEmpty()) {
                        name = c.getValue();
                    }
                }
            }
            doubles.login(name);
            try {
                chain.doFilter(request, response);
            } finally {
                doubles.login(null);
            }
        }
    }

    /** {@code /login?user=NAME[&next=/browse/PM-1]} signs in (empty name: signs out). */
    static final class LoginServlet extends HttpServlet {
        private final transient JiraState jira;

        LoginServlet(JiraState jira) {
            this.jira = jira;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String user = request.getParameter("user");
            if (user != null && !user.isEmpty() && jira.user(user).isEmpty()) {
                response.sendError(400, "no such rig user: " + user);
                return;
            }
            Cookie cookie = new Cookie(COOKIE, user == null ? "" : user);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setHttpOnly(true);
            if (user == null || user.isEmpty()) {
                cookie.setMaxAge(0);
            }
            response.addCookie(cookie);
            String next = request.getParameter("next");
            response.sendRedirect(request.getContextPath()
                    + (next != null && next.startsWith("/") && !next.startsWith("//") ? next : "/"));
        }
    }

    /**
     * Jira's view-issue page, reduced: header with the signed-in user, the issue's key, summary and status, workflow
     * buttons for users who may edit, its remote links, and the web panel as Jira renders it (condition, then
     * context provider, then the Velocity template), with the descriptor's {@code jira.view.issue} web-resources.
     */
    static final class IssuePageServlet extends HttpServlet {
        private final transient JourneyRig rig;
        private final transient PostMortemIssueCondition condition;
        private final transient PostMortemPanelContextProvider provider;
        private final transient VelocityEngine velocity;
        private final transient WebResources resources;
        private final transient Map<String, com.atlassian.plugin.web.Condition> itemConditions;

        IssuePageServlet(JourneyRig rig, PostMortemIssueCondition condition, PostMortemPanelContextProvider provider,
                         VelocityEngine velocity, WebResources resources,
                         Map<String, com.atlassian.plugin.web.Condition> itemConditions) {
            this.rig = rig;
            this.itemConditions = itemConditions;
            this.condition = condition;
            this.provider = provider;
            this.velocity = velocity;
            this.resources = resources;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
            JiraState.User user = rig.doubles.loggedIn();
            JiraState.Issue issue = rig.jira.issue(key).orElse(null);
            response.setContentType("text/html;charset=UTF-8");
            String cp = request.getContextPath();
            if (issue == null || !rig.jira.canBrowse(issue, user)) {
                response.setStatus(404);
                response.getWriter().write(shell(cp, user, "Issue not found", "",
                        "<div class=\"aui-message aui-message-warning\" id=\"issue-not-found\"><p>The issue you are "
                                + "trying to view does not exist, or you do not have permission to view it.</p>"
                                + (user == null ? "<p>You are not logged in.</p>" : "") + "</div>"));
                return;
            }
            MutableIssue view = rig.doubles.issue(issue);
            Map<String, Object> context = new HashMap<>();
            context.put("issue", view);
            context.put("user", rig.authentication.getLoggedInUser());
            String panel = "";
            if (condition.shouldDisplay(context)) {
                StringWriter html = new StringWriter();
                velocity.getTemplate(PANEL_TEMPLATE, "UTF-8").merge(new VelocityContext(
                        new HashMap<>(provider.getContextMap(context))), html);
                panel = "<div class=\"module\" id=\"" + esc(resources.pluginKey()) + ":postmortem-panel\">"
                        + "<div class=\"mod-header\"><h2>" + esc(rig.doubles.i18n().getText(
                        "postmortems.panel.label")) + "</h2></div><div class=\"mod-content\">" + html
                        + "</div></div>";
            }
            StringBuilder body = new StringBuilder();
            body.append("<div id=\"issue-header\"><span id=\"key-val\">").append(esc(issue.key))
                    .append("</span><h1 id=\"summary-val\">").append(esc(issue.summary)).append("</h1>")
                    .append("<span id=\"status-val\" class=\"aui-lozenge\" data-category=\"")
                    .append(issue.status.category().key).append("\">").append(esc(issue.status.name()))
                    .append("</span>");
            if (rig.jira.canEdit(issue, user)) {
                body.append("<form method=\"post\" id=\"rig-workflow\" action=\"").append(cp)
                        .append("/rig/transition\"><input type=\"hidden\" name=\"issue\" value=\"")
                        .append(esc(issue.key)).append("\">");
                for (JiraState.Status s : new JiraState.Status[]{JiraState.TO_DO, JiraState.IN_PROGRESS,
                        JiraState.DONE}) {
                    body.append("<button class=\"aui-button\" type=\"submit\" name=\"status\" value=\"")
                            .append(s.id()).append("\" id=\"rig-transition-").append(s.category().name()
                                    .toLowerCase(java.util.Locale.ROOT).replace('_', '-')).append("\">")
                            .append(esc(s.name())).append("</button>");
                }
                body.append("</form>");
            }
            // the issue's operations bar: the descriptor's web-items of "operations-top-level" whose condition holds
            body.append("<div id=\"rig-opsbar\">");
            for (WebResources.WebItem item : resources.webItems("operations-top-level")) {
                com.atlassian.plugin.web.Condition itemCondition = itemConditions.get(item.conditionClass());
                if (itemCondition == null) {
                    throw new IllegalStateException("rig: no condition " + item.conditionClass() + " for web-item "
                            + item.key());
                }
                if (itemCondition.shouldDisplay(context)) {
                    body.append("<a class=\"aui-button ").append(esc(item.styleClass())).append("\" id=\"")
                            .append(esc(item.linkId())).append("\" href=\"").append(cp)
                            .append(esc(item.link().replace("$issue.key", issue.key))).append("\">")
                            .append(esc(rig.doubles.i18n().getText(item.labelKey()))).append("</a>");
                }
            }
            body.append("</div>");
            body.append("</div><ul id=\"rig-remote-links\">");
            for (JiraState.RemoteLink link : rig.jira.remoteLinks(issue.id)) {
                body.append("<li data-relationship=\"").append(esc(link.relationship())).append("\"><a href=\"")
                        .append(esc(link.url())).append("\">").append(esc(link.title())).append("</a></li>");
            }
            body.append("</ul>").append(panel);
            // the issue's comments, as Jira's activity section lists them (its wiki renderer's links and mentions)
            body.append("<ul id=\"rig-comments\">");
            for (JiraState.Comment c : issue.timedComments) {
                body.append("<li class=\"rig-comment\">").append(wikiComment(rig, c.body())).append("</li>");
            }
            body.append("</ul>");
            response.getWriter().write(shell(cp, user, "[" + issue.key + "] " + issue.summary,
                    resources.tags(cp, Set.of("jira.view.issue", "atl.general"), Set.of()), body.toString()));
        }
    }

    private static final java.util.regex.Pattern WIKI_LINK = java.util.regex.Pattern.compile(
            "\\[~([^\\]|\\[]+)]|\\[([^\\]|\\[]+)\\|(https?://[^\\]|\\s\\[]+)]");

    /**
     * A comment body as Jira's wiki renderer shows the markup the app writes: {@code [~name]} is a mention shown as the
     * user's display name, {@code [text|http...]} a link; everything else is escaped text.
     */
    static String wikiComment(JourneyRig rig, String markup) {
        StringBuilder html = new StringBuilder();
        java.util.regex.Matcher m = WIKI_LINK.matcher(markup);
        int at = 0;
        while (m.find()) {
            html.append(esc(markup.substring(at, m.start())));
            if (m.group(1) != null) {
                String name = rig.jira.user(m.group(1)).map(u -> u.displayName).orElse(m.group(1));
                html.append("<a class=\"user-hover\" rel=\"").append(esc(m.group(1))).append("\">")
                        .append(esc(name)).append("</a>");
            } else {
                html.append("<a href=\"").append(esc(m.group(3))).append("\">").append(esc(m.group(2)))
                        .append("</a>");
            }
            at = m.end();
        }
        return html.append(esc(markup.substring(at))).toString();
    }

    static String shell(String contextPath, JiraState.User user, String title, String headTags, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title)
                + " - Rig Jira</title>\n<meta name=\"ajs-context-path\" content=\"" + esc(contextPath) + "\">\n"
                + "<meta name=\"ajs-remote-user\" content=\"" + esc(user == null ? "" : user.name) + "\">\n"
                + "<link rel=\"icon\" href=\"data:,\">\n" + contextPathScript(contextPath) + headTags + "</head>\n<body class=\"aui-layout\">\n"
                + "<header id=\"rig-header\" class=\"aui-header\"><span class=\"rig-brand\">Rig Jira</span> "
                + "<span id=\"rig-user\">" + (user == null ? "Anonymous" : esc(user.displayName) + " ("
                + esc(user.name) + ")") + "</span></header>\n<main id=\"rig-content\" class=\"aui-page-panel\">"
                + "<div class=\"aui-page-panel-inner\"><section class=\"aui-page-panel-content\">" + body
                + "</section></div></main>\n</body></html>\n";
    }

    /** As Jira's page head declares it (head-common): AUI's {@code AJS.contextPath()} reads this global. */
    static String contextPathScript(String contextPath) {
        return "<script>var contextPath = '" + contextPath.replace("\\", "").replace("'", "") + "';</script>\n";
    }

    /** A workflow transition from the issue page's buttons, acting as the signed-in user. */
    static final class TransitionServlet extends HttpServlet {
        private final transient JourneyRig rig;

        TransitionServlet(JourneyRig rig) {
            this.rig = rig;
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            JiraState.User user = rig.doubles.loggedIn();
            JiraState.Issue issue = rig.jira.issue(request.getParameter("issue")).orElse(null);
            if (issue == null || !rig.jira.canEdit(issue, user)) {
                response.sendError(403, "You may not transition this issue.");
                return;
            }
            String statusId = request.getParameter("status");
            JiraState.Status to = java.util.stream.Stream.of(JiraState.TO_DO, JiraState.IN_PROGRESS, JiraState.DONE)
                    .filter(s -> s.id().equals(statusId)).findFirst().orElse(null);
            if (to == null) {
                response.sendError(400, "unknown status " + statusId);
                return;
            }
            rig.transition(issue.key, to, user.name);
            response.sendRedirect(request.getContextPath() + "/browse/" + issue.key);
        }
    }

    /**
     * Jira's page decorator for servlet pages: the web-resources the servlet required while rendering go into the
     * page's head, with the context-path meta AUI reads.
     */
    static final class DecoratingFilter implements Filter {
        private final JiraDoubles.RequiredPerRequest required;
        private final WebResources resources;

        DecoratingFilter(JiraDoubles.RequiredPerRequest required, WebResources resources) {
            this.required = required;
            this.resources = resources;
        }

        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
                throws IOException, ServletException {
            HttpServletResponse response = (HttpServletResponse) res;
            StringWriter buffer = new StringWriter();
            PrintWriter writer = new PrintWriter(buffer);
            HttpServletResponseWrapper wrapper = new HttpServletResponseWrapper(response) {
                @Override
                public PrintWriter getWriter() {
                    return writer;
                }
            };
            required.drain();
            chain.doFilter(req, wrapper);
            writer.flush();
            Set<String> needed = required.drain();
            String html = buffer.toString();
            if (response.getContentType() != null && response.getContentType().startsWith("text/html")) {
                Set<String> contexts = new java.util.LinkedHashSet<>();
                Set<String> modules = new java.util.LinkedHashSet<>();
                needed.forEach(n -> (n.startsWith("context:") ? contexts : modules).add(n.substring(n.indexOf(':') + 1)));
                String cp = ((HttpServletRequest) req).getContextPath();
                String head = "<meta name=\"ajs-context-path\" content=\"" + esc(cp) + "\">\n<link rel=\"icon\" "
                        + "href=\"data:,\">\n" + contextPathScript(cp) + resources.tags(cp, contexts, modules);
                int at = html.indexOf("</head>");
                html = at >= 0 ? html.substring(0, at) + head + html.substring(at)
                        : "<!DOCTYPE html><html><head>" + head + "</head><body>" + html + "</body></html>";
            }
            if (!response.isCommitted()) {
                response.getWriter().write(html);
            }
        }
    }

    /** {@code /download/resources/PLUGIN:MODULE/NAME}: a download resource of a web-resource, from the jar. */
    static final class DownloadServlet extends HttpServlet {
        private final transient WebResources resources;

        DownloadServlet(WebResources resources) {
            this.resources = resources;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
            int slash = path.indexOf('/');
            WebResources.Download d = slash < 0 ? null
                    : resources.download(path.substring(0, slash), path.substring(slash + 1));
            if (d == null) {
                response.sendError(404);
                return;
            }
            try (InputStream in = RigServlets.class.getClassLoader().getResourceAsStream(d.location())) {
                if (in == null) {
                    response.sendError(404, "resource " + d.location() + " is not in the jar");
                    return;
                }
                response.setContentType(type(d.name()));
                in.transferTo(response.getOutputStream());
            }
        }
    }

    /** AUI and jQuery from node_modules ({@code .ci/prepare}). */
    static final class StaticServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String path = request.getPathInfo() == null ? "" : request.getPathInfo();
            Path base;
            if (path.startsWith("/aui/")) {
                base = WebResources.auiDir();
                path = path.substring(5);
            } else if (path.startsWith("/jquery/")) {
                base = WebResources.jqueryDir();
                path = path.substring(8);
            } else {
                response.sendError(404);
                return;
            }
            Path file = base.resolve(path).normalize();
            if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                response.sendError(404);
                return;
            }
            response.setContentType(type(file.getFileName().toString()));
            Files.copy(file, response.getOutputStream());
        }
    }

    static String type(String name) {
        if (name.endsWith(".js")) {
            return "application/javascript;charset=UTF-8";
        }
        if (name.endsWith(".css")) {
            return "text/css;charset=UTF-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".woff2")) {
            return "font/woff2";
        }
        if (name.endsWith(".woff")) {
            return "font/woff";
        }
        return "application/octet-stream";
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** Jira's bold highlighting of the query in a picker's html fields (text escaped first). */
    static String highlight(String text, String query) {
        String plain = text == null ? "" : text;
        int at = query.isEmpty() ? -1 : plain.toLowerCase(java.util.Locale.ROOT).indexOf(query);
        return at < 0 ? esc(plain) : esc(plain.substring(0, at)) + "<b>" + esc(plain.substring(at, at + query.length()))
                + "</b>" + esc(plain.substring(at + query.length()));
    }

    static void json(HttpServletResponse response, Object body) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        JSON.writeValue(response.getWriter(), body);
    }

    /**
     * Jira's {@code GET /rest/api/2/user/picker?query=...}: active users whose user name, display name or a word of it
     * starts with the query, as {@code {users: [{name, key, html, displayName, avatarUrl}], total, header}}; anonymous
     * callers get 401, as in Jira.
     */
    static final class UserPickerServlet extends HttpServlet {
        private final transient JourneyRig rig;

        UserPickerServlet(JourneyRig rig) {
            this.rig = rig;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (rig.doubles.loggedIn() == null) {
                response.sendError(401);
                return;
            }
            String query = String.valueOf(request.getParameter("query")).strip().toLowerCase(java.util.Locale.ROOT);
            java.util.List<Map<String, Object>> users = new java.util.ArrayList<>();
            rig.jira.users().stream().filter(u -> u.active && matches(u, query))
                    .sorted(java.util.Comparator.comparing(u -> u.displayName)).forEach(u -> {
                        Map<String, Object> user = new java.util.LinkedHashMap<>();
                        user.put("name", u.name);
                        user.put("key", u.key);
                        user.put("html", highlight(u.displayName, query) + " - " + highlight(u.name, query));
                        user.put("displayName", u.displayName);
                        user.put("avatarUrl", request.getContextPath() + "/rig-static/avatar/" + u.name);
                        users.add(user);
                    });
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("users", users);
            body.put("total", users.size());
            body.put("header", "Showing " + users.size() + " of " + users.size() + " matching users");
            json(response, body);
        }

        private static boolean matches(JiraState.User u, String query) {
            if (query.isEmpty() || "null".equals(query)) {
                return false;
            }
            if (u.name.toLowerCase(java.util.Locale.ROOT).startsWith(query)) {
                return true;
            }
            for (String word : u.displayName.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                if (word.startsWith(query)) {
                    return true;
                }
            }
            return u.displayName.toLowerCase(java.util.Locale.ROOT).startsWith(query);
        }
    }

    /**
     * Jira's {@code GET /rest/api/2/issue/picker?query=...&currentIssueKey=...}: issues the caller may browse whose key
     * or summary contains the query (the current issue left out), as
     * {@code {sections: [{label, sub, id, issues: [{key, keyHtml, img, summary, summaryText}]}]}}.
     */
    static final class IssuePickerServlet extends HttpServlet {
        private final transient JourneyRig rig;

        IssuePickerServlet(JourneyRig rig) {
            this.rig = rig;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            JiraState.User user = rig.doubles.loggedIn();
            String query = String.valueOf(request.getParameter("query")).strip().toLowerCase(java.util.Locale.ROOT);
            String current = request.getParameter("currentIssueKey");
            java.util.List<Map<String, Object>> issues = new java.util.ArrayList<>();
            rig.jira.issuesByKey().values().stream()
                    .filter(i -> !i.key.equals(current) && rig.jira.canBrowse(i, user) && !query.isEmpty()
                            && (i.key.toLowerCase(java.util.Locale.ROOT).contains(query)
                            || String.valueOf(i.summary).toLowerCase(java.util.Locale.ROOT).contains(query)))
                    .forEach(i -> {
                        Map<String, Object> issue = new java.util.LinkedHashMap<>();
                        issue.put("key", i.key);
                        issue.put("keyHtml", highlight(i.key, query));
                        issue.put("img", request.getContextPath() + "/rig-static/issuetype/" + i.type);
                        issue.put("summary", highlight(i.summary, query));
                        issue.put("summaryText", i.summary);
                        issues.add(issue);
                    });
            Map<String, Object> section = new java.util.LinkedHashMap<>();
            section.put("label", "Current Search");
            section.put("sub", "Showing " + issues.size() + " of " + issues.size() + " matching issues");
            section.put("id", "cs");
            section.put("issues", issues);
            json(response, Map.of("sections", java.util.List.of(section)));
        }
    }

    /** The rig's front page: the post-mortems and a login link per user. */
    static final class IndexServlet extends HttpServlet {
        private final transient JourneyRig rig;

        IndexServlet(JourneyRig rig) {
            this.rig = rig;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String cp = request.getContextPath();
            StringBuilder body = new StringBuilder("<h1>Post-mortems</h1><ul id=\"rig-issues\">");
            rig.jira.issuesByKey().values().stream().filter(i -> "Post-mortem".equals(i.type)).forEach(i ->
                    body.append("<li><a href=\"").append(cp).append("/browse/").append(esc(i.key)).append("\">")
                            .append(esc(i.key)).append("</a> ").append(esc(i.summary)).append(" <span>")
                            .append(esc(i.status.name())).append("</span></li>"));
            body.append("</ul><h2>Sign in as</h2><ul id=\"rig-users\">");
            for (JiraState.User u : rig.jira.users()) {
                body.append("<li><a href=\"").append(cp).append("/login?user=").append(esc(u.name)).append("\">")
                        .append(esc(u.name)).append("</a> ").append(esc(u.displayName)).append("</li>");
            }
            body.append("<li><a href=\"").append(cp).append("/login?user=\">sign out (anonymous)</a></li></ul>")
                    .append("<p><a href=\"").append(cp).append("/plugins/servlet/postmortems/admin\">Post-Mortems ")
                    .append("settings</a> (administrators)</p>");
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(shell(cp, rig.doubles.loggedIn(), "Rig Jira", "", body.toString()));
        }
    }
}
