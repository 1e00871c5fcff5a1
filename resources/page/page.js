// The walk page's markers: the meeting pin and the numbered stops, labelled as text.
// The labels come from the JSON block written by walkplanner/page/document.py; they are
// set with textContent, never parsed as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("walk-data").textContent);
  var map = window[data.map];
  if (!map || !window.L) {
    return;
  }
  function label(text) {
    var span = document.createElement("span");
    span.textContent = text;
    return span;
  }
  data.stops.forEach(function (stop) {
    var number = document.createElement("span");
    number.textContent = String(stop.number);
    var icon = L.divIcon({
      className: "stop-pin kind-" + String(stop.kind).replace(/[^a-z]/g, ""),
      html: number,
      iconSize: [28, 28],
      iconAnchor: [14, 14],
    });
    L.marker([stop.lat, stop.lon], { icon: icon, title: stop.label, keyboard: true })
      .bindTooltip(label(stop.label))
      .addTo(map);
  });
  var meeting = data.meeting;
  L.marker([meeting.lat, meeting.lon], { title: meeting.label, zIndexOffset: 1000 })
    .bindTooltip(label(meeting.label), { permanent: false })
    .addTo(map);
})();
