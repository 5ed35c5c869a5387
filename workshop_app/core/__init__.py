"""The domain and the workshop file, without Qt: usable from the CLI, the GUI and tests."""
