// The visitors' search on every page: Pagefind's default UI over the pagefind/ bundle each export writes beside the
// pages (plain static files, no server). Pagefind keeps one index per page language, so a page searches the stories
// in its own language, stemmed as that language, and speaks its language (from <html lang>), "no result" included.
// The site may live under a sub-path: the bundle and the result links start with the base the page carries.
(function () {
  'use strict';
  var box = document.getElementById('search');
  if (!box || typeof PagefindUI === 'undefined') { return; }
  new PagefindUI({
    element: '#search',
    bundlePath: box.getAttribute('data-bundle'),
    baseUrl: box.getAttribute('data-base'),
    showImages: false,
    showSubResults: false,
    resetStyles: false
  });
}());
