"""Language processing: the spaCy pipeline and the actor registry learned from text."""
