"""Accent folding and snippet highlighting, on their own."""

from search.text import FRAGMENT, START, STOP, fold, fold_with_offsets, highlight


def test_fold_removes_accents_and_case():
    assert fold("Épilepsie, Évolution, maïs, Noël, ÇA") == "epilepsie, evolution, mais, noel, ca"


def test_fold_spells_out_ligatures_and_keeps_offsets():
    folded, offsets = fold_with_offsets("Cœur ﬁn")
    assert folded == "coeur fin"
    assert len(offsets) == len(folded)
    assert offsets[:3] == [0, 1, 1]  # "oe" both come from "œ"


def test_fold_blanks_what_postgresql_or_the_parser_must_not_see():
    assert fold("a\x00b<c>d\ue000e") == "a b c d e"


def test_highlight_maps_the_folded_headline_back_to_the_accented_text():
    text = "Cartographie de l'épilepsie chez l'enfant."
    headline = f"cartographie de l'{START}epilepsie{STOP} chez"
    assert highlight(text, headline) == "Cartographie de l&#x27;<mark>épilepsie</mark> chez …"


def test_highlight_escapes_the_text_and_joins_fragments():
    text = "<b>Maladie</b> rare. " + "mot " * 40 + "Autre maladie & soins"
    headline = f" b {START}maladie{STOP} /b  rare{FRAGMENT}autre {START}maladie{STOP} & soins"
    html = highlight(text, headline)
    assert html.startswith("&lt;b&gt;<mark>Maladie</mark>&lt;/b&gt; rare …")
    assert html.endswith("… Autre <mark>maladie</mark> &amp; soins")
    assert "<b>" not in html


def test_highlight_of_nothing_is_empty():
    assert highlight("", "x") == ""
    assert highlight("Texte", "") == ""
