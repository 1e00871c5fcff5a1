"""Images and documents of a walk, drawn with QtGui only so they work headless."""
