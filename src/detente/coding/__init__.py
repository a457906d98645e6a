"""Event coding: from a parsed sentence to CAMEO/PLOVER events with actors, time, place and evidence."""
