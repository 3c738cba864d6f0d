"""The rule modules are mixins of one reader class: a helper named the same in two of them is silently replaced by
the one earlier in the method resolution order, and the other module's rules then run someone else's code (round 37
met this with two ``_reacted_to``s, one for abuses, one for sanctions). Each name belongs to one module."""

from kg.extract.rules.reader import _Reader


def test_no_two_rule_modules_define_the_same_name():
    owners: dict[str, list[str]] = {}
    for base in _Reader.__mro__[1:]:
        if base is object:
            continue
        for attr in vars(base):
            if attr.startswith("__"):
                continue
            owners.setdefault(attr, []).append(base.__name__)
    shared = {name: classes for name, classes in owners.items() if len(classes) > 1}
    assert not shared, shared
