"""Exports the person controls. Qt-free, except a PDF renderer that may use QtGui."""
