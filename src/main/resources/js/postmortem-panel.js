/*
 * Post-mortem panel: opens the inline forms, sends them to the app's REST API and shows field errors next to the
 * fields. Text from users or the server is only ever set as textContent or form values, never as markup.
 */
(function () {
    'use strict';

    var REST = window.PostMortemsRest;

    function msg(panel, name, args) { return REST.message(panel, name, args); }
    function call(panel, method, path, body) {
        return REST.request(panel, method, '/issue/' + encodeURIComponent(panel.getAttribute('data-issue-key')) + path,
            body);
    }
    function load(panel) { return call(panel, 'GET', '/document'); }

    // Document paths like "rootCause.fiveWhys" read and write nested values.
    function getPath(doc, path) {
        return path.split('.').reduce(function (o, k) { return o == null ? undefined : o[k]; }, doc);
    }
    function setPath(doc, path, value) {
        var keys = path.split('.'), o = doc;
        keys.slice(0, -1).forEach(function (k) { o = o[k] = o[k] || {}; });
        o[keys[keys.length - 1]] = value;
    }
    function lines(text) {
        return text.split('\n').map(function (l) { return l.trim(); }).filter(function (l) { return l; });
    }

    function clearErrors(form) {
        form.querySelectorAll('[data-error-for]').forEach(function (e) { e.textContent = ''; });
        form.querySelectorAll('.pm-form-errors, .pm-form-warnings').forEach(function (box) {
            box.textContent = '';
            box.hidden = true;
        });
    }
    // The countermeasure index an error names ("countermeasures[3].owner" -> 3), or null.
    function countermeasureIndex(field) {
        var m = /countermeasures\[(\d+)\]/.exec(String(field || ''));
        return m ? m[1] : null;
    }
    // An error for "document.countermeasures[3].summary" or "text" lands next to the input named by its last part;
    // on the countermeasure form, only errors of the countermeasure being edited go next to its inputs.
    function showErrors(form, err) {
        var box = form.querySelector('.pm-form-errors');
        var fields = err.fields && err.fields.length ? err.fields : [{field: '', message: err.message}];
        fields.forEach(function (e) {
            var name = String(e.field || '').split('.').pop().replace(/\[\d+\]$/, '');
            if (form.elements.path && e.field && String(e.field).indexOf(form.elements.path.value) >= 0) {
                name = 'value';
            }
            var index = countermeasureIndex(e.field);
            if (index !== null && form.dataset.cmIndex !== undefined && index !== form.dataset.cmIndex) {
                name = '';
            }
            var slot = name ? form.querySelector('[data-error-for="' + name + '"]') : null;
            if (!slot) {
                var p = document.createElement('p');
                p.textContent = (e.field ? e.field + ': ' : '') + e.message;
                box.appendChild(p);
                box.hidden = false;
            } else {
                slot.textContent = e.message;
            }
        });
    }
    // A save that worked but could not finish everything (e.g. a ticket Jira did not update): say so in the form.
    function showWarnings(panel, form, warnings) {
        var box = form.querySelector('.pm-form-warnings');
        var head = document.createElement('p');
        head.textContent = msg(panel, 'saved-warnings');
        box.appendChild(head);
        warnings.forEach(function (w) {
            var p = document.createElement('p');
            p.textContent = w.message;
            box.appendChild(p);
        });
        box.hidden = false;
    }
    function open(panel, id) {
        panel.querySelectorAll('.pm-form').forEach(function (f) { f.hidden = f.id !== id; clearErrors(f); });
        var form = panel.querySelector('#' + id);
        form.reset();
        delete form.dataset.eventId;
        delete form.dataset.countermeasureId;
        delete form.dataset.cmIndex;
        var title = form.querySelector('h4[data-title-new]');
        if (title) { title.textContent = title.getAttribute('data-title-new'); }
        var submit = form.querySelector('.pm-cm-submit');
        if (submit) { submit.textContent = submit.getAttribute('data-label-new'); }
        return form;
    }
    function value(form, name) { return form.elements[name].value.trim(); }

    var submitters = {
        'pm-form-section': function (panel, form) {
            return load(panel).then(function (json) {
                var option = form.elements.path.selectedOptions[0];
                var text = form.elements.value.value;
                setPath(json.document, option.value,
                    option.getAttribute('data-list') === 'true' ? lines(text) : (text.trim() || null));
                return call(panel, 'PUT', '/document', {revision: json.revision, document: json.document});
            });
        },
        'pm-form-event': function (panel, form) {
            var event = {at: value(form, 'at') || null, kind: value(form, 'kind'), text: value(form, 'text'),
                evidenceUrl: value(form, 'evidenceUrl') || null};
            var id = form.dataset.eventId;
            return id ? call(panel, 'PUT', '/timeline/' + encodeURIComponent(id), event)
                : call(panel, 'POST', '/timeline', event);
        },
        'pm-form-cm': function (panel, form) {
            var id = form.dataset.countermeasureId;
            return load(panel).then(function (json) {
                var fields = {summary: value(form, 'summary'), owner: value(form, 'owner') || null,
                    dueDate: value(form, 'dueDate') || null, priority: value(form, 'priority') || null,
                    kind: value(form, 'kind') || null};
                var list = json.document.countermeasures = json.document.countermeasures || [];
                if (id) {
                    // edit in place: id, status, ticket key and unknown fields stay as stored
                    var found = list.filter(function (c) { return c.id === id; })[0];
                    if (!found) { throw new Error(msg(panel, 'cm-gone')); }
                    Object.keys(fields).forEach(function (k) { found[k] = fields[k]; });
                    form.dataset.cmIndex = String(list.indexOf(found));
                } else {
                    list.push(fields);
                    form.dataset.cmIndex = String(list.length - 1);
                }
                return call(panel, 'PUT', '/document', {revision: json.revision, document: json.document});
            });
        },
        'pm-form-delete-event': function (panel, form) {
            return call(panel, 'DELETE', '/timeline/' + encodeURIComponent(form.dataset.eventId) + '?revision='
                + encodeURIComponent(panel.getAttribute('data-revision')));
        },
        'pm-form-publish': function (panel) {
            return call(panel, 'POST', '/publish').then(function () {
                panel.querySelector('.pm-result').textContent = msg(panel, 'queued');
            });
        }
    };

    function fillSection(panel, form) {
        return load(panel).then(function (json) {
            var option = form.elements.path.selectedOptions[0];
            var current = getPath(json.document, option.value);
            form.elements.value.value = Array.isArray(current) ? current.join('\n') : (current || '');
        });
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('button') : null;
        var panel = button ? button.closest('#pm-panel') : null;
        if (!panel) { return; }
        var form;
        if (button.classList.contains('pm-open')) {
            form = open(panel, button.getAttribute('data-form'));
            if (form.id === 'pm-form-section') { fillSection(panel, form).catch(function (e) { showErrors(form, e); }); }
            if (form.id === 'pm-form-event') { form.elements.at.value = new Date().toISOString().slice(0, 19) + 'Z'; }
        } else if (button.classList.contains('pm-edit-section')) {
            form = open(panel, 'pm-form-section');
            form.elements.path.value = button.getAttribute('data-path');
            fillSection(panel, form).catch(function (e) { showErrors(form, e); });
        } else if (button.classList.contains('pm-edit-event')) {
            form = open(panel, 'pm-form-event');
            var id = button.closest('tr').getAttribute('data-event-id');
            form.dataset.eventId = id;
            load(panel).then(function (json) {
                var found = (json.document.timeline || []).filter(function (e) { return e.id === id; })[0] || {};
                ['at', 'kind', 'text', 'evidenceUrl'].forEach(function (k) { form.elements[k].value = found[k] || ''; });
            }).catch(function (e) { showErrors(form, e); });
        } else if (button.classList.contains('pm-delete-event')) {
            var row = button.closest('tr');
            form = open(panel, 'pm-form-delete-event');
            form.dataset.eventId = row.getAttribute('data-event-id');
            form.querySelector('.pm-delete-event-text').textContent = row.cells[2].textContent.trim();
        } else if (button.classList.contains('pm-edit-cm')) {
            form = open(panel, 'pm-form-cm');
            var cmId = button.closest('tr').getAttribute('data-countermeasure-id');
            form.dataset.countermeasureId = cmId;
            var heading = form.querySelector('h4[data-title-edit]');
            heading.textContent = heading.getAttribute('data-title-edit');
            var save = form.querySelector('.pm-cm-submit');
            save.textContent = save.getAttribute('data-label-edit');
            load(panel).then(function (json) {
                var found = (json.document.countermeasures || []).filter(function (c) { return c.id === cmId; })[0];
                if (!found) { throw new Error(msg(panel, 'cm-gone')); }
                ['summary', 'owner', 'dueDate', 'priority', 'kind'].forEach(function (k) {
                    form.elements[k].value = found[k] || '';
                });
            }).catch(function (e) { showErrors(form, e); });
        } else if (button.classList.contains('pm-cancel')) {
            button.closest('form').hidden = true;
        } else if (button.classList.contains('pm-action-create-tickets')) {
            call(panel, 'POST', '/countermeasures').then(function (json) {
                var results = json.results || [];
                var failed = results.filter(function (r) { return r.outcome === 'FAILED'; }).length;
                panel.querySelector('.pm-result').textContent = msg(panel, 'tickets', [results.length - failed, failed]);
                if (!failed) { window.location.reload(); }
            }, function (e) { panel.querySelector('.pm-result').textContent = e.message; });
        }
    });

    document.addEventListener('change', function (event) {
        var form = event.target.closest ? event.target.closest('#pm-form-section') : null;
        if (form && event.target.name === 'path') {
            fillSection(form.closest('#pm-panel'), form).catch(function (e) { showErrors(form, e); });
        }
    });

    document.addEventListener('submit', function (event) {
        var form = event.target;
        var panel = form.closest ? form.closest('#pm-panel') : null;
        if (!panel || !submitters[form.id]) { return; }
        event.preventDefault();
        clearErrors(form);
        submitters[form.id](panel, form).then(function (json) {
            var warnings = (json && json.warnings) || [];
            if (warnings.length && form.querySelector('.pm-form-warnings')) {
                // saved: keep the form open with what Jira did not do; later saves use the new revision
                if (json.revision !== undefined) { panel.setAttribute('data-revision', json.revision); }
                showWarnings(panel, form, warnings);
            } else if (form.id !== 'pm-form-publish') {
                window.location.reload();
            } else {
                form.hidden = true;
            }
        }, function (err) { showErrors(form, err); });
    });
}());
