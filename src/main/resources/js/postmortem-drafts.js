/*
 * The draft timeline of a post-mortem started from an incident (#pm-drafts): "Accept" moves an entry to the timeline,
 * "Drop" removes it, each as the revision the page shows; the page then reloads, so the timeline, the review and the
 * revision every other form sends are the server's. Errors are shown as text.
 */
(function () {
    'use strict';
    var REST = window.PostMortemsRest;

    function showError(section, err) {
        var box = section.querySelector('.pm-drafts-errors');
        var fields = err.fields && err.fields.length ? err.fields : [{message: err.message}];
        box.textContent = fields.map(function (f) { return f.message; }).join(' ');
        box.hidden = false;
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('.pm-draft-accept, .pm-draft-drop') : null;
        var section = button ? button.closest('#pm-drafts') : null;
        if (!section) {
            return;
        }
        var row = button.closest('.pm-draft');
        var accept = button.classList.contains('pm-draft-accept');
        var path = '/issue/' + encodeURIComponent(section.getAttribute('data-issue-key')) + '/draft-timeline/'
            + encodeURIComponent(row.getAttribute('data-draft-id')) + (accept ? '/accept' : '')
            + '?revision=' + encodeURIComponent(section.getAttribute('data-revision'));
        section.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
        REST.request(section, accept ? 'POST' : 'DELETE', path).then(function () {
            window.location.reload();
        }, function (err) {
            section.querySelectorAll('button').forEach(function (b) { b.disabled = false; });
            showError(section, err);
        });
    });
})();
