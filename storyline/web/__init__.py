"""The record in a browser and over HTTP: the JSON API, the pages, and the server that runs them."""

from .app import create_app, serve

__all__ = ["create_app", "serve"]
