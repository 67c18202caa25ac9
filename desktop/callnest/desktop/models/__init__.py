"""What the windows show, as plain Qt objects with no widgets: fed engine
events, tested without a screen."""
