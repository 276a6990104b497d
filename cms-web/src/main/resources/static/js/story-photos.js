// Photos on the story editor: a click on a photo sets its focal point fields (the number inputs work without this,
// with the keyboard). No inline script: the CSP allows only this origin's files.
(function () {
  'use strict';
  document.querySelectorAll('img.focal-target[data-focal-form]').forEach(function (img) {
    var form = document.getElementById(img.dataset.focalForm);
    if (!form) {
      return;
    }
    img.addEventListener('click', function (event) {
      var box = img.getBoundingClientRect();
      form.elements.focalX.value = Math.round(Math.min(1, Math.max(0, (event.clientX - box.left) / box.width)) * 100);
      form.elements.focalY.value = Math.round(Math.min(1, Math.max(0, (event.clientY - box.top) / box.height)) * 100);
      form.elements.focalX.focus();
    });
  });
}());
