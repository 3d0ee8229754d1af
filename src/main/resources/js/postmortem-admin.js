/*
 * Post-Mortems settings page: loads the settings from the REST API into the form and saves them back. Lists and maps
 * are edited as lines of text; a malformed line is reported next to its field before anything is sent. Server and
 * user text is only ever set as textContent or form values, never as markup. The token is write-only: the page only
 * learns whether one is set.
 */
(function () {
    'use strict';
    var TEXT = ['applicationLinkId', 'confluenceUrl', 'spaceKey', 'rootTitle', 'jiraServerId', 'countermeasureProjectKey'];
    var SELECT = ['confluenceMode', 'layout', 'countermeasureMode', 'pageLanguage'];
    var CHECK = ['restrictedTarget', 'errorsBlockPublishing', 'allowHttp'];
    // review and approval: the "workflow" object of the settings
    var WORKFLOW_TEXT = ['approverRole', 'approverGroup', 'announcementEmail', 'announcementGroup'];
    var WORKFLOW_CHECK = ['forbidSelfApproval', 'editReturnsToReview', 'announceMajorUpdates'];

    var REST = window.PostMortemsRest;

    function msg(form, name, args) { return REST.message(form, name, args); }
    function call(form, method, body) { return REST.request(form, method, '/settings', body); }
    function lines(text) {
        return String(text || '').split('\n').map(function (l) { return l.trim(); }).filter(function (l) { return l; });
    }
    function split(line, sep) {
        var at = line.indexOf(sep);
        return at < 0 ? null : [line.slice(0, at).trim(), line.slice(at + sep.length).trim()];
    }
    /** Thrown while reading the form: names the field and the line that cannot be read. */
    function LineError(field, message) { this.fields = [{field: field, message: message}]; }

    // "id | name | description" per severity level
    function levelsToText(levels) {
        return (levels || []).map(function (l) { return [l.id, l.name, l.description || ''].join(' | '); }).join('\n');
    }
    function textToLevels(form, text) {
        return lines(text).map(function (line, i) {
            var parts = line.split('|').map(function (p) { return p.trim(); });
            if (parts.length < 2 || !parts[0] || !parts[1]) {
                throw new LineError('severityLevels', msg(form, 'line', [i + 1, line]));
            }
            return {id: parts[0], name: parts[1], description: parts.slice(2).join(' | ')};
        });
    }
    // "SEV1: A, B" per key, for maps of lists (required sections)
    function listMapToText(map) {
        return Object.keys(map || {}).sort().map(function (k) { return k + ': ' + (map[k] || []).join(', '); }).join('\n');
    }
    function textToListMap(form, field, text) {
        var map = {};
        lines(text).forEach(function (line, i) {
            var kv = split(line, ':');
            if (!kv || !kv[0]) { throw new LineError(field, msg(form, 'line', [i + 1, line])); }
            map[kv[0]] = kv[1].split(',').map(function (s) { return s.trim(); }).filter(function (s) { return s; });
        });
        return map;
    }
    // "SEV1: 4" per severity
    function numberMapToText(map) {
        return Object.keys(map || {}).sort().map(function (k) { return k + ': ' + map[k]; }).join('\n');
    }
    function textToNumberMap(form, field, text) {
        var map = {};
        lines(text).forEach(function (line, i) {
            var kv = split(line, ':');
            if (!kv || !kv[0]) { throw new LineError(field, msg(form, 'line', [i + 1, line])); }
            if (!/^\d+$/.test(kv[1])) { throw new LineError(field, msg(form, 'number', [i + 1, line])); }
            map[kv[0]] = parseInt(kv[1], 10);
        });
        return map;
    }
    // "en: phrase" per entry, one phrase a line (phrases may contain commas)
    function phrasesToText(map) {
        var out = [];
        Object.keys(map || {}).sort().forEach(function (k) {
            (map[k] || []).forEach(function (p) { out.push(k + ': ' + p); });
        });
        return out.join('\n');
    }
    function textToPhrases(form, field, text) {
        var map = {};
        lines(text).forEach(function (line, i) {
            var kv = split(line, ':');
            if (!kv || !kv[0] || !kv[1]) { throw new LineError(field, msg(form, 'line', [i + 1, line])); }
            (map[kv[0]] = map[kv[0]] || []).push(kv[1]);
        });
        return map;
    }

    // A stored value the select does not offer (e.g. a page language set through the REST API) stays selectable.
    function ensureOption(select, value) {
        if (value == null || value === '') { return; }
        for (var i = 0; i < select.options.length; i++) {
            if (select.options[i].value === value) { return; }
        }
        var option = document.createElement('option');
        option.value = value;
        option.textContent = value;
        select.appendChild(option);
    }

    // Reminders: one nested object; a number field that is not a whole number is sent as typed, so the server names
    // the field ("reminders.hour") in its answer.
    var REMINDER_NUMBERS = {remindersHour: 'hour', remindersSoonDueDays: 'soonDueDays',
        remindersEscalationDays: 'escalationDays'};
    function fillReminders(el, r) {
        r = r || {};
        el.remindersEnabled.checked = r.enabled !== false;
        Object.keys(REMINDER_NUMBERS).forEach(function (f) {
            var v = r[REMINDER_NUMBERS[f]];
            el[f].value = v == null ? '' : v;
        });
        el.remindersLeadUser.value = r.leadUser || '';
    }
    function readReminders(el) {
        var r = {enabled: el.remindersEnabled.checked};
        Object.keys(REMINDER_NUMBERS).forEach(function (f) {
            var v = el[f].value.trim();
            r[REMINDER_NUMBERS[f]] = v === '' ? null : (/^\d+$/.test(v) ? parseInt(v, 10) : v);
        });
        var lead = el.remindersLeadUser.value.trim();
        r.leadUser = lead ? lead : null;
        return r;
    }

    // "Create post-mortem" from an incident: project keys and issue type names, one per line (or comma-separated)
    var INCIDENT_LISTS = ['incidentProjects', 'incidentIssueTypes'];
    function fillIncidents(el, s) {
        INCIDENT_LISTS.forEach(function (f) { el[f].value = (s[f] || []).join('\n'); });
    }
    function readIncidents(el, body) {
        INCIDENT_LISTS.forEach(function (f) {
            body[f] = el[f].value.split(/[\n,]/).map(function (v) { return v.trim(); })
                .filter(function (v) { return v; });
        });
    }
    // Effectiveness and revisit periods: one nested object, numbers as typed (the server names a bad field).
    var FOLLOW_THROUGH_NUMBERS = {effectivenessDays: 'effectivenessDays', revisitDays: 'revisitDays'};
    function fillFollowThrough(el, f) {
        f = f || {};
        Object.keys(FOLLOW_THROUGH_NUMBERS).forEach(function (name) {
            var v = f[FOLLOW_THROUGH_NUMBERS[name]];
            el[name].value = v == null ? '' : v;
        });
    }
    function readFollowThrough(el) {
        var f = {};
        Object.keys(FOLLOW_THROUGH_NUMBERS).forEach(function (name) {
            var v = el[name].value.trim();
            f[FOLLOW_THROUGH_NUMBERS[name]] = v === '' ? null : (/^\d+$/.test(v) ? parseInt(v, 10) : v);
        });
        return f;
    }

    // Post-mortems required by severity: one nested object; maps as "key: value" lines, severities comma-separated.
    function fillRequired(form, el, r) {
        r = r || {};
        el.severityField.value = r.severityField || '';
        el.severityMapping.value = Object.keys(r.severityMapping || {}).map(function (k) {
            return k + ': ' + r.severityMapping[k];
        }).join('\n');
        el.requiredSeverities.value = (r.requiredSeverities || []).join(', ');
        el.onResolve.value = r.onResolve || 'CREATE';
        el.reviewDueDays.value = numberMapToText(r.reviewDueDays);
    }
    function readRequired(form, el) {
        var mapping = {};
        lines(el.severityMapping.value).forEach(function (line, i) {
            var kv = split(line, ':');
            if (!kv || !kv[0] || !kv[1]) { throw new LineError('requiredPostMortems', msg(form, 'line', [i + 1, line])); }
            mapping[kv[0]] = kv[1];
        });
        return {
            severityField: el.severityField.value.trim() || null,
            severityMapping: mapping,
            requiredSeverities: el.requiredSeverities.value.split(',').map(function (v) { return v.trim(); })
                .filter(function (v) { return v; }),
            onResolve: el.onResolve.value,
            reviewDueDays: textToNumberMap(form, 'requiredPostMortems', el.reviewDueDays.value)
        };
    }
    // External summaries: a space of their own and its root title; no space key means no external pages (null).
    function fillExternal(el, x) {
        x = x || {};
        el.externalSpaceKey.value = x.spaceKey || '';
        el.externalRootTitle.value = x.spaceKey ? (x.rootTitle || '') : '';
    }
    function readExternal(el) {
        var key = el.externalSpaceKey.value.trim(), title = el.externalRootTitle.value.trim();
        return key ? {spaceKey: key, rootTitle: title ? title : null} : null;
    }

    function fill(form, s) {
        var el = form.elements;
        ensureOption(el.pageLanguage, s.pageLanguage);
        TEXT.concat(SELECT).forEach(function (f) { el[f].value = s[f] == null ? '' : s[f]; });
        CHECK.forEach(function (f) { el[f].checked = !!s[f]; });
        el.severityLevels.value = levelsToText(s.severityLevels);
        el.requiredSections.value = listMapToText(s.requiredSections);
        el.defaultDueWeeks.value = numberMapToText(s.defaultDueWeeks);
        el.extraBlameTerms.value = phrasesToText(s.extraBlameTerms);
        el.extraCounterfactuals.value = phrasesToText(s.extraCounterfactuals);
        el.causeCategories.value = (s.causeCategories || []).join('\n');
        fillReminders(el, s.reminders);
        fillIncidents(el, s);
        fillFollowThrough(el, s.followThrough);
        el.recurrenceDays.value = s.recurrenceDays == null ? '' : s.recurrenceDays;
        fillRequired(form, el, s.requiredPostMortems);
        fillExternal(el, s.externalSpace);
        var w = s.workflow || {};
        WORKFLOW_TEXT.forEach(function (f) { el[f].value = w[f] == null ? '' : w[f]; });
        WORKFLOW_CHECK.forEach(function (f) { el[f].checked = !!w[f]; });
        el.confluenceToken.value = '';
        el.removeToken.checked = false;
        var state = form.querySelector('#pm-admin-token-state');
        state.textContent = msg(form, s.confluenceTokenSet ? 'token-set' : 'token-unset');
        state.classList.toggle('aui-lozenge-success', !!s.confluenceTokenSet);
    }
    function read(form) {
        var el = form.elements, body = {};
        TEXT.forEach(function (f) { var v = el[f].value.trim(); body[f] = v ? v : null; });
        SELECT.forEach(function (f) { body[f] = el[f].value; });
        CHECK.forEach(function (f) { body[f] = el[f].checked; });
        body.severityLevels = textToLevels(form, el.severityLevels.value);
        body.requiredSections = textToListMap(form, 'requiredSections', el.requiredSections.value);
        body.defaultDueWeeks = textToNumberMap(form, 'defaultDueWeeks', el.defaultDueWeeks.value);
        body.extraBlameTerms = textToPhrases(form, 'extraBlameTerms', el.extraBlameTerms.value);
        body.extraCounterfactuals = textToPhrases(form, 'extraCounterfactuals', el.extraCounterfactuals.value);
        // one category a line; blank lines are dropped, the server checks the rest (empty list, duplicates, length)
        body.causeCategories = el.causeCategories.value.split('\n').map(function (x) { return x.trim(); })
            .filter(function (x) { return x; });
        body.reminders = readReminders(el);
        readIncidents(el, body);
        body.followThrough = readFollowThrough(el);
        // the recurrence window: a number as typed (the server names a bad value), blank for the default
        var recurrence = el.recurrenceDays.value.trim();
        body.recurrenceDays = recurrence === '' ? null : (/^\d+$/.test(recurrence) ? parseInt(recurrence, 10) : recurrence);
        body.requiredPostMortems = readRequired(form, el);
        body.externalSpace = readExternal(el);
        body.workflow = {};
        WORKFLOW_TEXT.forEach(function (f) { var v = el[f].value.trim(); body.workflow[f] = v ? v : null; });
        WORKFLOW_CHECK.forEach(function (f) { body.workflow[f] = el[f].checked; });
        if (el.removeToken.checked) {
            body.confluenceToken = '';
        } else if (el.confluenceToken.value) {
            body.confluenceToken = el.confluenceToken.value;
        }
        return body;
    }

    function clearErrors(form) {
        form.querySelectorAll('[data-error-for]').forEach(function (e) { e.textContent = ''; });
        form.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
        var box = form.querySelector('.pm-form-errors');
        box.textContent = '';
        box.hidden = true;
        form.querySelector('.pm-admin-saved').hidden = true;
    }
    // An error for "severityLevels[1].id" or "defaultDueWeeks.SEV1" lands next to the field named by its first part
    // (AUI's .error below the control, one line per message), and the control is marked invalid for screen readers.
    function showErrors(form, err) {
        var box = form.querySelector('.pm-form-errors');
        var fields = err.fields && err.fields.length ? err.fields : [{field: '', message: err.message}];
        fields.forEach(function (e) {
            var name = String(e.field || '').split(/[.[]/)[0];
            var slot = name ? form.querySelector('[data-error-for="' + name + '"]') : null;
            if (slot) {
                var line = document.createElement('div');
                line.textContent = e.message;
                slot.appendChild(line);
                var control = form.elements[name];
                if (control && control.setAttribute) { control.setAttribute('aria-invalid', 'true'); }
            } else {
                var p = document.createElement('p');
                p.textContent = (e.field ? e.field + ': ' : '') + e.message;
                box.appendChild(p);
                box.hidden = false;
            }
        });
    }

    // ----- Search index (JQL mirror) failures of this node -----
    var MIRROR = '/admin/mirror-failures';

    function showMirror(section, failures) {
        var table = section.querySelector('.pm-mirror-table');
        var body = table.querySelector('tbody');
        var base = (document.querySelector('meta[name="ajs-context-path"]') || {getAttribute: function () { return ''; }})
            .getAttribute('content') || '';
        body.textContent = '';
        (failures || []).forEach(function (f) {
            var row = body.insertRow();
            var issue = row.insertCell();
            if (f.issueKey) {
                var link = document.createElement('a');
                link.href = base + '/browse/' + encodeURIComponent(f.issueKey);
                link.textContent = f.issueKey;
                issue.appendChild(link);
            } else {
                issue.textContent = msg(section, 'deleted', [f.issueId]);
            }
            row.insertCell().textContent = f.reason;
            var at = row.insertCell();
            var time = document.createElement('time');
            time.dateTime = f.at;
            var when = new Date(f.at);
            time.textContent = isNaN(when.getTime()) ? f.at : when.toLocaleString();
            at.appendChild(time);
        });
        var any = (failures || []).length > 0;
        table.hidden = !any;
        section.querySelector('#pm-admin-mirror-repair').hidden = !any;
        section.querySelector('.pm-mirror-empty').hidden = any;
    }
    function mirrorError(section, err) {
        var box = section.querySelector('.pm-mirror-errors');
        box.textContent = '';
        var fields = err.fields && err.fields.length ? err.fields : [{message: err.message}];
        fields.forEach(function (e) {
            var p = document.createElement('p');
            p.textContent = e.message;
            box.appendChild(p);
        });
        box.hidden = false;
    }
    function initMirror() {
        var section = document.getElementById('pm-admin-mirror');
        if (!section) { return; }
        var repair = section.querySelector('#pm-admin-mirror-repair');
        REST.request(section, 'GET', MIRROR).then(function (r) { showMirror(section, r.failures); },
            function (err) { mirrorError(section, err); });
        repair.addEventListener('click', function () {
            repair.disabled = true;
            section.querySelector('.pm-mirror-errors').hidden = true;
            var done = section.querySelector('.pm-mirror-repaired');
            done.hidden = true;
            REST.request(section, 'POST', MIRROR + '/repair').then(function (r) {
                showMirror(section, r.failures);
                done.textContent = msg(section, 'repaired',
                    [r.repaired, r.repaired + r.failed + r.withoutPostMortem, r.failed]);
                done.hidden = false;
            }, function (err) { mirrorError(section, err); }).then(function () { repair.disabled = false; });
        });
    }

    // Whether reminders can go out by mail here (an information), or not: then they become comments on the
    // tickets (a warning).
    // The same for the announcement e-mail, next to its address and group.
    function initReminderMail() {
        var box = document.getElementById('pm-admin-reminder-mail');
        var announcement = document.getElementById('pm-admin-announcement-mail');
        if (!box) { return; }
        function show(el, message, enabled, state) {
            if (!el) { return; }
            el.textContent = message || '';
            el.classList.toggle('aui-message-info', !!enabled);
            el.classList.toggle('aui-message-warning', !enabled);
            el.setAttribute('data-mail', state || '');
            el.hidden = !message;
        }
        REST.request(box, 'GET', '/reminders/status').then(function (r) {
            show(box, r.message, r.mailEnabled, r.mail);
            show(announcement, r.announcementMessage, r.mailEnabled, r.mail);
        }, function () {
            box.hidden = true;
            if (announcement) { announcement.hidden = true; }
        });
    }

    // The saved review settings as a file for the CLI's --settings (GET /settings/review-file, a download).
    function initExport() {
        var link = document.getElementById('pm-admin-export');
        if (link) { link.href = REST.url(link.getAttribute('data-path')); }
    }

    function init() {
        initMirror();
        initReminderMail();
        initExport();
        var form = document.getElementById('pm-admin-form');
        if (!form) { return; }
        var save = form.querySelector('#pm-admin-save');
        save.disabled = true;
        call(form, 'GET').then(function (s) {
            fill(form, s);
            save.disabled = false;
        }, function (err) { showErrors(form, err); });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors(form);
            var body;
            try {
                body = read(form);
            } catch (err) {
                if (err instanceof LineError) { showErrors(form, err); return; }
                throw err;
            }
            save.disabled = true;
            call(form, 'PUT', body).then(function (s) {
                fill(form, s);
                var ok = form.querySelector('.pm-admin-saved');
                ok.textContent = msg(form, 'saved');
                ok.hidden = false;
            }, function (err) { showErrors(form, err); }).then(function () { save.disabled = false; });
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
