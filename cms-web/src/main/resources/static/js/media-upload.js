// Drag and drop upload with a progress bar per file. One request per file to /media/upload.
(function () {
  'use strict';
  var zone = document.getElementById('drop-zone');
  var input = document.getElementById('file-input');
  var list = document.getElementById('upload-list');
  var url = zone.getAttribute('data-upload-url');
  var text = {
    edit: zone.getAttribute('data-text-edit'),
    known: zone.getAttribute('data-text-known'),
    failed: zone.getAttribute('data-text-failed'),
    offline: zone.getAttribute('data-text-offline')
  };
  var token = document.querySelector('meta[name="_csrf"]').getAttribute('content');
  var header = document.querySelector('meta[name="_csrf_header"]').getAttribute('content');

  function upload(file) {
    var item = document.createElement('li');
    item.className = 'upload-item';
    var name = document.createElement('span');
    name.textContent = file.name;
    var progress = document.createElement('progress');
    progress.max = 100;
    progress.value = 0;
    var status = document.createElement('span');
    status.className = 'upload-status';
    item.append(name, progress, status);
    list.appendChild(item);

    var form = new FormData();
    form.append('file', file, file.name);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader(header, token);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        progress.value = Math.round(100 * e.loaded / e.total);
      }
    });
    xhr.addEventListener('load', function () {
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (ignored) { /* not JSON */ }
      if (xhr.status === 200 || xhr.status === 201) {
        progress.value = 100;
        item.classList.add('done');
        var link = document.createElement('a');
        link.href = body.location;
        link.className = 'upload-edit-link';
        link.textContent = xhr.status === 201 ? text.edit : text.known;
        var thumb = document.createElement('img');
        thumb.src = body.thumbnail;
        thumb.alt = '';
        thumb.width = 160;
        status.replaceChildren(thumb, link);
      } else {
        item.classList.add('failed');
        status.textContent = (body.title ? body.title + ': ' : '') + (body.detail || text.failed.replace('{0}', xhr.status));
        status.setAttribute('role', 'alert');
      }
    });
    xhr.addEventListener('error', function () {
      item.classList.add('failed');
      status.textContent = text.offline;
    });
    xhr.send(form);
  }

  function uploadAll(files) {
    Array.prototype.forEach.call(files, upload);
  }

  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add('dragging'); });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.remove('dragging'); });
  });
  zone.addEventListener('drop', function (e) { uploadAll(e.dataTransfer.files); });
  input.addEventListener('change', function () { uploadAll(input.files); input.value = ''; });
})();
