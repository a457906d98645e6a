"""detente: geopolitical event intelligence.

News in, CAMEO/PLOVER events out, kept as a temporal knowledge graph, with forecasts.
The package is laid out in the order data flows through it:
``sources -> nlp -> coding -> store -> views / events / forecast -> cli / api / web``.
"""

__version__ = "0.1.0"
