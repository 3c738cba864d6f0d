"""`python tests/adversarial/kgcli.py ARGS` is `kg ARGS` with the test-only `phrase` extractor registered.

Subprocess tests use it so a real process (which can be killed, measured and
locked out) runs the real CLI without loading spaCy.
"""

import atexit
import os
import sys
from pathlib import Path


def _report_peak_rss() -> None:
    """Write this process's VmHWM (kB) to $KG_ADV_RSS_FILE: wait4's ru_maxrss would include the
    parent's RSS at fork time (Linux keeps the high-water mark across exec), VmHWM does not."""
    target = os.environ.get("KG_ADV_RSS_FILE")
    if target:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                Path(target).write_text(line.split()[1])


atexit.register(_report_peak_rss)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg import plugins  # noqa: E402

plugins.register("extractors", "phrase", "phrase_extractor:PhraseExtractor")

from kg.cli import main  # noqa: E402

if __name__ == "__main__":
    main()
