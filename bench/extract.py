"""Words per second of the rules extractor vs the bare spaCy pipeline it uses, in one run.

    python -m bench.extract [FOLDER_OR_FILES...] [--repeat N] [--work]

Both sides parse the same texts with ``nlp.pipe`` and the same model; the
ratio (extractor time / bare time) must stay within the 1.3x budget.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kg.documents import read_documents

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
BUDGET = 1.3


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(DEFAULT_CORPUS)])
    ap.add_argument("--repeat", type=int, default=3, help="passes over the texts for each side (best is kept)")
    ap.add_argument("--work", action="store_true",
                    help="also count the rules' work in one pass (spaCy Token objects made, Python calls): the same "
                         "texts and code give the same counts, however loaded the machine")
    a = ap.parse_args(argv)
    paths = [p for p in a.paths if Path(p).exists()] or [str(Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "articles")]
    docs = list(read_documents(paths))
    if not docs:
        print("no documents to benchmark", file=sys.stderr)
        return 2
    from kg.extract.rules import OWN_PIPES, RulesExtractor

    ex = RulesExtractor()
    nlp = ex.nlp
    texts = [d.text for d in docs]
    n_words = sum(len(t.split()) for t in texts)
    list(ex.extract_many(docs[:2]))  # warm-up: gazetteers, vocab
    bare, full, bare_cpu, full_cpu = [], [], [], []
    for _ in range(a.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        with nlp.select_pipes(disable=[p for p in OWN_PIPES if p in nlp.pipe_names]):
            for _doc in nlp.pipe(texts, batch_size=ex.batch_size):
                pass
        bare.append(time.perf_counter() - t0)
        bare_cpu.append(time.process_time() - c0)
        t0, c0 = time.perf_counter(), time.process_time()
        for _x in ex.extract_many(docs):
            pass
        full.append(time.perf_counter() - t0)
        full_cpu.append(time.process_time() - c0)
    b, f = min(bare), min(full)
    ratio = f / b
    cpu_ratio = min(full_cpu) / min(bare_cpu)
    print(f"model {ex.model_name}; {len(docs)} documents, {n_words:,} words, best of {a.repeat}")
    print(f"bare spaCy pipeline  {n_words / b:10,.0f} words/s")
    print(f"rules extractor      {n_words / f:10,.0f} words/s")
    print(f"overhead ratio       {ratio:10.2f}x  (budget {BUDGET}x: {'ok' if ratio <= BUDGET else 'OVER'})")
    # CPU seconds are steadier than wall time when other processes share the machine
    print(f"CPU-time ratio       {cpu_ratio:10.2f}x")
    if a.work:
        tokens, calls = _work(ex, docs)
        print(f"rules' work          {tokens:,} spaCy Token objects, {calls:,} calls "
              f"({tokens / n_words * 1000:,.0f} and {calls / n_words * 1000:,.0f} per 1,000 words)")
    return 0


def _work(ex, docs) -> tuple[int, int]:
    """The Token objects the rules make and the calls they run in one pass over parsed ``docs``: wall and CPU time
    on a shared machine move by a tenth from run to run, these counts do not, so a change that saves a few percent
    can be seen to (the parse is done first and is not counted)."""
    import cProfile
    import pstats

    parsed = [(d, [(0, sd)]) for d, sd in zip(docs, ex.nlp.pipe([d.text for d in docs], batch_size=ex.batch_size))]
    prof = cProfile.Profile()
    prof.enable()
    for doc, pieces in parsed:
        ex.analyse_parsed(doc, pieces)
    prof.disable()
    stats = pstats.Stats(prof).stats
    calls = sum(nc for (_cc, nc, _tt, _ct, _callers) in stats.values())
    tokens = sum(nc for (path, _line, name), (_cc, nc, _tt, _ct, _callers) in stats.items() if path.endswith("token.pxd") and name == "cinit")
    return tokens, calls


if __name__ == "__main__":
    sys.exit(main())
