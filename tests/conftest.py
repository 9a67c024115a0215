"""Shared fixtures. The server fixtures live in servers.py (see its docstring)."""

import sys
from pathlib import Path

# tests/ is not a package: make `import servers` work under any --import-mode.
if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))

from servers import (  # noqa: E402,F401  (registers the fixtures)
    dovecot,
    dovecot_tls,
    mailbox,
    mailbox_tls,
    smtp_sink,
    smtp_sink_ssl,
    smtp_sink_tls,
    test_ca,
)
