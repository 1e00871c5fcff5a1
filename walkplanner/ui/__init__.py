"""The Qt widgets: thin views over the core walk, wired by the main window."""
