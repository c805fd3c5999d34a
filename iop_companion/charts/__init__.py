"""matplotlib Figure builders for the progress view (Figure API, never pyplot).

Importing this package costs nothing; matplotlib loads with ``charts.figures``.
"""
