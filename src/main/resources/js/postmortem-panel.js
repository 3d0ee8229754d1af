/*
 * Post-mortem panel. Editors write the whole post-mortem in one AUI form: every input names its document path in
 * data-field (as review findings name it), and Save sends the document as rendered with the changed inputs applied,
 * together with the revision the author saw, so a colleague's save in between is a 409, never silently overwritten.
 * Timeline events are added, edited and deleted through their own endpoints, with the same revision. Findings and the
 * timeline are redrawn from each save's answer; nothing reloads the page while the author has unsaved text.
 * Text from users or the server is only ever set as textContent or form values, never as markup.
 */
(function () {
    'use strict';

    var REST = window.PostMortemsRest;
    var LEVELS = ['ERROR', 'WARNING', 'HINT'];
    var LOZENGES = {ERROR: 'aui-lozenge-error', WARNING: 'aui-lozenge-moved', HINT: 'aui-lozenge-current'};

    function msg(panel, name, args) { return REST.message(panel, name, args); }
    function call(panel, method, path, body) {
        return REST.request(panel, method, '/issue/' + encodeURIComponent(panel.getAttribute('data-issue-key')) + path,
            body);
    }
    /** The revision the author last saw: rendered with the page, then the one each successful save answered. */
    function revision(panel) { return Number(panel.getAttribute('data-revision')); }
    function withRevision(panel, path) { return path + '?revision=' + encodeURIComponent(revision(panel)); }

    // ---- the document as last rendered or saved --------------------------------------------------------------------
    var documents = new WeakMap();
    function base(panel) {
        if (!documents.has(panel)) {
            var holder = panel.querySelector('#pm-document');
            documents.set(panel, holder ? JSON.parse(holder.getAttribute('data-document') || '{}') : {});
        }
        return documents.get(panel);
    }
    function clone(value) { return JSON.parse(JSON.stringify(value)); }

    // ---- times in the viewer's zone (data-zone), stored with their offset -------------------------------------------
    var formats = {};
    function parts(zone, ms) {
        formats[zone] = formats[zone] || new Intl.DateTimeFormat('en-US', {timeZone: zone, hourCycle: 'h23',
            year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit'});
        var p = {};
        formats[zone].formatToParts(new Date(ms)).forEach(function (x) { p[x.type] = x.value; });
        return {y: +p.year, mo: +p.month, d: +p.day, h: +p.hour % 24, mi: +p.minute, s: +p.second};
    }
    function offsetMinutes(zone, ms) {
        var at = Math.floor(ms / 1000) * 1000;
        var p = parts(zone, at);
        return Math.round((Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s) - at) / 60000);
    }
    function pad(n, width) { return String(n).padStart(width || 2, '0'); }
    function wall(p) { return pad(p.y, 4) + '-' + pad(p.mo) + '-' + pad(p.d) + 'T' + pad(p.h) + ':' + pad(p.mi); }
    /** "2026-03-01T08:00" typed in zone -> "2026-03-01T08:00:00-05:00"; null when incomplete. */
    function toOffset(local, zone) {
        var m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
        if (!m) { return null; }
        var typed = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] || 0));
        var instant = typed - offsetMinutes(zone, typed) * 60000;
        instant = typed - offsetMinutes(zone, instant) * 60000;
        var offset = offsetMinutes(zone, instant);
        var p = parts(zone, instant);
        var sign = offset < 0 ? '-' : '+';
        var abs = Math.abs(offset);
        return wall(p) + ':' + pad(p.s) + sign + pad(Math.floor(abs / 60)) + ':' + pad(abs % 60);
    }
    /** A stored instant as the datetime-local value in zone ("" when absent or unreadable). */
    function toLocal(iso, zone) {
        var ms = iso ? Date.parse(iso) : NaN;
        return isNaN(ms) ? '' : wall(parts(zone, ms));
    }
    function zone(panel) { return panel.getAttribute('data-zone') || 'UTC'; }

    // ---- document paths ---------------------------------------------------------------------------------------------
    function setPath(doc, path, value) {
        var keys = path.split('.'), o = doc;
        keys.slice(0, -1).forEach(function (k) {
            o[k] = o[k] && typeof o[k] === 'object' ? o[k] : {};
            o = o[k];
        });
        o[keys[keys.length - 1]] = value;
    }
    function lines(text) {
        return text.split('\n').map(function (l) { return l.trim(); }).filter(function (l) { return l; });
    }
    /** "pm-field-" and the path with every non-alphanumeric run as "-" (as PanelViews.anchor). */
    function anchor(path) { return 'pm-field-' + path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, ''); }
    function parent(path) {
        var cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? '' : path.slice(0, cut);
    }
    function byField(root, path) {
        return root.querySelector('[data-field="' + (window.CSS && CSS.escape ? CSS.escape(path) : path) + '"]');
    }
    /** The input a path names, else the panel part showing its nearest enclosing field, else null. */
    function target(panel, path) {
        for (var p = String(path || ''); p; p = parent(p)) {
            var found = byField(panel, p) || document.getElementById(anchor(p));
            if (found && panel.contains(found)) { return found; }
        }
        return null;
    }

    // ---- reading the inputs -----------------------------------------------------------------------------------------
    /** The input's value as the document stores it; throws an Error naming the problem when it cannot be stored. */
    function read(panel, input) {
        var v = input.value;
        switch (input.getAttribute('data-kind')) {
            case 'list': return lines(v);
            case 'csv': return v.split(',').map(function (x) { return x.trim(); }).filter(function (x) { return x; });
            case 'datetime':
                if (!v) { return null; }
                var at = toOffset(v, zone(panel));
                if (!at) { throw new Error(msg(panel, 'bad-time')); }
                return at;
            case 'boolean': return v === '' ? null : v === 'true';
            // a person chosen in the picker is stored by user name; text typed but not chosen goes as typed
            case 'user': return input.getAttribute('data-value') || (v.trim() ? v.trim() : null);
            default: return v.trim() ? v.trim() : null;
        }
    }
    function changed(input) {
        if (input.tagName === 'SELECT') {
            return Array.prototype.some.call(input.options, function (o) { return o.selected !== o.defaultSelected; });
        }
        return input.value !== input.defaultValue;
    }
    function markSaved(form) {
        form.querySelectorAll('[data-field]').forEach(function (input) {
            if (input.tagName === 'SELECT') {
                Array.prototype.forEach.call(input.options, function (o) { o.defaultSelected = o.selected; });
            } else {
                input.defaultValue = input.value;
            }
        });
        delete form.dataset.restructured;
    }
    function dirty(form) {
        return !!form && (form.dataset.restructured === 'true'
            || Array.prototype.some.call(form.querySelectorAll('[data-field]'), changed));
    }

    /**
     * The document to save: the one last rendered or saved, with every changed input applied (an unchanged time keeps
     * its stored offset), the countermeasures and named times as their rows now stand. Problems: [{field, message}].
     */
    function collect(panel, form, problems) {
        var doc = clone(base(panel));
        function apply(input, assign) {
            try {
                assign(read(panel, input));
            } catch (e) {
                problems.push({field: input.getAttribute('data-field'), message: e.message});
            }
        }
        form.querySelectorAll('[data-field]').forEach(function (input) {
            if (!input.closest('.pm-cm, .pm-named') && changed(input)) {
                apply(input, function (value) { setPath(doc, input.getAttribute('data-field'), value); });
            }
        });
        var stored = (base(panel).countermeasures || []);
        doc.countermeasures = [];
        form.querySelectorAll('#pm-cm-list .pm-cm').forEach(function (card) {
            var id = card.getAttribute('data-countermeasure-id');
            var cm = clone(stored.filter(function (c) { return id && c.id === id; })[0] || {});
            card.querySelectorAll('[data-part]').forEach(function (input) {
                apply(input, function (value) { cm[input.getAttribute('data-part')] = value; });
            });
            if (id || cm.summary || cm.owner) { doc.countermeasures.push(cm); }
        });
        var times = (base(panel).times || {}).custom || [];
        doc.times = doc.times || {};
        doc.times.custom = [];
        form.querySelectorAll('#pm-named-list .pm-named').forEach(function (row) {
            var index = row.getAttribute('data-index');
            var named = clone(index !== null && times[+index] ? times[+index] : {});
            var name = row.querySelector('[data-part="name"]');
            var at = row.querySelector('[data-part="at"]');
            apply(name, function (value) { named.name = value; });
            if (index === null || changed(at)) { apply(at, function (value) { named.at = value; }); }
            if (named.name || named.at) { doc.times.custom.push(named); }
        });
        return doc;
    }

    /** Rows of a list ("countermeasures", "times.custom") edit "<list>[i].<part>", i their position now. */
    function renumber(form) {
        [['#pm-cm-list .pm-cm', 'countermeasures'], ['#pm-named-list .pm-named', 'times.custom']].forEach(function (l) {
            form.querySelectorAll(l[0]).forEach(function (row, i) {
                row.querySelectorAll('[data-part]').forEach(function (input) {
                    var path = l[1] + '[' + i + '].' + input.getAttribute('data-part');
                    input.setAttribute('data-field', path);
                    input.id = anchor(path);
                });
                if (l[1] === 'countermeasures') { row.id = anchor(l[1] + '[' + i + ']'); }
            });
        });
    }
    /** After a save: rows take the ids and positions the server answered with. */
    function adopt(form, doc) {
        var cms = doc.countermeasures || [];
        form.querySelectorAll('#pm-cm-list .pm-cm').forEach(function (card, i) {
            if (cms[i] && cms[i].id) { card.setAttribute('data-countermeasure-id', cms[i].id); }
            card.classList.remove('pm-cm-new');
        });
        form.querySelectorAll('#pm-named-list .pm-named').forEach(function (row, i) {
            row.setAttribute('data-index', String(i));
        });
    }

    // ---- messages and errors ----------------------------------------------------------------------------------------
    function clearErrors(form) {
        form.querySelectorAll('[data-error-for]').forEach(function (e) { e.textContent = ''; });
        form.querySelectorAll('.pm-error').forEach(function (e) { e.remove(); });
        form.querySelectorAll('.pm-form-errors, .pm-form-warnings').forEach(function (box) {
            box.textContent = '';
            box.hidden = true;
        });
    }
    function paragraph(box, text) {
        var p = document.createElement('p');
        p.textContent = text;
        box.appendChild(p);
        box.hidden = false;
    }
    /** An error under an input (in its field group, label or row), or at the end of a holder element. */
    function errorBeside(element, text) {
        var e = document.createElement('div');
        e.className = 'error pm-error';
        e.textContent = text;
        var holder = element.matches('input, select, textarea')
            ? element.closest('.field-group, label, .pm-named') || element.parentNode : element;
        holder.appendChild(e);
    }
    /**
     * Each error next to what it names: a slot of that name (the event form), the input whose data-field is its path
     * ("document." dropped), the countermeasure row it belongs to; else in the form's box as "field: message".
     * A 409 is one clear sentence; the inputs keep what the author typed.
     */
    function showErrors(panel, form, err) {
        var box = form.querySelector('.pm-form-errors');
        if (err.status === 409) {
            paragraph(box, msg(panel, 'conflict'));
            box.scrollIntoView && box.scrollIntoView({block: 'nearest'});
            return;
        }
        var fields = err.fields && err.fields.length ? err.fields : [{field: '', message: err.message}];
        fields.forEach(function (e) {
            var path = String(e.field || '').replace(/^document\./, '');
            var slot = path ? form.querySelector('[data-error-for="' + path + '"]') : null;
            // an item of a list kept in one input (relatedIncidents[1]) is shown beside that input
            var input = path ? byField(form, path) || byField(form, path.replace(/\[\d+\]$/, '')) : null;
            var row = /^countermeasures\[(\d+)\]/.exec(path);
            var card = row ? form.querySelectorAll('#pm-cm-list .pm-cm')[+row[1]] : null;
            if (slot) {
                slot.textContent = e.message;
            } else if (input) {
                errorBeside(input, e.message);
            } else if (card) {
                errorBeside(card.querySelector('.pm-cm-head'), e.message);
            } else {
                paragraph(box, (e.field ? e.field + ': ' : '') + e.message);
            }
        });
    }
    function showWarnings(panel, form, warnings) {
        var box = form.querySelector('.pm-form-warnings');
        paragraph(box, msg(panel, 'saved-warnings'));
        warnings.forEach(function (w) { paragraph(box, w.message); });
    }
    function status(form, text) {
        var s = form.querySelector('.pm-save-status');
        if (s) { s.textContent = text; }
    }

    // ---- redrawing from a save's answer -----------------------------------------------------------------------------
    function renderFindings(panel, review) {
        var block = panel.querySelector('#pm-findings');
        if (!block || !review) { return; }
        var findings = review.findings || [];
        block.textContent = '';
        LEVELS.forEach(function (level) {
            var mine = findings.filter(function (f) { return f.level === level; });
            if (!mine.length) { return; }
            var group = document.createElement('div');
            group.className = 'pm-finding-group';
            var h = document.createElement('h4');
            var lozenge = document.createElement('span');
            lozenge.className = 'aui-lozenge ' + LOZENGES[level];
            lozenge.textContent = msg(panel, 'level-' + level.toLowerCase());
            var count = document.createElement('span');
            count.className = 'pm-count';
            count.textContent = String(mine.length);
            h.append(lozenge, ' ', count);
            var list = document.createElement('ul');
            list.className = 'pm-findings';
            mine.forEach(function (f) {
                var li = document.createElement('li');
                var a = document.createElement('a');
                var found = target(panel, f.path);
                a.className = 'pm-finding-link';
                a.href = '#' + (found && found.id ? found.id : 'pm-panel');
                a.setAttribute('data-path', f.path || '');
                a.title = f.path || '';
                a.textContent = f.message || f.messageKey || f.code;
                li.appendChild(a);
                if (f.span && f.span.sentence) {
                    var q = document.createElement('q');
                    q.className = 'pm-quote';
                    q.textContent = f.span.sentence;
                    li.appendChild(q);
                }
                list.appendChild(li);
            });
            group.append(h, list);
            block.appendChild(group);
        });
        if (!findings.length) {
            var clean = document.createElement('div');
            clean.className = 'aui-message aui-message-success pm-review-clean';
            paragraph(clean, msg(panel, 'clean'));
            block.appendChild(clean);
        }
    }

    function renderTimeline(panel, doc) {
        var table = panel.querySelector('.pm-timeline');
        var body = table.tBodies[0];
        var kinds = {};
        panel.querySelectorAll('#pm-event-kind option').forEach(function (o) { kinds[o.value] = o.textContent; });
        var events = (doc.timeline || []).map(function (e, i) { return {e: e, i: i, ms: Date.parse(e.at)}; });
        events.sort(function (a, b) {
            return (isNaN(a.ms) ? Infinity : a.ms) - (isNaN(b.ms) ? Infinity : b.ms) || a.i - b.i;
        });
        body.textContent = '';
        events.forEach(function (x) {
            var tr = body.insertRow();
            tr.id = anchor('timeline[' + x.i + ']');
            tr.setAttribute('data-event-id', x.e.id || '');
            var at = tr.insertCell();
            at.className = 'pm-nowrap';
            at.textContent = toLocal(x.e.at, zone(panel)).replace('T', ' ');
            tr.insertCell().textContent = kinds[x.e.kind] || '';
            var text = tr.insertCell();
            text.textContent = x.e.text || '';
            if (/^https?:\/\//i.test(String(x.e.evidenceUrl || '').trim())) {
                var link = document.createElement('a');
                link.href = x.e.evidenceUrl.trim();
                link.rel = 'noopener noreferrer';
                link.target = '_blank';
                link.textContent = panel.getAttribute('data-msg-evidence') || 'evidence';
                text.append(' ', link);
            }
            var actions = tr.insertCell();
            actions.className = 'pm-nowrap';
            [['pm-edit-event', 'edit-event'], ['pm-delete-event', 'delete-event']].forEach(function (b) {
                var button = document.createElement('button');
                button.type = 'button';
                button.className = 'aui-button aui-button-link ' + b[0];
                button.textContent = msg(panel, b[1]);
                actions.append(button, ' ');
            });
        });
        table.hidden = !events.length;
        panel.querySelector('.pm-timeline-empty').hidden = events.length > 0;
    }

    /**
     * The durations line of the key times, from the metrics a save or the time bar answers ({timeToDetect: {display}}
     * ...): the server computes them (core.metrics.IncidentMetrics); the script only shows them.
     */
    function renderDurations(panel, metrics) {
        var line = panel.querySelector('#pm-durations');
        if (!line || !metrics) { return; }
        line.textContent = '';
        [['timeToDetect', 'time-to-detect'], ['timeToAcknowledge', 'time-to-acknowledge'],
            ['timeToMitigate', 'time-to-mitigate'], ['timeToResolve', 'time-to-resolve'],
            ['userImpact', 'user-impact']].forEach(function (m) {
            if (metrics[m[0]] && metrics[m[0]].display) {
                var span = document.createElement('span');
                span.className = 'pm-duration';
                span.textContent = msg(panel, 'metric-' + m[1]) + ': ' + metrics[m[0]].display;
                line.appendChild(span);
            }
        });
    }

    // ---- the incident time bar, following the key times as they are edited ---------------------------------------------
    /*
     * The server draws the bar (core.metrics.IncidentBar places every mark) for the times as the form holds them, in the
     * author's zone and language, and answers their durations with it; the script only puts the lines, legend and
     * durations in as text. A time that cannot be read yet keeps the last bar and durations; an answer overtaken by a
     * later edit is dropped.
     */
    var timeBarTimers = new WeakMap();
    var timeBarAsked = new WeakMap();
    function renderTimeBar(figure, bar) {
        var lines = bar.lines || [];
        figure.hidden = !lines.length;
        figure.querySelector('pre').textContent = lines.join('\n');
        var legend = figure.querySelector('.pm-timebar-legend');
        legend.textContent = '';
        (bar.legend || []).forEach(function (mark) {
            var item = document.createElement('li');
            var letter = document.createElement('strong');
            letter.textContent = mark.letter;
            item.appendChild(letter);
            item.appendChild(document.createTextNode(' ' + mark.text));
            legend.appendChild(item);
        });
    }
    function redrawTimeBar(panel, form) {
        var figure = panel.querySelector('#pm-timebar');
        if (!figure) { return; }
        var problems = [];
        var times = collect(panel, form, problems).times;
        if (problems.some(function (p) { return /^times\./.test(p.field || ''); })) { return; }
        var asked = (timeBarAsked.get(panel) || 0) + 1;
        timeBarAsked.set(panel, asked);
        call(panel, 'POST', '/timebar', {times: times}).then(function (bar) {
            if (timeBarAsked.get(panel) === asked) {
                renderTimeBar(figure, bar);
                renderDurations(panel, bar.metrics);
            }
        }, function () { /* the bar and durations stay as they were; saving names what is wrong */ });
    }

    /** The publish form says whether errors still block publishing, as the latest review has it. */
    function renderPublishable(panel, review) {
        // the server says which errors hold back the page (the external summary's hold back only its own page)
        var errors = review.blocksPage !== undefined ? review.blocksPage
            : (review.findings || []).some(function (f) { return f.level === 'ERROR'; });
        panel.querySelectorAll('.pm-publish-blocked').forEach(function (p) { p.hidden = !errors; });
        panel.querySelectorAll('.pm-publish-ready').forEach(function (p) { p.hidden = errors; });
    }

    /** A successful save: the new revision and document become what the next change is based on. */
    function accept(panel, json) {
        if (!json || json.revision === undefined) { return; }
        panel.setAttribute('data-revision', String(json.revision));
        if (json.document) {
            documents.set(panel, json.document);
            renderTimeline(panel, json.document);
            var pending = (json.document.countermeasures || []).some(function (c) { return !c.issueKey; });
            var create = panel.querySelector('#pm-create-tickets');
            if (create) { create.hidden = !pending; }
        }
        renderFindings(panel, json.review);
        renderDurations(panel, json.metrics);
        if (json.review) { renderPublishable(panel, json.review); }
    }

    // ---- pickers: Jira's user picker and issue picker as an ARIA combobox -------------------------------------------
    /*
     * An input with data-picker="user" or "issue" suggests as the author types, from Jira's own REST resources
     * (/rest/api/2/user/picker, /rest/api/2/issue/picker). Arrow keys move through the suggestions, Enter or a click
     * chooses, Escape closes. A user input shows the display name and keeps the user name in data-value; an issue
     * input is a comma-separated list of keys and the chosen key replaces the part being typed.
     */
    var PICKERS = {
        user: {
            query: function (input) { return input.value.trim(); },
            path: function (panel, q) {
                return '/rest/api/2/user/picker?maxResults=10&query=' + encodeURIComponent(q);
            },
            options: function (json) {
                return (json.users || []).map(function (u) {
                    return {value: u.name, label: u.displayName || u.name, detail: u.name};
                });
            },
            choose: function (input, option) {
                input.value = option.label;
                input.setAttribute('data-value', option.value);
            }
        },
        issue: {
            query: function (input) { return input.value.split(',').pop().trim(); },
            path: function (panel, q) {
                return '/rest/api/2/issue/picker?showSubTasks=true&query=' + encodeURIComponent(q)
                    + '&currentIssueKey=' + encodeURIComponent(panel.getAttribute('data-issue-key'));
            },
            options: function (json) {
                var all = [];
                (json.sections || []).forEach(function (section) {
                    (section.issues || []).forEach(function (i) {
                        if (!all.some(function (o) { return o.value === i.key; })) {
                            all.push({value: i.key, label: i.key, detail: i.summaryText || ''});
                        }
                    });
                });
                return all;
            },
            choose: function (input, option) {
                var parts = input.value.split(',').slice(0, -1).map(function (x) { return x.trim(); })
                    .filter(function (x) { return x && x !== option.value; });
                parts.push(option.value);
                input.value = parts.join(', ') + ', ';
            }
        }
    };
    var pickerIds = 0;
    function pickerParts(input) {
        var holder = input.closest('.pm-picker');
        return {list: holder.querySelector('.pm-suggestions'), status: holder.querySelector('.pm-picker-status')};
    }
    function closePicker(input) {
        var parts = pickerParts(input);
        parts.list.hidden = true;
        parts.list.textContent = '';
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
    }
    function activeOption(input) {
        var id = input.getAttribute('aria-activedescendant');
        return id ? document.getElementById(id) : null;
    }
    function moveActive(input, step) {
        var options = Array.prototype.slice.call(pickerParts(input).list.querySelectorAll('[role="option"]'));
        if (!options.length) { return; }
        var at = options.indexOf(activeOption(input));
        var next = options[(at + step + options.length) % options.length];
        options.forEach(function (o) { o.setAttribute('aria-selected', String(o === next)); });
        input.setAttribute('aria-activedescendant', next.id);
        next.scrollIntoView && next.scrollIntoView({block: 'nearest'});
    }
    function choose(input, li) {
        PICKERS[input.getAttribute('data-picker')].choose(input, {value: li.getAttribute('data-value'),
            label: li.getAttribute('data-label')});
        closePicker(input);
        input.dispatchEvent(new Event('change', {bubbles: true}));
        input.focus();
    }
    function suggest(panel, input) {
        var picker = PICKERS[input.getAttribute('data-picker')];
        var q = picker.query(input);
        var parts = pickerParts(input);
        if (!q) { closePicker(input); input.removeAttribute('aria-busy'); return; }
        var asked = String(++pickerIds);
        input.setAttribute('data-asked', asked);
        REST.jira(picker.path(panel, q)).then(function (json) {
            if (input.getAttribute('data-asked') !== asked) { return; } // a later keystroke asked again
            input.removeAttribute('aria-busy');
            var options = picker.options(json);
            parts.list.textContent = '';
            input.removeAttribute('aria-activedescendant');
            options.forEach(function (o, i) {
                var li = document.createElement('li');
                li.id = input.id + '-option-' + i;
                li.setAttribute('role', 'option');
                li.setAttribute('aria-selected', 'false');
                li.setAttribute('data-value', o.value);
                li.setAttribute('data-label', o.label);
                li.className = 'pm-suggestion';
                var main = document.createElement('span');
                main.textContent = o.label;
                var detail = document.createElement('span');
                detail.className = 'pm-suggestion-detail';
                detail.textContent = o.detail;
                li.append(main, ' ', detail);
                parts.list.appendChild(li);
            });
            parts.list.hidden = !options.length;
            input.setAttribute('aria-expanded', String(options.length > 0));
            parts.status.textContent = options.length ? '' : msg(panel, 'picker-none');
        }, function () {
            if (input.getAttribute('data-asked') !== asked) { return; }
            input.removeAttribute('aria-busy');
            closePicker(input);
            parts.status.textContent = msg(panel, 'picker-failed');
        });
    }
    /** Gives a picker input its listbox ids (rows added later get theirs when first focused). */
    function wirePicker(input) {
        var list = pickerParts(input).list;
        if (!list.id) { list.id = 'pm-suggestions-' + (++pickerIds); }
        input.setAttribute('aria-controls', list.id);
    }
    var pickerTimers = new WeakMap();
    document.addEventListener('focusin', function (event) {
        if (event.target.matches && event.target.matches('input[data-picker]')) { wirePicker(event.target); }
    });
    document.addEventListener('focusout', function (event) {
        var input = event.target;
        if (input.matches && input.matches('input[data-picker]')) {
            setTimeout(function () { if (document.activeElement !== input) { closePicker(input); } }, 150);
        }
    });
    document.addEventListener('input', function (event) {
        var input = event.target;
        if (!input.matches || !input.matches('input[data-picker]')) { return; }
        var panel = input.closest('#pm-panel');
        if (input.getAttribute('data-picker') === 'user') { input.removeAttribute('data-value'); }
        wirePicker(input);
        // the listed suggestions answer an older text until Jira answers this one
        input.setAttribute('aria-busy', 'true');
        input.removeAttribute('aria-activedescendant');
        clearTimeout(pickerTimers.get(input));
        pickerTimers.set(input, setTimeout(function () { suggest(panel, input); }, 200));
    });
    document.addEventListener('keydown', function (event) {
        var input = event.target;
        if (!input.matches || !input.matches('input[data-picker]')) { return; }
        var open = input.getAttribute('aria-expanded') === 'true';
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            if (open) {
                event.preventDefault();
                moveActive(input, event.key === 'ArrowDown' ? 1 : -1);
            }
        } else if (event.key === 'Enter' && open) {
            event.preventDefault(); // never submits the form while the list is open
            var active = activeOption(input) || pickerParts(input).list.querySelector('[role="option"]');
            if (active) { choose(input, active); }
        } else if (event.key === 'Escape' && open) {
            event.preventDefault();
            closePicker(input);
        }
    });
    document.addEventListener('mousedown', function (event) {
        var li = event.target.closest ? event.target.closest('.pm-suggestions [role="option"]') : null;
        if (!li) { return; }
        event.preventDefault(); // keeps the focus in the input
        choose(li.closest('.pm-picker').querySelector('input[data-picker]'), li);
    });

    // ---- forms ------------------------------------------------------------------------------------------------------
    function open(panel, id) {
        panel.querySelectorAll('.pm-form').forEach(function (f) { f.hidden = f.id !== id; clearErrors(f); });
        var form = panel.querySelector('#' + id);
        form.reset();
        delete form.dataset.eventId;
        delete form.dataset.originalAt;
        return form;
    }
    function value(form, name) { return form.elements[name].value.trim(); }
    function editor(panel) { return panel.querySelector('#pm-form-document'); }

    function addDays(isoDay, days) {
        var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay || '');
        if (!m) { return ''; }
        return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3] + days)).toISOString().slice(0, 10);
    }
    /**
     * The due date of a new countermeasure: the server's rule (the incident's day plus the severity's weeks while that
     * is ahead) comes with the chosen severity option; without a chosen severity, today plus the default weeks.
     */
    function defaultDueDate(panel, form) {
        var severity = form && form.querySelector('[data-field="severity"]');
        var chosen = severity && severity.selectedOptions[0];
        var weeks = Number(chosen && chosen.getAttribute('data-due-weeks')
            || panel.getAttribute('data-default-due-weeks') || 8);
        return (chosen && chosen.getAttribute('data-due-date')) || addDays(panel.getAttribute('data-today'), weeks * 7);
    }
    /** A new countermeasure row, due by the severity's target, medium priority, preventing. */
    function addCountermeasure(panel, form) {
        var card = panel.querySelector('#pm-cm-template').content.firstElementChild.cloneNode(true);
        card.querySelector('[data-part="dueDate"]').value = defaultDueDate(panel, form);
        card.querySelector('[data-part="priority"]').value = 'MEDIUM';
        card.querySelector('[data-part="kind"]').value = 'PREVENT';
        form.querySelector('#pm-cm-list').appendChild(card);
        form.dataset.restructured = 'true';
        renumber(form);
        card.querySelector('[data-part="summary"]').focus();
    }
    function addNamedTime(panel, form) {
        var row = panel.querySelector('#pm-named-template').content.firstElementChild.cloneNode(true);
        form.querySelector('#pm-named-list').appendChild(row);
        form.dataset.restructured = 'true';
        renumber(form);
        row.querySelector('[data-part="name"]').focus();
    }

    var submitters = {
        'pm-form-document': function (panel, form) {
            var problems = [];
            var doc = collect(panel, form, problems);
            if (problems.length) {
                var err = new Error('');
                err.fields = problems;
                return Promise.reject(err);
            }
            status(form, msg(panel, 'saving'));
            return call(panel, 'PUT', '/document', {revision: revision(panel), document: doc}).then(function (json) {
                adopt(form, json.document || {});
                markSaved(form);
                renumber(form);
                status(form, msg(panel, 'saved'));
                return json;
            }, function (err) {
                status(form, msg(panel, 'unsaved'));
                throw err;
            });
        },
        'pm-form-event': function (panel, form) {
            var typed = form.elements.at.value;
            var at = typed && typed === form.dataset.originalLocal ? form.dataset.originalAt : null;
            if (!at && typed) {
                at = toOffset(typed, zone(panel));
                if (!at) {
                    var err = new Error('');
                    err.fields = [{field: 'at', message: msg(panel, 'bad-time')}];
                    return Promise.reject(err);
                }
            }
            var event = {at: at, kind: value(form, 'kind'), text: value(form, 'text'),
                evidenceUrl: value(form, 'evidenceUrl') || null};
            var id = form.dataset.eventId;
            return id ? call(panel, 'PUT', withRevision(panel, '/timeline/' + encodeURIComponent(id)), event)
                : call(panel, 'POST', withRevision(panel, '/timeline'), event);
        },
        'pm-form-delete-event': function (panel, form) {
            return call(panel, 'DELETE', withRevision(panel, '/timeline/' + encodeURIComponent(form.dataset.eventId)));
        },
        'pm-form-publish': function (panel, form) {
            if (dirty(editor(panel))) {
                var err = new Error(msg(panel, 'save-first'));
                return Promise.reject(err);
            }
            return call(panel, 'POST', '/publish').then(function (json) {
                panel.querySelector('.pm-result').textContent = msg(panel, 'queued');
                form.hidden = true;
                followPublishing(panel);
                return json;
            });
        }
    };

    function createTickets(panel, button) {
        var result = panel.querySelector('.pm-result');
        if (dirty(editor(panel))) {
            result.textContent = msg(panel, 'save-first');
            return;
        }
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        result.textContent = msg(panel, 'creating');
        call(panel, 'POST', '/countermeasures').then(function (json) {
            var results = json.results || [];
            var failed = results.filter(function (r) { return r.outcome === 'FAILED'; });
            result.textContent = msg(panel, 'tickets', [results.length - failed.length, failed.length]);
            failed.forEach(function (r) {
                (r.errors || []).forEach(function (e) { result.textContent += '\n' + e.message; });
            });
            if (!failed.length) { window.location.reload(); }
        }, function (e) {
            result.textContent = e.message;
        }).then(function () {
            button.disabled = false;
            button.removeAttribute('aria-busy');
        });
    }

    /** Lozenge class per status, as ReviewPanel gives it on render. */
    var STATUS_LOZENGES = {DRAFT: '', IN_REVIEW: 'aui-lozenge-inprogress', APPROVED: 'aui-lozenge-current',
        PUBLISHED: 'aui-lozenge-success'};

    /** The status lozenge and the approval line from a document the server answered (text only). */
    function renderLifecycle(panel, doc) {
        var code = (doc && doc.status) || 'DRAFT';
        var box = panel.querySelector('#pm-lifecycle');
        var lozenge = panel.querySelector('#pm-status-lozenge');
        if (!box || !lozenge) { return; }
        box.setAttribute('data-status', code);
        lozenge.className = ('aui-lozenge ' + (STATUS_LOZENGES[code] || '') + ' pm-status-lozenge').replace('  ', ' ');
        lozenge.textContent = msg(panel, 'status-' + code.toLowerCase());
        var by = panel.querySelector('#pm-approved-by');
        var approval = doc && doc.approval;
        by.hidden = !approval;
        by.textContent = approval ? msg(panel, 'approved-by', [approval.approverName || '',
            (toLocal(approval.approvedAt, zone(panel)) || '').replace('T', ' ')]) : '';
    }

    /** The step buttons the server says the viewer may take next (ids and labels as ReviewPanel renders them). */
    function renderSteps(panel, lifecycle) {
        var box = panel.querySelector('.pm-status-steps');
        if (!box || !lifecycle) { return; }
        box.textContent = '';
        (lifecycle.steps || []).forEach(function (code) {
            var b = document.createElement('button');
            b.className = 'aui-button pm-status-step';
            b.type = 'button';
            b.id = 'pm-status-' + code.toLowerCase();
            b.setAttribute('data-status', code);
            b.textContent = msg(panel, 'to-' + code.toLowerCase());
            box.appendChild(b);
        });
        box.hidden = !(lifecycle.steps || []).length;
        var publish = panel.querySelector('#pm-publish');
        if (publish) { publish.hidden = !lifecycle.canPublish; }
    }

    /**
     * A review step: POST the target status with the revision the page holds (never re-fetched). On success the
     * lozenge, approval line, revision and the next steps follow the answer; a 409 is the save's conflict sentence;
     * other errors as text beside.
     */
    function changeStatus(panel, button) {
        var result = panel.querySelector('.pm-status-result');
        var buttons = panel.querySelectorAll('.pm-status-step');
        buttons.forEach(function (b) { b.disabled = true; });
        button.setAttribute('aria-busy', 'true');
        result.textContent = msg(panel, 'status-changing');
        call(panel, 'POST', '/status', {status: button.getAttribute('data-status'), revision: revision(panel)})
            .then(function (json) {
                accept(panel, json);
                renderLifecycle(panel, json.document);
                renderSteps(panel, json.lifecycle);
                result.textContent = msg(panel, 'status-changed');
            }, function (err) {
                buttons.forEach(function (b) { b.disabled = false; });
                if (err.status === 409) {
                    result.textContent = msg(panel, 'conflict');
                } else {
                    var texts = (err.fields || []).map(function (e) { return e.message; });
                    result.textContent = texts.length ? texts.join('\n') : err.message;
                }
            }).then(function () {
                button.removeAttribute('aria-busy');
            });
    }

    /** Two documents say the same apart from what only the server writes (page, status, approval, ticket states). */
    function sameContent(a, b) {
        function content(doc) {
            var c = clone(doc || {});
            ['page', 'status', 'approval', 'announcedAt', 'authors'].forEach(function (k) { delete c[k]; });
            (c.countermeasures || []).forEach(function (cm) { delete cm.status; delete cm.doneOn; });
            return JSON.stringify(c);
        }
        return content(a) === content(b);
    }

    /**
     * After "Publish now" the worker saves the page's id and the Published status into the document, which gives it
     * a new revision: the panel asks for the document until that revision arrives and takes it, so the author's next
     * save is based on it instead of being refused as a conflict. Text typed meanwhile stays in the inputs, as only
     * changed inputs are applied on top of the document taken. Gives up quietly after two minutes.
     */
    function followPublishing(panel) {
        var tries = 0;
        function ask() {
            tries += 1;
            REST.request(panel, 'GET', '/issue/' + encodeURIComponent(panel.getAttribute('data-issue-key'))
                + '/document').then(function (json) {
                var newer = json.revision !== undefined && json.revision > revision(panel);
                // unsaved text is only ever based on a document that differs in what the server owns
                if (newer && (!dirty(editor(panel)) || sameContent(base(panel), json.document))) {
                    accept(panel, json);
                    renderLifecycle(panel, json.document);
                    panel.querySelector('.pm-result').textContent = msg(panel, 'published');
                } else if (tries < 60) {
                    setTimeout(ask, 2000);
                }
            }, function () {
                if (tries < 60) { setTimeout(ask, 2000); }
            });
        }
        setTimeout(ask, 1000);
    }

    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('a.pm-finding-link') : null;
        var panel = link ? link.closest('#pm-panel') : null;
        if (panel) {
            var found = target(panel, link.getAttribute('data-path'));
            if (found) {
                event.preventDefault();
                // an input itself; else the control a part names (its "add" button); else its first input
                var focusable = found.matches('input, select, textarea, button') ? found
                    : document.getElementById(found.getAttribute('data-focus') || '')
                    || found.querySelector('input, select, textarea, button');
                found.scrollIntoView({block: 'center'});
                if (focusable) { focusable.focus({preventScroll: true}); }
            }
            return;
        }
        var button = event.target.closest ? event.target.closest('button') : null;
        panel = button ? button.closest('#pm-panel') : null;
        if (!panel) { return; }
        var form;
        if (button.classList.contains('pm-open')) {
            form = open(panel, button.getAttribute('data-form'));
            if (form.id === 'pm-form-event') {
                form.elements.at.value = toLocal(new Date().toISOString(), zone(panel));
                form.elements.text.focus();
            }
            if (form.id === 'pm-form-import') {
                form.querySelector('.pm-import-confirm').hidden = true;
                panel.querySelector('#pm-import-result').hidden = true;
                form.elements.markdown.focus();
            }
        } else if (button.classList.contains('pm-edit-event')) {
            form = open(panel, 'pm-form-event');
            var id = button.closest('tr').getAttribute('data-event-id');
            var found = (base(panel).timeline || []).filter(function (e) { return e.id === id; })[0] || {};
            form.dataset.eventId = id;
            form.dataset.originalAt = found.at || '';
            form.dataset.originalLocal = toLocal(found.at, zone(panel));
            form.elements.at.value = form.dataset.originalLocal;
            ['kind', 'text', 'evidenceUrl'].forEach(function (k) { form.elements[k].value = found[k] || ''; });
        } else if (button.classList.contains('pm-delete-event')) {
            var row = button.closest('tr');
            form = open(panel, 'pm-form-delete-event');
            form.dataset.eventId = row.getAttribute('data-event-id');
            form.querySelector('.pm-delete-event-text').textContent = row.cells[2].textContent.trim();
        } else if (button.classList.contains('pm-cancel')) {
            button.closest('form').hidden = true;
        } else if (button.classList.contains('pm-cm-add')) {
            addCountermeasure(panel, editor(panel));
        } else if (button.classList.contains('pm-named-add')) {
            addNamedTime(panel, editor(panel));
        } else if (button.classList.contains('pm-cm-remove') || button.classList.contains('pm-named-remove')) {
            form = editor(panel);
            button.closest('.pm-cm, .pm-named').remove();
            form.dataset.restructured = 'true';
            renumber(form);
            status(form, msg(panel, 'unsaved'));
        } else if (button.classList.contains('pm-action-create-tickets')) {
            createTickets(panel, button);
        } else if (button.classList.contains('pm-status-step')) {
            changeStatus(panel, button);
        }
    });

    document.addEventListener('input', function (event) {
        var form = event.target.closest ? event.target.closest('#pm-form-document') : null;
        if (form) { status(form, msg(form.closest('#pm-panel'), 'unsaved')); }
    });

    document.addEventListener('input', function (event) {
        var input = event.target;
        var form = input.closest ? input.closest('#pm-form-document') : null;
        var field = input.getAttribute ? input.getAttribute('data-field') || '' : '';
        if (!form || field.indexOf('times.') !== 0 || field.indexOf('times.custom') === 0) { return; }
        var panel = form.closest('#pm-panel');
        clearTimeout(timeBarTimers.get(panel));
        timeBarTimers.set(panel, setTimeout(function () { redrawTimeBar(panel, form); }, 250));
    });

    window.addEventListener('beforeunload', function (event) {
        var form = document.getElementById('pm-form-document');
        if (dirty(form)) {
            event.preventDefault();
            event.returnValue = '';
        }
    });

    document.addEventListener('submit', function (event) {
        var form = event.target;
        var panel = form.closest ? form.closest('#pm-panel') : null;
        if (!panel || !submitters[form.id]) { return; }
        event.preventDefault();
        clearErrors(form);
        var submit = form.querySelector('[type="submit"]');
        if (submit) { submit.disabled = true; }
        submitters[form.id](panel, form).then(function (json) {
            accept(panel, json);
            var warnings = (json && json.warnings) || [];
            if (warnings.length && form.querySelector('.pm-form-warnings')) {
                showWarnings(panel, form, warnings);
            } else if (form.classList.contains('pm-form')) {
                form.hidden = true;
            }
        }, function (err) {
            showErrors(panel, form, err);
        }).then(function () {
            if (submit) { submit.disabled = false; }
        });
    });

    // ---- ideas parking lot ------------------------------------------------------------------------------------------
    /**
     * "Make countermeasure": the idea leaves the ideas and becomes a countermeasure (its text the summary, due by the
     * severity's target as a new row is, medium priority, preventing, no owner yet), saved in one PUT with the revision
     * the page holds; then the page reloads to show it among the countermeasures. Unsaved edits must be saved first.
     */
    function promoteIdea(panel, button) {
        var block = button.closest('#pm-ideas');
        var result = block.querySelector('.pm-ideas-result');
        var form = editor(panel);
        if (dirty(form)) {
            result.textContent = msg(panel, 'save-first');
            return;
        }
        var doc = clone(base(panel));
        var index = Number(button.closest('.pm-idea').getAttribute('data-idea-index'));
        var ideas = doc.ideas || [];
        var text = String(ideas[index] || '').trim();
        if (!text) { return; }
        ideas.splice(index, 1);
        doc.ideas = ideas;
        doc.countermeasures = (doc.countermeasures || []).concat([{summary: text,
            dueDate: defaultDueDate(panel, form), priority: 'MEDIUM', kind: 'PREVENT'}]);
        button.disabled = true;
        result.textContent = msg(block, 'promoting');
        call(panel, 'PUT', '/document', {revision: revision(panel), document: doc}).then(function () {
            window.location.reload();
        }, function (err) {
            button.disabled = false;
            var texts = (err.fields || []).map(function (e) { return e.message; });
            result.textContent = err.status === 409 ? msg(panel, 'conflict')
                : (texts.length ? texts.join('\n') : err.message);
        });
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('button.pm-idea-promote') : null;
        var panel = button ? button.closest('#pm-panel') : null;
        if (panel) { promoteIdea(panel, button); }
    });

    // ---- import from Markdown ---------------------------------------------------------------------------------------
    /**
     * "Import from Markdown": the chosen file's text (else the pasted text) goes to POST /import with the revision the
     * page holds; the server runs the same import as the CLI. A post-mortem that already has content answers 409
     * naming "replace": the form then says so and shows the confirmation box, and only a submit with it ticked
     * replaces. On success the page reloads with the imported document, and a line above the actions says what was
     * kept under Notes (the server's unmapped lines, as text). Unsaved edits must be saved first.
     */
    function importedKey(panel) { return 'pm-imported-' + panel.getAttribute('data-issue-key'); }

    function markdownOf(form) {
        var file = form.elements.file.files && form.elements.file.files[0];
        return file ? file.text() : Promise.resolve(form.elements.markdown.value);
    }

    function importMarkdown(panel, form) {
        var confirm = form.querySelector('.pm-import-confirm');
        var submit = form.querySelector('[type="submit"]');
        clearErrors(form);
        if (dirty(editor(panel))) {
            showErrors(panel, form, new Error(msg(panel, 'save-first')));
            return;
        }
        var progress = form.querySelector('.pm-import-status');
        submit.disabled = true;
        submit.setAttribute('aria-busy', 'true');
        progress.textContent = REST.message(form, 'importing');
        markdownOf(form).then(function (text) {
            return call(panel, 'POST', '/import', {revision: revision(panel), markdown: text,
                replace: !confirm.hidden && form.elements.replace.checked});
        }, function () {
            var err = new Error('');
            err.fields = [{field: 'markdown', message: REST.message(form, 'file-unreadable')}];
            throw err;
        }).then(function (json) {
            try {
                window.sessionStorage.setItem(importedKey(panel), JSON.stringify(json.unmapped || []));
            } catch (ignored) { /* no storage: the notes still show on the page */ }
            window.location.reload();
        }, function (err) {
            var replace = (err.fields || []).filter(function (e) { return e.field === 'replace'; })[0];
            if (err.status === 409 && replace) {
                confirm.hidden = false;
                confirm.querySelector('.pm-import-confirm-text').textContent = replace.message;
                form.elements.replace.focus();
            } else {
                showErrors(panel, form, err);
            }
            progress.textContent = '';
            submit.disabled = false;
            submit.removeAttribute('aria-busy');
        });
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        var panel = form.id === 'pm-form-import' && form.closest ? form.closest('#pm-panel') : null;
        if (!panel) { return; }
        event.preventDefault();
        importMarkdown(panel, form);
    });

    /** After an import's reload: how many parts were kept under Notes, and each of them, as text. */
    function showImported() {
        var panel = document.getElementById('pm-panel');
        var box = panel && panel.querySelector('#pm-import-result');
        var form = panel && panel.querySelector('#pm-form-import');
        if (!box || !form) { return; }
        var stored = null;
        try {
            stored = window.sessionStorage.getItem(importedKey(panel));
            window.sessionStorage.removeItem(importedKey(panel));
        } catch (ignored) { return; }
        if (stored === null) { return; }
        var lines = [];
        try { lines = JSON.parse(stored) || []; } catch (ignored) { lines = []; }
        paragraph(box, lines.length ? REST.message(form, 'imported', [lines.length])
            : REST.message(form, 'imported-all'));
        if (lines.length) {
            var list = document.createElement('ul');
            list.className = 'pm-import-unmapped';
            lines.forEach(function (line) {
                var item = document.createElement('li');
                item.textContent = String(line);
                list.appendChild(item);
            });
            box.appendChild(list);
        }
        box.hidden = false;
        box.scrollIntoView && box.scrollIntoView({block: 'nearest'});
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', showImported);
    } else {
        showImported();
    }
}());
