// Search-as-you-type pickers: a WAI-ARIA 1.2 combobox with a listbox popup over a plain <select>, which stays in the
// form (hidden) and is what gets posted. Markup: <div data-picker data-lookup="/lookup/..."> <label for=ID>
// <select id=ID [multiple] data-msg-*>. The lookup answers [{id, label, detail}]. Without this file, the select works.
(function () {
  'use strict';

  function el(tag, className) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    return node;
  }

  function format(template, value) {
    return (template || '').replace('{0}', value);
  }

  function setUp(root) {
    var select = root.querySelector('select');
    if (!select || !root.dataset.lookup) { return; }
    var multiple = select.multiple;
    var id = select.id;
    var msg = select.dataset;
    var label = root.querySelector('label[for="' + id + '"]');

    var input = el('input', 'picker-input');
    input.type = 'text';
    input.id = id + '-search';
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id + '-listbox');
    ['aria-describedby', 'aria-invalid'].forEach(function (name) {
      if (select.hasAttribute(name)) { input.setAttribute(name, select.getAttribute(name)); }
    });
    if (label) { label.htmlFor = input.id; }

    var list = el('ul', 'picker-list');
    list.id = id + '-listbox';
    list.setAttribute('role', 'listbox');
    if (label) { list.setAttribute('aria-label', label.textContent.trim()); }
    list.hidden = true;

    var status = el('p', 'picker-status');
    // a polite live region without role="status": the page's own status message stays the only one
    status.setAttribute('aria-live', 'polite');
    status.setAttribute('aria-atomic', 'true');

    var chosen = null;
    if (multiple) {
      chosen = el('ul', 'picker-chosen');
      if (label) { chosen.setAttribute('aria-label', label.textContent.trim()); }
    }

    select.hidden = true;
    select.setAttribute('aria-hidden', 'true');
    select.tabIndex = -1;
    var box = el('div', 'picker-box');
    box.appendChild(input);
    box.appendChild(list);
    select.insertAdjacentElement('afterend', box);
    box.insertAdjacentElement('afterend', status);
    if (chosen) { status.insertAdjacentElement('afterend', chosen); }

    var results = [];
    var active = -1;
    var timer = null;
    var asked = 0;

    function selectedOptions() {
      return Array.prototype.filter.call(select.options, function (o) { return o.selected && o.value; });
    }

    function currentLabel() {
      var chosenOptions = selectedOptions();
      return !multiple && chosenOptions.length ? chosenOptions[0].textContent : '';
    }

    function announce(text) {
      status.textContent = '';
      // a fresh text node each time, so that screen readers announce a repeated message too
      window.setTimeout(function () { status.textContent = text; }, 50);
    }

    function renderChosen() {
      if (!chosen) { return; }
      chosen.innerHTML = '';
      selectedOptions().forEach(function (option) {
        var item = el('li');
        var text = el('span');
        text.textContent = option.textContent;
        var remove = el('button', 'picker-remove');
        remove.type = 'button';
        remove.setAttribute('aria-label', format(msg.msgRemove, option.textContent));
        remove.textContent = '×';
        remove.addEventListener('click', function () {
          option.selected = false;
          select.dispatchEvent(new Event('change', { bubbles: true }));
          renderChosen();
          announce(format(msg.msgRemoved, option.textContent));
          input.focus();
        });
        item.appendChild(text);
        item.appendChild(remove);
        chosen.appendChild(item);
      });
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      var items = list.querySelectorAll('[role="option"]');
      items.forEach(function (item, i) {
        var on = i === index;
        item.classList.toggle('active', on);
        item.setAttribute('aria-selected', on ? 'true' : 'false');
      });
      active = index;
      if (index >= 0 && items[index]) {
        input.setAttribute('aria-activedescendant', items[index].id);
        items[index].scrollIntoView({ block: 'nearest' });
      }
      else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function choose(index) {
      var choice = results[index];
      if (!choice) { return; }
      var option = Array.prototype.find.call(select.options, function (o) { return o.value === choice.id; });
      if (!option) {
        option = new Option(choice.label, choice.id);
        select.appendChild(option);
      }
      if (multiple) {
        option.selected = true;
        input.value = '';
        renderChosen();
      }
      else {
        select.value = choice.id;
        input.value = option.textContent;
      }
      select.dispatchEvent(new Event('change', { bubbles: true }));
      close();
      announce(format(msg.msgChosen, choice.label));
    }

    function show(found) {
      var taken = multiple ? selectedOptions().map(function (o) { return o.value; }) : [];
      results = found.filter(function (choice) { return taken.indexOf(choice.id) < 0; });
      list.innerHTML = '';
      results.forEach(function (choice, i) {
        var item = el('li', 'picker-option');
        item.id = id + '-option-' + i;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        var main = el('span');
        main.textContent = choice.label;
        item.appendChild(main);
        if (choice.detail) {
          var detail = el('small');
          detail.textContent = choice.detail;
          item.appendChild(detail);
        }
        // mousedown, not click: the input keeps the focus
        item.addEventListener('mousedown', function (event) {
          event.preventDefault();
          choose(i);
        });
        list.appendChild(item);
      });
      if (results.length) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        highlight(-1);
        announce(format(msg.msgResults, results.length));
      }
      else {
        close();
        announce(msg.msgNone || '');
      }
    }

    function search() {
      var ask = ++asked;
      var url = root.dataset.lookup + '?q=' + encodeURIComponent(input.value.trim());
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
        .then(function (found) {
          if (ask === asked && document.activeElement === input) { show(found); }
        })
        .catch(function () { if (ask === asked) { close(); announce(msg.msgFailed || ''); } });
    }

    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(search, 150);
    });

    input.addEventListener('keydown', function (event) {
      var open = !list.hidden;
      switch (event.key) {
        case 'ArrowDown':
          event.preventDefault();
          if (!open) { search(); } else { highlight(Math.min(active + 1, results.length - 1)); }
          break;
        case 'ArrowUp':
          event.preventDefault();
          if (open) { highlight(Math.max(active - 1, 0)); }
          break;
        case 'Enter':
          if (open) {
            event.preventDefault();
            if (active >= 0) { choose(active); }
          }
          break;
        case 'Escape':
          if (open) {
            event.preventDefault();
            close();
          }
          else if (!multiple) {
            input.value = currentLabel();
          }
          break;
        case 'Tab':
          close();
          break;
        default:
          break;
      }
    });

    input.addEventListener('blur', function () {
      window.clearTimeout(timer);
      close();
      if (multiple) {
        input.value = '';
      }
      else if (input.value.trim() === '') {
        if (select.value) {
          select.value = '';
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }
      }
      else {
        input.value = currentLabel();
      }
    });

    input.value = currentLabel();
    renderChosen();
    root.classList.add('picker-ready');
  }

  // "Add a new alumnus" on a saved story saves the form first (the server then goes on to the alumni page). As a
  // plain button, not a submit button, it cannot become the form's default button that Enter in a text field clicks.
  function setUpSaveFirst(button) {
    var form = button.form;
    if (!form) { return; }
    button.type = 'button';
    button.addEventListener('click', function () {
      var action = document.createElement('input');
      action.type = 'hidden';
      action.name = button.name;
      action.value = button.value;
      form.appendChild(action);
      form.requestSubmit();
    });
  }

  function start() {
    document.querySelectorAll('[data-picker]').forEach(setUp);
    document.querySelectorAll('button[data-save-first]').forEach(setUpSaveFirst);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
}());
