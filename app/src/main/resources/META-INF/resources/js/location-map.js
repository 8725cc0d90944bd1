// The map pin for a place question: an enhancement over the words and address the page always offers.
// A click (or "Put the pin at the centre of the map", for keyboards) sets the hidden latitude and longitude.
(function () {
  'use strict';
  if (!window.L) {
    return;
  }
  function tiles(map, element) {
    L.tileLayer(element.getAttribute('data-tile-url'), {
      attribution: element.getAttribute('data-attribution'),
      maxZoom: 19
    }).addTo(map);
  }

  // A point already given (a request's page for staff): shown, not changed.
  document.querySelectorAll('.tierless-map[data-readonly]').forEach(function (element) {
    element.hidden = false;
    var point = [parseFloat(element.getAttribute('data-lat')), parseFloat(element.getAttribute('data-lon'))];
    var map = L.map(element).setView(point, 17);
    tiles(map, element);
    L.marker(point, { keyboard: false }).addTo(map);
  });

  document.querySelectorAll('.tierless-map[data-question]').forEach(function (element) {
    var id = element.getAttribute('data-question');
    var lat = document.getElementById(id + '-lat');
    var lon = document.getElementById(id + '-lon');
    var status = document.getElementById(id + '-pin');
    var centre = document.getElementById(id + '-centre');
    element.hidden = false;
    var start = lat.value ? [parseFloat(lat.value), parseFloat(lon.value)]
      : [parseFloat(element.getAttribute('data-lat')), parseFloat(element.getAttribute('data-lon'))];
    var map = L.map(element).setView(start, 17);
    tiles(map, element);
    var marker = null;
    function place(point) {
      if (marker) {
        marker.setLatLng(point);
      } else {
        marker = L.marker(point, { keyboard: false }).addTo(map);
      }
      lat.value = point.lat.toFixed(6);
      lon.value = point.lng.toFixed(6);
      status.textContent = 'A pin is on the map at ' + lat.value + ', ' + lon.value + '.';
    }
    if (lat.value) {
      place(L.latLng(start[0], start[1]));
    }
    map.on('click', function (event) {
      place(event.latlng);
    });
    centre.hidden = false;
    centre.addEventListener('click', function () {
      place(map.getCenter());
    });
  });
})();
