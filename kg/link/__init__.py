"""Linking the graph to open data: Wikidata, OpenSanctions, the OFAC SDN list.

Every source follows nomenklatura's suggest-then-judge pattern: a
:class:`~kg.link.base.Linker` *suggests* candidates with a score
(``match``), a threshold or a reviewer *judges* them
(:class:`~kg.link.base.Judgement`), and only accepted links add facts
(``expand``). Links live in their own named graphs (``.../graph/links/<source>``),
replaced atomically on every run, so a bad input leaves the previous links.
"""
