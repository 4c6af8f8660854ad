"""``python -m claimcheck``: the same as the ``claimcheck`` command."""

import sys

try:
    from claimcheck.cli import main
except KeyboardInterrupt:  # Ctrl-C while the libraries load: the same quiet exit as later
    print("claimcheck: interrupted", file=sys.stderr)
    raise SystemExit(130) from None

raise SystemExit(main())
