"""An international atlas: a city's international relations on a map (the city is the data's: atlas.toml)."""

__version__ = "0.1.0"
