"""Built-in forecasters; importing this package registers them."""

from detente.forecast.models.loglinear import LogLinear
from detente.forecast.models.recurrency import Recurrency

__all__ = ["LogLinear", "Recurrency"]
