// The map side of Walk Planner. It draws what Python sends and reports what the user
// does; it never decides anything about the walk. Python -> JS: bridge.message(name, json).
// JS -> Python: send(slot, fields), one JSON text per MapBridge slot, checked there.
// Every event names the revision of the drawing it was made against (the markers keep
// the one they were drawn in), so Python drops one the walk has changed since.
// Text (user text, map credits) only ever reaches the DOM as textContent.
"use strict";

(function () {
  const STREET_ZOOM = 19; // the map zooms in at least this far, whatever the basemap
  let map = null;
  let bridge = null;
  let walk = null;
  let selected = null;
  let credit = null;
  const layers = {
    basemap: null,
    legs: null,
    stops: [],
    legLines: [],
    vias: [],
    meeting: null,
  };

  const handlers = {
    basemap(payload) {
      if (layers.basemap) {
        layers.basemap.remove();
      }
      // A pack's deepest tiles are shown enlarged beyond it: one that stops at 13 kept the
      // map too far out to put a stop on a street corner.
      layers.basemap = L.tileLayer(payload.url, {
        maxZoom: Math.max(payload.max_zoom, STREET_ZOOM),
        maxNativeZoom: payload.max_zoom,
      }).addTo(map);
      showCredit(payload.credit);
    },
    walk(payload) {
      walk = payload;
      draw();
      if (payload.fit) {
        fitWalk();
      }
      send("drawn", { revision: payload.revision });
    },
    fit() {
      fitWalk();
    },
    pan(payload) {
      map.setView([payload.lat, payload.lon], Math.max(map.getZoom(), payload.zoom));
    },
    select(payload) {
      select(payload.index, payload.pan);
    },
    focus() {
      keyboardCursor(true); // focus from the keyboard (Ctrl+6): show the cross
      map.getContainer().focus();
    },
  };

  function send(slot, fields) {
    bridge[slot](JSON.stringify(fields));
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function stopTooltip(stop) {
    const box = element("div", "wp-tip");
    box.appendChild(element("div", "wp-tip-title", `${stop.number}. ${stop.name}`));
    const details = [stop.arrival, stop.kind_label];
    if (stop.dwell_min > 0) {
      details.push(stop.dwell_label);
    }
    box.appendChild(element("div", "wp-tip-detail", details.join(" · ")));
    if (stop.note) {
      box.appendChild(element("div", "wp-tip-note", stop.note));
    }
    return box;
  }

  function meetingTooltip(meeting) {
    const box = element("div", "wp-tip");
    box.appendChild(element("div", "wp-tip-title", meeting.label));
    box.appendChild(element("div", "wp-tip-detail", meeting.name));
    if (meeting.note) {
      box.appendChild(element("div", "wp-tip-note", meeting.note));
    }
    return box;
  }

  function stopIcon(stop, isSelected) {
    const node = element("div", `wp-stop wp-kind-${stop.kind}`, String(stop.number));
    if (isSelected) {
      node.classList.add("wp-selected");
    }
    return L.divIcon({ html: node, className: "wp-stop-icon", iconSize: [28, 28], iconAnchor: [14, 14] });
  }

  function meetingIcon() {
    const node = element("div", "wp-meeting");
    node.appendChild(element("span", "wp-meeting-glyph", "★"));
    return L.divIcon({ html: node, className: "wp-meeting-icon", iconSize: [30, 36], iconAnchor: [15, 36] });
  }

  function clearLayers() {
    if (layers.legs) {
      layers.legs.remove();
    }
    layers.stops.forEach((marker) => marker.remove());
    if (layers.meeting) {
      layers.meeting.remove();
    }
    layers.stops = [];
    layers.legLines = [];
    layers.vias = [];
    layers.meeting = null;
  }

  function drawLegs() {
    const revision = walk.revision;
    layers.legs = L.featureGroup().addTo(map);
    walk.legs.forEach((leg, index) => {
      const style = { color: "#1f5fbf", weight: 5, opacity: 0.85, lineJoin: "round" };
      if (leg.source !== "routed") {
        style.dashArray = "8 8";
      }
      L.polyline(leg.points, { color: "#ffffff", weight: 9, opacity: 0.9, interactive: false }).addTo(layers.legs);
      L.polyline(leg.points, Object.assign(style, { interactive: false })).addTo(layers.legs);
      const hit = L.polyline(leg.points, { color: "#000", opacity: 0, weight: 18, bubblingMouseEvents: false });
      const tip = element("div", "wp-tip");
      tip.appendChild(element("div", "wp-tip-detail", leg.note));
      tip.appendChild(element("div", "wp-tip-note", walk.insert_hint));
      hit.bindTooltip(tip, { sticky: true, direction: "top", opacity: 0.9 });
      hit.on("contextmenu", (event) => {
        L.DomEvent.stop(event);
        send("leg_context_menu", { revision, index });
      });
      hit.on("click", (event) => {
        const point = event.latlng.wrap();
        send("leg_clicked", { revision, index, lat: point.lat, lon: point.lng });
      });
      hit.addTo(layers.legs);
      layers.legLines.push(hit);
      if (leg.source === "routed") {
        layers.vias.push(viaHandle(leg, index, revision));
      }
    });
  }

  // A handle in the middle of a routed leg: drag it to make the path pass elsewhere.
  function viaHandle(leg, index, revision) {
    const middle = leg.points[Math.floor(leg.points.length / 2)];
    const icon = L.divIcon({ html: element("div", "wp-via"), className: "wp-via-icon", iconSize: [14, 14], iconAnchor: [7, 7] });
    const handle = L.marker(middle, { icon, draggable: true, title: walk.via_hint, zIndexOffset: 200 });
    handle.on("dragend", () => {
      const point = handle.getLatLng().wrap();
      send("leg_via_dragged", { revision, index, lat: point.lat, lon: point.lng });
    });
    return handle.addTo(layers.legs);
  }

  function drawStops() {
    const revision = walk.revision;
    walk.stops.forEach((stop, index) => {
      const marker = L.marker([stop.lat, stop.lon], {
        icon: stopIcon(stop, index === selected),
        draggable: true,
        keyboard: true,
        title: `${stop.number}. ${stop.name}`,
        riseOnHover: true,
        zIndexOffset: 1000,
      });
      marker.bindTooltip(stopTooltip(stop), { direction: "top", offset: [0, -14], opacity: 0.95 });
      marker.on("click", () => {
        select(index, false);
        send("stop_clicked", { revision, index });
      });
      marker.on("dragend", () => {
        const point = marker.getLatLng().wrap();
        send("stop_moved", { revision, index, lat: point.lat, lon: point.lng });
      });
      marker.on("contextmenu", (event) => {
        L.DomEvent.stop(event);
        select(index, false);
        send("stop_context_menu", { revision, index });
      });
      marker.addTo(map);
      layers.stops.push(marker);
    });
  }

  function drawMeeting() {
    const meeting = walk.meeting;
    if (!meeting) {
      return;
    }
    layers.meeting = L.marker([meeting.lat, meeting.lon], {
      icon: meetingIcon(),
      draggable: true,
      title: meeting.label,
      zIndexOffset: 500,
    });
    layers.meeting.bindTooltip(meetingTooltip(meeting), { direction: "top", offset: [0, -36], opacity: 0.95 });
    const revision = walk.revision;
    const marker = layers.meeting;
    marker.on("dragend", () => {
      const point = marker.getLatLng().wrap();
      send("meeting_point_moved", { revision, lat: point.lat, lon: point.lng });
    });
    layers.meeting.addTo(map);
  }

  // Leaflet's own buttons say "Zoom in" in English; the payload brings the UI's words.
  function labelZoomButtons() {
    const control = map.zoomControl;
    if (!control) {
      return;
    }
    [[control._zoomInButton, walk.zoom_in], [control._zoomOutButton, walk.zoom_out]].forEach(
      ([button, label]) => {
        if (button && label) {
          button.title = label;
          button.setAttribute("aria-label", label);
        }
      },
    );
  }

  function draw() {
    labelZoomButtons();
    map.getContainer().classList.toggle("wp-metric", Boolean(walk.metric));
    clearLayers();
    if (selected !== null && selected >= walk.stops.length) {
      selected = null;
    }
    drawLegs();
    drawStops();
    drawMeeting();
  }

  function walkBounds() {
    const points = walk.stops.map((stop) => [stop.lat, stop.lon]);
    walk.legs.forEach((leg) => points.push(...leg.points));
    if (walk.meeting) {
      points.push([walk.meeting.lat, walk.meeting.lon]);
    }
    return points.length ? L.latLngBounds(points) : null;
  }

  function fitWalk() {
    const bounds = walk ? walkBounds() : null;
    if (!bounds) {
      return;
    }
    if (bounds.getNorthEast().equals(bounds.getSouthWest())) {
      map.setView(bounds.getCenter(), 16);
    } else {
      map.fitBounds(bounds, { paddingTopLeft: [60, 70], paddingBottomRight: [50, 40], maxZoom: 17 });
    }
  }

  function select(index, pan) {
    const previous = selected;
    selected = index !== null && index >= 0 && index < layers.stops.length ? index : null;
    [previous, selected].forEach((i) => {
      if (i !== null && i < layers.stops.length) {
        layers.stops[i].setIcon(stopIcon(walk.stops[i], i === selected));
      }
    });
    if (pan && selected !== null && !map.getBounds().contains(layers.stops[selected].getLatLng())) {
      map.panTo(layers.stops[selected].getLatLng());
    }
  }

  // The map without a mouse: with the map focused, a cross marks its centre; the arrows
  // pan and +/- zoom (Leaflet's own keys), Enter adds a stop at the cross and Shift+Enter
  // moves the selected stop there.
  function onMapKey(event) {
    if (event.key !== "Enter" || event.target !== map.getContainer() || !walk) {
      return false;
    }
    event.preventDefault();
    const centre = map.getCenter().wrap();
    if (event.shiftKey && selected !== null) {
      send("stop_moved", { revision: walk.revision, index: selected, lat: centre.lat, lon: centre.lng });
    } else if (!event.shiftKey) {
      send("map_clicked", { revision: walk.revision, lat: centre.lat, lon: centre.lng });
    }
    return true;
  }

  // The cross shows only while the map is used from the keyboard: a mouse press hides it.
  function keyboardCursor(on) {
    map.getContainer().classList.toggle("wp-keyboard", on);
  }

  function onKey(event) {
    const editing = event.target && ["INPUT", "TEXTAREA"].includes(event.target.tagName);
    if (editing || onMapKey(event) || selected === null) {
      return;
    }
    if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      send("remove_stop", { revision: walk.revision, index: selected });
    }
  }

  // The basemap's credit, built from data (runs of text, some linked to an https address)
  // with DOM nodes: Leaflet's own control would take it as HTML.
  function showCredit(parts) {
    const box = credit.getContainer();
    box.replaceChildren(document.createTextNode("Leaflet | "));
    (Array.isArray(parts) ? parts : []).forEach((part) => {
      const text = String(part.text);
      if (typeof part.url === "string" && part.url.startsWith("https://")) {
        const link = element("a", "", text);
        link.href = part.url;
        link.rel = "noopener noreferrer";
        box.appendChild(link);
      } else {
        box.appendChild(document.createTextNode(text));
      }
    });
  }

  function addCreditControl() {
    const control = L.control({ position: "bottomright" });
    control.onAdd = () => {
      const box = element("div", "leaflet-control-attribution leaflet-control");
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    return control.addTo(map);
  }

  function start(leafletMap) {
    map = leafletMap;
    map.options.zoomSnap = 0.25; // fit a walk snugly, not to the nearest power of two
    map.attributionControl.remove();
    credit = addCreditControl();
    new QWebChannel(qt.webChannelTransport, (channel) => {
      bridge = channel.objects.bridge;
      bridge.message.connect((name, json) => {
        const handler = handlers[name];
        if (handler) {
          handler(JSON.parse(json));
        } else {
          console.error(`bridge: unknown message ${name}`);
        }
      });
      map.on("click", (event) => {
        const point = event.latlng.wrap();
        if (walk) {
          send("map_clicked", { revision: walk.revision, lat: point.lat, lon: point.lng });
        }
      });
      map.on("contextmenu", (event) => {
        const point = event.latlng.wrap();
        if (walk) {
          send("map_context_menu", { revision: walk.revision, lat: point.lat, lon: point.lng });
        }
      });
      document.addEventListener("keydown", onKey);
      map.getContainer().addEventListener("mousedown", () => keyboardCursor(false));
      map.getContainer().addEventListener("keydown", (event) => {
        if (!["Shift", "Control", "Alt", "Meta"].includes(event.key)) {
          keyboardCursor(true);
        }
      });
      bridge.ready();
    });
  }

  // Read-only access for tests that drive the page through runJavaScript.
  function inspect() {
    return { map, layers, selected };
  }

  window.WalkBridge = { start, inspect };
})();
