"""Entry point of the packaged application (PyInstaller): the `sunlight` command."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
