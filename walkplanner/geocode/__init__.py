"""Finding places by name: Nominatim through geopy, politely, plus saved places."""
