// Follows a search index rebuild while it runs (no inline script: the UI's CSP allows only 'self').
(function () {
  'use strict';
  var bar = document.getElementById('rebuild-progress');
  if (!bar) { return; }
  function label(state) {
    return bar.getAttribute('data-state-' + state.toLowerCase()) || state;
  }
  function poll() {
    fetch(bar.dataset.url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (p) {
        bar.value = p.total ? Math.floor(100 * p.done / p.total) : (p.state === 'DONE' ? 100 : 0);
        document.getElementById('rebuild-state').textContent = label(p.state);
        document.getElementById('rebuild-count').textContent = p.total ? p.done + ' / ' + p.total : '';
        var error = document.getElementById('rebuild-error');
        error.hidden = !p.error; error.textContent = p.error || '';
        if (p.state === 'RUNNING') { setTimeout(poll, 1000); }
      });
  }
  poll();
}());
