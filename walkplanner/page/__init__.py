"""The walk page: a folder with index.html that any static host can serve.

`document` builds the HTML (folium for the map, no Qt), `folder` writes it with Leaflet,
the calendar event, the GPX and the card image beside it.
"""
