"""companion — a private desktop companion for at-home ketamine treatment."""

__version__ = "0.1.0"
APP_NAME = "companion"
