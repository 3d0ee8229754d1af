/*
 * Shared by the headless-Chromium tests (inlined first by io.postmortems.testing.BrowserProbe). A test's probe
 * replaces the REST API with probe.fetch, drives the page with probe.steps and so reports what it saw as JSON in
 * <pre id="probe">, which the Java side reads back.
 */
window.probe = (function () {
    'use strict';

    var calls = [];

    /** A fetch answer: the body as JSON with the given HTTP status. */
    function json(status, body) {
        return Promise.resolve(new Response(JSON.stringify(body),
            {status: status, headers: {'Content-Type': 'application/json'}}));
    }

    /** Replaces window.fetch by answer(method, url, init); every call is kept in probe.calls first. */
    function fetch(answer) {
        window.fetch = function (url, init) {
            var method = (init && init.method) || 'GET';
            calls.push({method: method, url: String(url), body: init && init.body});
            return answer(method, String(url), init);
        };
    }

    /** The calls sent with the given method, oldest first. */
    function sent(method) {
        return calls.filter(function (c) { return c.method === method; });
    }

    /** Writes what the probe saw into the page as <pre id="probe">, as JSON text. */
    function report(out) {
        var pre = document.createElement('pre');
        pre.id = 'probe';
        pre.textContent = JSON.stringify(out);
        document.body.appendChild(pre);
    }

    /**
     * Once the page has loaded, runs each step(out) ms after the one before (the first ms after load, so the
     * page's own requests have been answered), all with the same out object, then reports out.
     */
    function steps(fns, ms) {
        var out = {};
        function run(i) {
            fns[i](out);
            if (i + 1 < fns.length) {
                setTimeout(function () { run(i + 1); }, ms);
            } else {
                report(out);
            }
        }
        window.addEventListener('load', function () {
            setTimeout(function () { run(0); }, ms);
        });
    }

    return {calls: calls, json: json, fetch: fetch, sent: sent, report: report, steps: steps};
}());
