"""`python tests/adversarial/kgcli.py ARGS` is `kg ARGS` with the test-only `phrase` extractor registered.

Subprocess tests use it so a real process (which can be killed, measured and
locked out) runs the real CLI without loading spaCy.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg import plugins  # noqa: E402

plugins.register("extractors", "phrase", "phrase_extractor:PhraseExtractor")

from kg.cli import main  # noqa: E402

if __name__ == "__main__":
    main()
