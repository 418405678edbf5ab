import sys

from tanqih.cli import main

sys.exit(main())
