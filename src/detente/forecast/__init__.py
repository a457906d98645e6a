"""Forecasting on temporal knowledge graphs: who will do what to whom next."""

from detente.forecast.base import REGISTRY, Forecaster, get_model, register
from detente.forecast.data import TKGDataset, from_duckdb, from_events, load_dataset
from detente.forecast.protocol import Metrics, evaluate_split, filtered_rank

__all__ = ["REGISTRY", "Forecaster", "Metrics", "TKGDataset", "evaluate_split", "filtered_rank",
           "from_duckdb", "from_events", "get_model", "load_dataset", "register"]
