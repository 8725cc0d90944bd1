// A service's information text previewed as it is typed: the page's own "Preview the information" round trip
// (the server renders the safe Markdown subset), sent in the background a moment after typing stops, and its
// preview put on this page. Without this script the button does the same with a reload. Nothing is saved.
(function () {
  'use strict';
  var info = document.getElementById('info');
  var form = info && info.form;
  if (!form || !window.fetch || !window.DOMParser) {
    return;
  }
  var timer;
  var sent = 0;
  info.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(preview, 500);
  });

  function preview() {
    var fields = new URLSearchParams(new FormData(form));
    fields.set('action', 'preview');
    var mine = ++sent;
    // getAttribute: the form's buttons are named action, which hides form.action.
    fetch(form.getAttribute('action'), {method: 'POST', body: fields, credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html || mine !== sent) {
          return; // a failed round trip leaves the page as it is; a later one has been sent
        }
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('info-preview');
        var shown = document.getElementById('info-preview');
        if (!fresh) {
          return;
        }
        if (shown) {
          shown.replaceWith(fresh);
        } else {
          info.closest('.govuk-form-group').after(fresh);
        }
      })
      .catch(function () { /* offline: the button still works */ });
  }
}());
