// Client-side search over the site's search-index.json (its address is in the form's data-index) (title, summary, place). The CMS has the journalists' real search.
(function () {
  'use strict';
  var form = document.querySelector('form.search');
  if (!form) { return; }
  var input = form.querySelector('input[name=q]');
  var list = document.getElementById('search-results');
  var index = null;
  function show(query) {
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    list.textContent = '';
    if (!words.length) { return; }
    index.filter(function (s) {
      var text = (s.t + ' ' + s.s + ' ' + s.p).toLowerCase();
      return words.every(function (w) { return text.indexOf(w) >= 0; });
    }).slice(0, 20).forEach(function (s) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = s.u; a.textContent = s.t; a.lang = s.l;
      li.appendChild(a);
      li.appendChild(document.createTextNode(' — ' + s.p));
      list.appendChild(li);
    });
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var query = input.value;
    if (index) { show(query); return; }
    fetch(form.getAttribute('data-index')).then(function (r) { return r.json(); }).then(function (data) {
      index = data; show(query);
    });
  });
}());
