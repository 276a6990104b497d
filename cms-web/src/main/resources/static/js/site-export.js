// Polls the site export's progress while it runs (no inline script: the UI's CSP allows only 'self').
(function () {
  'use strict';
  var bar = document.getElementById('site-progress');
  if (!bar) { return; }
  var labels = { IDLE: bar.closest('main').querySelector('#site-state').textContent };
  function poll() {
    fetch(bar.dataset.url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (p) {
        var percent = p.total ? Math.floor(100 * p.done / p.total) : (p.state === 'IDLE' ? 100 : 0);
        bar.value = percent;
        document.getElementById('site-state').textContent = p.state === 'IDLE' ? labels.IDLE : p.state;
        document.getElementById('site-count').textContent = p.total ? p.done + ' / ' + p.total : '';
        var error = document.getElementById('site-error');
        error.hidden = !p.error; error.textContent = p.error || '';
        if (p.state === 'RUNNING' || p.state === 'QUEUED') { setTimeout(poll, 500); }
      });
  }
  poll();
}());
