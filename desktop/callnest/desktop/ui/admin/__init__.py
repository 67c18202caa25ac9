"""The owner's admin window: configuration, reports and staffing."""
