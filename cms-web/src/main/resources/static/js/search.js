// Autocomplete for the search box: titles, people, businesses and places as the journalist types.
(function () {
  const input = document.getElementById('q');
  const list = document.getElementById('suggestions');
  if (!input || !list) return;
  let timer;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    const typed = input.value.trim();
    if (typed.length < 2) return;
    timer = setTimeout(function () {
      fetch(input.dataset.suggest + '?q=' + encodeURIComponent(typed), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (suggestions) {
          list.replaceChildren.apply(list, suggestions.map(function (s) {
            const option = document.createElement('option');
            option.value = s.text;
            return option;
          }));
        })
        .catch(function () { /* autocomplete is a nicety; the form still works */ });
    }, 150);
  });
})();
