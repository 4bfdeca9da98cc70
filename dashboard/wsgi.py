"""The only module with side effects on import: the WSGI server for gunicorn."""

from .app import create_app

server = create_app().server
