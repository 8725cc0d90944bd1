// "Pass it to" on a request's page: the service list follows the chosen council, showing only the services that
// council takes requests for (and the request's own service there, if it has it). Without this script every
// partner's services are listed under the partner's name, and the server checks that the two agree.
(function () {
  'use strict';
  var council = document.getElementById('transferTo');
  var service = document.getElementById('service');
  if (!council || !service) {
    return;
  }
  function follow(keepChoice) {
    var chosen = council.value;
    var groups = service.querySelectorAll('optgroup[data-council]');
    var match = null;
    Array.prototype.forEach.call(groups, function (group) {
      var shown = group.getAttribute('data-council') === chosen;
      group.hidden = !shown;
      group.disabled = !shown;
      if (shown) {
        match = group;
      }
    });
    var selected = service.options[service.selectedIndex];
    if (keepChoice && selected && selected.parentNode === match) {
      return;
    }
    var current = match && Array.prototype.filter.call(match.querySelectorAll('option'), function (option) {
      return option.value === service.getAttribute('data-current');
    })[0];
    if (current) {
      current.selected = true;
    } else {
      service.value = '';
    }
  }
  council.addEventListener('change', function () {
    follow(false);
  });
  follow(true);
}());
