"""Source settings (data/sources/*.yml) name importable Linker classes, registered as kg.linkers entry points too."""

from __future__ import annotations

import pytest

from kg import plugins
from kg.link.base import Judgement, Linker
from kg.link.sources import linker_class, settings
from kg.resources import sources_dir

SOURCES = sorted(p.stem for p in sources_dir().glob("*.yml"))


@pytest.mark.parametrize("name", SOURCES)
def test_source_settings_name_a_linker(name):
    cls = linker_class(name)
    assert issubclass(cls, Linker) and cls.SOURCE == name
    assert plugins.load("linkers", name) is cls
    assert settings(name)["title"]


def test_judgement_statuses():
    assert [j.status for j in Judgement] == ["accepted", "rejected", "candidate", "candidate"]
    assert Judgement.from_status("rejected") is Judgement.NEGATIVE


def test_corroborate_report(invoke, tmp_path, store_dir):
    from linkhelp import OFAC, add_document

    from kg.store import open_store

    with open_store(str(store_dir)) as st:
        add_document(st, "d", {"k": ("Ramzan Kadyrov", "Person")}, designations=[("k", "magnit", "2017-12")])
    assert invoke("link", "ofac", OFAC / "sdn.xml", "--store", store_dir).exit_code == 0
    report = tmp_path / "c.csv"
    result = invoke("link", "corroborate", "--store", store_dir, "--report", report)
    assert result.exit_code == 0 and "1 confirmed" in result.stderr
    assert report.read_text(encoding="utf-8").splitlines()[1].endswith(",Ramzan Kadyrov,ofac,90001,1.000,accepted,\"KADYROV, Ramzan Akhmatovich\",name+program")
