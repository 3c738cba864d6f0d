import pytest


@pytest.fixture(scope="session")
def rules():
    """One RulesExtractor (and spaCy model) for the whole test session."""
    from kg.extract.rules import RulesExtractor

    return RulesExtractor()
