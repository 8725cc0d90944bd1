// The board pack's "Print this pack" button: shown only where script can print. Without it the browser's own
// Print command does the same, and the page says so.
(function () {
  'use strict';
  var button = document.getElementById('print-pack');
  if (!button || !window.print) {
    return;
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    window.print();
  });
})();
