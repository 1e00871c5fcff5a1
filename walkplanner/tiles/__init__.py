"""Map tiles: providers, a persistent cache and a fetcher that follows the usage policies."""
