/*
 * Shared by the panel and the admin page: calls to the app's REST API under Jira's context path, and messages taken
 * from an element's data-msg-* attributes (filled from the i18n bundle by the template). A failed call rejects with
 * an Error whose .fields holds the server's field errors [{field, message}] and .status the HTTP status.
 */
window.PostMortemsRest = window.PostMortemsRest || (function () {
    'use strict';
    var API = '/rest/postmortems/1.0';

    function contextPath() {
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    }
    function url(path) {
        return contextPath() + API + path;
    }
    /** GET one of Jira's own REST resources (e.g. '/rest/api/2/user/picker?query=x'); rejects with .status. */
    function jira(path) {
        return fetch(contextPath() + path, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                if (!response.ok) {
                    var error = new Error(String(response.status));
                    error.status = response.status;
                    throw error;
                }
                return response.json();
            });
    }
    function message(element, name, args) {
        var text = element.getAttribute('data-msg-' + name) || '';
        (args || []).forEach(function (arg, i) { text = text.split('{' + i + '}').join(String(arg)); });
        return text;
    }
    function request(element, method, path, body) {
        return fetch(url(path), {
            method: method,
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (json) {
                if (!response.ok) {
                    var error = new Error(message(element, 'failed', [response.status]));
                    error.fields = json.errors || [];
                    error.status = response.status;
                    throw error;
                }
                return json;
            });
        });
    }
    return {message: message, request: request, jira: jira, url: url};
})();
