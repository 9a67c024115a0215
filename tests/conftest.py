"""Shared fixtures. The server fixtures live in servers.py (see its docstring)."""

import sys
from pathlib import Path

# tests/ is not a package: make `import servers` work under any --import-mode.
if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))

from servers import dovecot, mailbox, smtp_sink  # noqa: E402,F401  (registers the fixtures)
