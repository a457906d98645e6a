"""New-user audit of the readers: titles end sentences, short English passes, dates are not guessed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from detente.errors import NoDateError, SourceError
from detente.sources import ReadOptions
from detente.sources.checks import looks_english
from detente.sources.html import parse_html_document
from detente.sources.read import read_paths
from detente.sources.text import mark_headlines, parse_date, parse_iso_date

PAGE = """<html><head><title>Iran threatens Israel</title>
<meta property="article:published_time" content="2024-10-02"></head><body><article>
<h1>Iran threatens Israel</h1>
<p>Iranian Foreign Minister Abbas Araghchi threatened Israel on Monday with a response to any attack on
Iranian soil, state media said.</p>
<h2>Talks stall</h2>
<p>Russia and China met in Beijing on Tuesday to discuss trade and security, officials said.</p>
</article></body></html>"""
BODY = "Iranian Foreign Minister Abbas Araghchi threatened Israel on Monday with a response to any attack."


def _sentences(text: str) -> list[str]:
    from detente.nlp.load import get_nlp

    return [s.text.strip() for s in get_nlp()(text).sents]


# -- 3. a title line is a sentence of its own -------------------------------------------------------
def test_html_title_and_first_paragraph_are_separate_sentences() -> None:
    doc = parse_html_document(PAGE, "page.html", ReadOptions())
    assert doc.text.startswith("Iran threatens Israel.\n\nIranian Foreign Minister")
    assert "Talks stall.\n\nRussia and China" in doc.text
    sents = _sentences(doc.text)
    assert sents[0] == "Iran threatens Israel."
    assert sents[1].startswith("Iranian Foreign Minister Abbas Araghchi")


def test_text_and_jsonl_headlines_end_sentences(tmp_path: Path) -> None:
    (tmp_path / "seed.txt").write_text(f"date 2024-10-02\nIran threatens Israel\n{BODY}\n", encoding="utf-8")
    (tmp_path / "front.txt").write_text(f"date: 2024-10-02\n\nIran threatens Israel\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": f"Iran threatens Israel\n{BODY}", "date": "2024-10-02",
                                                  "title": "Iran threatens Israel"}) + "\n", encoding="utf-8")
    docs = list(read_paths([tmp_path]))
    assert len(docs) == 3 and not any(isinstance(d, SourceError) for d in docs)
    for d in docs:
        assert not isinstance(d, SourceError)
        assert d.text.startswith("Iran threatens Israel.\n"), d.text
        assert _sentences(d.text)[0] == "Iran threatens Israel."


def test_hard_wrapped_paragraphs_are_kept() -> None:
    wrapped = ("Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in\n"
               "Beijing on Tuesday to discuss trade and other matters of\ncommon interest.")
    assert mark_headlines(wrapped) == wrapped
    assert mark_headlines("Already a sentence.\nNext one here and more words follow.") == (
        "Already a sentence.\nNext one here and more words follow.")


# -- 4. short English news is English ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "German Chancellor Olaf Scholz accused Russia of launching cyberattacks against German political parties.",
    "Ursula von der Leyen met Charles de Gaulle's grandson in Paris.",
    "Russia and China signed a trade deal.",
])  # fmt: skip
def test_short_english_passes(text: str) -> None:
    assert looks_english(text)


@pytest.mark.parametrize("text", [
    "Die Regierung hat heute beschlossen, dass die Steuern im kommenden Jahr deutlich steigen werden.",
    "Le président français a rencontré le chancelier allemand à Berlin pour discuter de la guerre.",
    "El presidente del gobierno se reunió con los líderes de la oposición para hablar sobre la crisis.",
    "Владимир Путин встретился с Си Цзиньпином в Москве во вторник.",
    " ".join(["Die Regierung hat heute beschlossen, dass die Steuern im kommenden Jahr steigen werden."] * 8),
])  # fmt: skip
def test_foreign_text_is_rejected(text: str) -> None:
    assert not looks_english(text)


def test_short_english_file_is_ingestible(tmp_path: Path) -> None:
    (tmp_path / "short.txt").write_text(
        "date 2024-05-03 German Chancellor Olaf Scholz accused Russia of launching cyberattacks against "
        "German political parties.", encoding="utf-8")
    (docs,) = list(read_paths([tmp_path]))
    assert not isinstance(docs, SourceError), docs


# -- 6. dates: ISO for machines, no guessing ----------------------------------------------------------
def test_iso_dates() -> None:
    assert parse_iso_date("2024-11-05") == date(2024, 11, 5)
    assert parse_iso_date("2024-11-05T10:30:00Z") == date(2024, 11, 5)
    assert parse_iso_date("2024-11-05 10:30:00+02:00") == date(2024, 11, 5)
    for bad in ("05/11/2024", "2024-11", "20241105", "5 November 2024", "2024-13-01"):
        with pytest.raises(ValueError, match="YYYY-MM-DD"):
            parse_iso_date(bad)
    assert parse_date("05/11/2024") is None and parse_date("2024-11") is None
    assert parse_date("3 April 2024") == date(2024, 4, 3)


def test_jsonl_and_front_line_dates_are_not_guessed(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"text": BODY, "date": "05/11/2024"}) + "\n"
        + json.dumps({"text": BODY, "date": "2024-11"}) + "\n"
        + json.dumps({"text": BODY, "date": "2024-11-05T08:00:00Z"}) + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"date: 05/11/2024\n{BODY}\n", encoding="utf-8")
    items = list(read_paths([tmp_path], ReadOptions(default_date=date(2020, 1, 1))))
    errors = [i for i in items if isinstance(i, SourceError)]
    docs = [i for i in items if not isinstance(i, SourceError)]
    assert len(errors) == 3 and all(isinstance(e, NoDateError) and "YYYY-MM-DD" in str(e) for e in errors)
    assert [d.date for d in docs] == [date(2024, 11, 5)]
