/* Post-mortem panel actions: small fetch calls to the app's REST API; errors are shown as text, never as markup. */
(function () {
    'use strict';
    function base() {
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return (meta ? meta.getAttribute('content') : '') + '/rest/postmortems/1.0';
    }
    function show(panel, text) {
        var out = panel.querySelector('.pm-result');
        if (out) { out.textContent = text; }
    }
    function call(panel, method, path, body) {
        var key = encodeURIComponent(panel.getAttribute('data-issue-key'));
        return fetch(base() + '/issue/' + key + path, {
            method: method,
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (json) {
                if (!response.ok) {
                    var errors = (json.errors || []).map(function (e) {
                        return (e.field ? e.field + ': ' : '') + e.message;
                    });
                    throw new Error(errors.join('\n') || ('HTTP ' + response.status));
                }
                return json;
            });
        });
    }
    function reload() { window.location.reload(); }
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('button') : null;
        var panel = button ? button.closest('#pm-panel') : null;
        if (!panel) { return; }
        var failed = function (err) { show(panel, err.message); };
        if (button.classList.contains('pm-action-publish')) {
            call(panel, 'POST', '/publish').then(reload, failed);
        } else if (button.classList.contains('pm-action-create-tickets')) {
            call(panel, 'POST', '/countermeasures').then(reload, failed);
        } else if (button.classList.contains('pm-action-add-event')) {
            var text = window.prompt('What happened?');
            if (text) {
                call(panel, 'POST', '/timeline', {at: new Date().toISOString(), text: text, kind: 'OBSERVATION'})
                    .then(reload, failed);
            }
        } else if (button.classList.contains('pm-edit-event')) {
            var row = button.closest('tr');
            var changed = window.prompt('What happened?', row.children[2].textContent);
            if (changed) {
                call(panel, 'GET', '/document').then(function (json) {
                    var id = row.getAttribute('data-event-id');
                    var event = (json.document.timeline || []).filter(function (e) { return e.id === id; })[0];
                    event.text = changed;
                    return call(panel, 'PUT', '/timeline/' + encodeURIComponent(id) + '?revision=' + json.revision, event);
                }).then(reload, failed);
            }
        } else if (button.classList.contains('pm-action-edit')) {
            call(panel, 'GET', '/document').then(function (json) {
                var edited = window.prompt('Summary', json.document.summary || '');
                if (edited !== null) {
                    json.document.summary = edited;
                    return call(panel, 'PUT', '/document', {revision: json.revision, document: json.document});
                }
            }).then(reload, failed);
        }
    });
}());
