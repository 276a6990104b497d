// Click-to-set focal point: posts the point, moves the marker, reloads the crop previews.
(function () {
  'use strict';
  var image = document.getElementById('focal-image');
  var marker = document.getElementById('focal-marker');
  var status = document.getElementById('focal-status');
  var version = document.getElementById('version');
  function text(name) { return status.getAttribute('data-text-' + name); }
  function at(x, y) {
    return text('at').replace('{0}', Math.round(x * 100)).replace('{1}', Math.round(y * 100));
  }
  var token = document.querySelector('meta[name="_csrf"]').getAttribute('content');
  var header = document.querySelector('meta[name="_csrf_header"]').getAttribute('content');

  function place(x, y) {
    marker.style.left = (x * 100) + '%';
    marker.style.top = (y * 100) + '%';
    marker.hidden = false;
  }

  function refreshCrops(newVersion) {
    document.querySelectorAll('img.crop-preview').forEach(function (img) {
      img.src = img.src.replace(/([?&]v=)\d+/, '$1' + newVersion);
    });
  }

  image.addEventListener('click', function (e) {
    var box = image.getBoundingClientRect();
    var x = Math.min(1, Math.max(0, (e.clientX - box.left) / box.width));
    var y = Math.min(1, Math.max(0, (e.clientY - box.top) / box.height));
    place(x, y);
    status.textContent = text('saving');
    var body = new URLSearchParams({ x: x.toFixed(4), y: y.toFixed(4) });
    fetch(image.getAttribute('data-url'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json', [header]: token },
      body: body,
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.json();
    }).then(function (point) {
      place(point.x, point.y);
      version.value = point.version;
      image.setAttribute('data-version', point.version);
      refreshCrops(point.version);
      status.textContent = at(point.x, point.y);
    }).catch(function (err) {
      status.textContent = text('failed').replace('{0}', err.message);
    });
  });

  place(parseFloat(image.getAttribute('data-x')), parseFloat(image.getAttribute('data-y')));
})();
