// Standard replies on a request's page: choosing one fills the note for the resident and selects the status it
// carries, at once. Without this script, "Use this reply" reloads the page with the same two filled in.
// Either way the caseworker can change both before saving: the form sends what it shows.
(function () {
  'use strict';
  var reply = document.getElementById('reply');
  var status = document.getElementById('status');
  var note = document.getElementById('publicNote');
  if (!reply || !status || !note) {
    return;
  }
  reply.addEventListener('change', function () {
    var chosen = reply.options[reply.selectedIndex];
    if (!chosen.value) {
      return;
    }
    note.value = chosen.getAttribute('data-text') || '';
    var wanted = chosen.getAttribute('data-status');
    // A reply without a status, or with one the request cannot move to (not in the list), leaves the status alone.
    var offered = Array.prototype.some.call(status.options, function (option) {
      return option.value === wanted;
    });
    if (wanted && offered) {
      status.value = wanted;
    }
  });
}());
