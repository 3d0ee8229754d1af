/*
 * "Create post-mortem" on an incident (web-item postmortems-create-from-incident): the click asks the server for the
 * incident's post-mortem (creating and pre-filling it when there is none) and opens it. A refusal is shown next to the
 * action as text, never as markup.
 */
(function () {
    'use strict';
    var REST = window.PostMortemsRest;

    function issueKeyOf(link) {
        var parts = (link.getAttribute('href') || '').split('?')[0].split('/');
        return decodeURIComponent(parts[parts.length - 1] || '');
    }
    function showError(link, err) {
        var box = document.getElementById('postmortems-incident-error');
        if (!box) {
            box = document.createElement('div');
            box.id = 'postmortems-incident-error';
            box.className = 'aui-message aui-message-error';
            box.setAttribute('role', 'alert');
            link.parentNode.insertBefore(box, link.nextSibling);
        }
        var fields = err.fields && err.fields.length ? err.fields : [{message: err.message || String(err.status)}];
        box.textContent = fields.map(function (f) { return f.message; }).join(' ');
    }

    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('#postmortems-create-from-incident') : null;
        if (!link) {
            return;
        }
        event.preventDefault();
        if (link.getAttribute('aria-busy') === 'true') {
            return;
        }
        link.setAttribute('aria-busy', 'true');
        var key = issueKeyOf(link);
        REST.request(link, 'POST', '/incident/' + encodeURIComponent(key) + '/postmortem').then(function (answer) {
            var meta = document.querySelector('meta[name="ajs-context-path"]');
            window.location.assign((meta ? meta.getAttribute('content') : '') + '/browse/'
                + encodeURIComponent(answer.issueKey));
        }, function (err) {
            link.removeAttribute('aria-busy');
            showError(link, err);
        });
    });
})();
