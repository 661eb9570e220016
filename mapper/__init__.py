"""mapper: map, check and measure a small business's most profitable system."""

__version__ = "0.1.0"
