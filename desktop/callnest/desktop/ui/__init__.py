"""The desktop's widgets: thin views over the models in ``desktop.models``."""
