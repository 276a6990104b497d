// Cerita staff UI: progressive enhancement only; every page works without this file.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  function csrfHeaders() {
    var header = document.querySelector('meta[name="_csrf_header"]');
    var token = document.querySelector('meta[name="_csrf"]');
    var headers = { 'Content-Type': 'text/plain;charset=UTF-8' };
    if (header && token) { headers[header.content] = token.content; }
    return headers;
  }

  // Live Markdown preview: the server renders with the same engine as the exported site.
  function setUpPreview(textarea) {
    var target = document.getElementById(textarea.dataset.preview);
    if (!target) { return; }
    var timer = null;
    var sent = null;
    function render() {
      var text = textarea.value;
      if (text === sent) { return; }
      sent = text;
      fetch(textarea.dataset.previewUrl, { method: 'POST', headers: csrfHeaders(), body: text, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) { target.innerHTML = html; target.dataset.rendered = 'true'; })
        .catch(function () { sent = null; });
    }
    textarea.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(render, 300); });
    render();
  }

  // Province then regency: fill the regency list of the chosen province.
  function setUpRegionPicker(province) {
    var regency = document.getElementById(province.dataset.regencies);
    if (!regency) { return; }
    province.addEventListener('change', function () {
      var first = regency.options.length ? regency.options[0].cloneNode(true) : null;
      regency.innerHTML = '';
      if (first && !first.value) { regency.appendChild(first); }
      if (!province.value) { return; }
      fetch(province.dataset.regionsUrl + encodeURIComponent(province.value), { credentials: 'same-origin' })
        .then(function (r) { return r.json(); })
        .then(function (list) {
          list.forEach(function (r) {
            var option = document.createElement('option');
            option.value = r.code;
            option.textContent = r.name;
            regency.appendChild(option);
          });
          regency.dispatchEvent(new Event('regencies-loaded'));
        });
    });
  }

  // Repeatable rows (quotes, outcomes, sources): copy the last row with empty fields and the next index.
  function setUpRepeater(button) {
    var container = document.getElementById(button.dataset.rows);
    button.hidden = false;
    button.addEventListener('click', function () {
      var rows = container.querySelectorAll('.row');
      var last = rows[rows.length - 1];
      var index = rows.length;
      var copy = last.cloneNode(true);
      copy.querySelectorAll('input, select, textarea, label').forEach(function (el) {
        ['name', 'id', 'for'].forEach(function (attr) {
          var value = el.getAttribute(attr);
          if (value) { el.setAttribute(attr, value.replace(/\[\d+\]/, '[' + index + ']').replace(/-\d+-/, '-' + index + '-')); }
        });
        if (el.tagName === 'SELECT') { el.selectedIndex = 0; } else if (el.tagName !== 'LABEL') { el.value = ''; }
      });
      container.appendChild(copy);
      var focus = copy.querySelector('input, textarea, select');
      if (focus) { focus.focus(); }
    });
  }

  // The staff menu on a phone: folded behind its button until asked for (CSS hides it at narrow widths only).
  function setUpMenu(button) {
    var menu = document.getElementById(button.getAttribute('aria-controls'));
    if (!menu) { return; }
    button.addEventListener('click', function () {
      var open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      menu.classList.toggle('open', open);
    });
  }

  // deferred: the page is parsed, so the menu works from the moment its button shows (the "js" class above)
  document.querySelectorAll('button.menu-toggle[aria-controls]').forEach(setUpMenu);

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('textarea[data-preview]').forEach(setUpPreview);
    document.querySelectorAll('select[data-regencies]').forEach(setUpRegionPicker);
    document.querySelectorAll('button[data-rows]').forEach(setUpRepeater);
    var summary = document.getElementById('error-summary');
    if (summary) { summary.focus(); }
  });
}());
