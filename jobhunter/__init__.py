"""Jobhunter: a desktop tool for a Dutch jobhunter (trajectbemiddelaar).

Layers, imported one way only: ``models`` (ORM) <- ``services`` (all behaviour, no Qt)
<- ``ui`` (widgets) and ``cli``.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("jobhunter")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
