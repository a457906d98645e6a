"""Read-side views over the store: filtered events, dyad timelines, summaries, networks, exports."""
