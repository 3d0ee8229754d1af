/*
 * Follow-through in the post-mortem panel: records an effectiveness check, adds the follow-up of a countermeasure
 * found not effective, records a revisit. Each call carries the revision the author last saw (the panel's
 * data-revision, kept current by the editor's saves), so a colleague's save in between is a 409; after a recorded
 * change the page reloads to show it, as ticket creation does. Errors are shown as text, never as markup.
 */
(function () {
    'use strict';

    var REST = window.PostMortemsRest;

    function panelOf(element) { return element.closest('#pm-panel'); }
    function post(element, path, body) {
        var panel = panelOf(element);
        body.revision = Number(panel.getAttribute('data-revision'));
        return REST.request(panel, 'POST', '/issue/' + encodeURIComponent(panel.getAttribute('data-issue-key'))
            + '/follow-through' + path, body);
    }
    function showErrors(box, section, err) {
        if (!box) { return; }
        box.textContent = '';
        var fields = err.fields && err.fields.length ? err.fields
            : [{field: '', message: REST.message(section, 'failed', [err.status || ''])}];
        fields.forEach(function (e) {
            var p = document.createElement('p');
            p.textContent = e.message;
            box.appendChild(p);
        });
        box.hidden = false;
    }
    function run(form, section, button, path, body) {
        var box = form ? form.querySelector('.pm-form-errors') : null;
        var status = section.querySelector('.pm-ft-result');
        if (box) { box.hidden = true; }
        button.disabled = true;
        status.textContent = REST.message(section, 'saving');
        return post(section, path, body).then(function () {
            window.location.reload();
        }, function (err) {
            button.disabled = false;
            status.textContent = '';
            showErrors(box || status, section, err);
        });
    }
    function answer(value) { return value === '' ? null : value === 'true'; }

    function init(section) {
        section.querySelectorAll('.pm-ft-effectiveness-form').forEach(function (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var id = form.closest('.pm-ft-check').getAttribute('data-countermeasure-id');
                var chosen = form.querySelector('input[name="outcome"]:checked');
                run(form, section, form.querySelector('button[type="submit"]'),
                    '/countermeasures/' + encodeURIComponent(id) + '/effectiveness',
                    {outcome: chosen ? chosen.value : null, reason: form.elements.reason.value});
            });
        });
        section.querySelectorAll('.pm-ft-follow-up').forEach(function (button) {
            button.addEventListener('click', function () {
                var id = button.closest('.pm-ft-check').getAttribute('data-countermeasure-id');
                run(null, section, button, '/countermeasures/' + encodeURIComponent(id) + '/follow-up', {});
            });
        });
        var revisit = section.querySelector('#pm-ft-revisit-form');
        if (revisit) {
            revisit.addEventListener('submit', function (event) {
                event.preventDefault();
                var el = revisit.elements;
                run(revisit, section, revisit.querySelector('button[type="submit"]'), '/revisits', {
                    stillAccurate: answer(el.stillAccurate.value),
                    countermeasuresHolding: answer(el.countermeasuresHolding.value),
                    recurred: answer(el.recurred.value),
                    notes: el.notes.value
                });
            });
        }
    }

    function start() {
        document.querySelectorAll('#pm-followthrough').forEach(init);
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
