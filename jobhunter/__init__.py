"""Jobhunter: a desktop tool for a Dutch jobhunter (trajectbemiddelaar).

Layers, imported one way only: ``models`` (ORM) <- ``services`` (all behaviour, no Qt)
<- ``ui`` (widgets) and ``cli``.
"""

#: the one place the version is written (``pyproject.toml`` reads it from here): looking it
#: up in the installed metadata took 50-70 ms of every start (``importlib.metadata``)
__version__ = "0.1.0"
