// Follows the site export while it runs and says how it ended ("Selesai, build 4, 37 halaman, 812 ms"), then
// refreshes the links to the builds staff may open. No inline script: the UI's CSP allows only 'self'.
(function () {
  'use strict';
  var bar = document.getElementById('site-progress');
  if (!bar) { return; }
  var d = bar.dataset;
  var labels = { IDLE: d.labelIdle, QUEUED: d.labelQueued, RUNNING: d.labelRunning, FAILED: d.labelFailed };
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) { return key in values ? values[key] : all; });
  }
  function text(id, value) { document.getElementById(id).textContent = value; }
  function link(id, build, label) {
    var list = document.getElementById('site-previews');
    var a = document.getElementById(id);
    if (!build) { if (a) { a.parentNode.remove(); } return; }
    if (!a) {
      var li = document.createElement('li');
      a = document.createElement('a');
      a.id = id;
      li.appendChild(a);
      list.appendChild(li);
    }
    a.href = d.previewBase + build + '/';
    a.textContent = fill(label, { build: build });
  }
  function previews() {
    fetch(d.previewsUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (p) {
        link('site-preview-live', p.live, d.labelLive);
        link('site-preview-pending', p.pending, d.labelPending);
        document.getElementById('site-previews-none').hidden = !!(p.live || p.pending);
      });
  }
  function poll() {
    fetch(d.url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (p) {
        var busy = p.state === 'RUNNING' || p.state === 'QUEUED';
        bar.value = p.total ? Math.floor(100 * p.done / p.total) : (p.state === 'IDLE' ? 100 : 0);
        var finished = p.state === 'IDLE' && p.build && p.millis > 0;
        text('site-state', finished ? fill(d.labelDone, { build: p.build, pages: p.pages, millis: p.millis })
          : labels[p.state] || p.state);
        text('site-count', busy && p.total ? p.done + ' / ' + p.total : '');
        if (p.build) { text('site-build', fill(d.labelBuild, { build: p.build })); }
        var error = document.getElementById('site-error');
        error.hidden = !p.error; error.textContent = p.error || '';
        if (busy) { setTimeout(poll, 500); } else { previews(); }
      });
  }
  poll();
}());
