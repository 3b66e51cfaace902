"""The evaluation suites read their corpora right: small hand-made ECB+ and GTD files, no full runs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from storyline.evaluate.ecbplus import detokenize, read_document, read_documents
from storyline.evaluate.gtd import read_incidents

ECB_TOKENS = """<Document doc_name="{name}" doc_id="DOC1">
{tokens}
<Markables>
<ACTION_OCCURRENCE m_id="9"><token_anchor t_id="3"/></ACTION_OCCURRENCE>
</Markables>
<Relations></Relations>
</Document>
"""


def _ecb_file(folder: Path, name: str, sentences: list[list[str]]) -> Path:
    lines, t_id = [], 0
    for s, words in enumerate(sentences):
        for n, word in enumerate(words):
            t_id += 1
            word = word.replace("&", "&amp;").replace("<", "&lt;")
            lines.append(f'<token t_id="{t_id}" sentence="{s}" number="{n}">{word}</token>')
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(ECB_TOKENS.format(name=name, tokens="\n".join(lines)), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("sentences", "text"),
    [
        (
            [["Police", "said", "two", "died", "."], ["Three", "were", "hurt", "."]],
            "Police said two died.\nThree were hurt.",
        ),
        ([["``", "We", "are", "sad", ",", "''", "she", "said", "."]], '"We are sad," she said.'),
        (
            [["Lohan", "’", "s", "90", "-", "day", "stay", "(", "court", "-", "ordered", ")"]],
            "Lohan’s 90-day stay (court-ordered)",
        ),
        (
            [["He", "did", "n't", "pay", "$", "3", "on", "05", "/", "02", "/", "2013", "!"]],
            "He didn't pay $3 on 05/02/2013!",
        ),
        (
            [["Updated", ":", "Nov", ".", "11", ",", "20", ":", "09", "IST", "on", "08", ".", "07", ".", "2012"]],
            "Updated: Nov. 11, 20:09 IST on 08.07.2012",
        ),
        ([["The", '"', "Pie", '"', "star", "'s", "rep", ":", '"', "No", '"']], 'The "Pie" star\'s rep: "No"'),
    ],
)
def test_tokens_become_text_with_punctuation_against_its_word(sentences: list[list[str]], text: str) -> None:
    assert detokenize(sentences) == text


@pytest.mark.parametrize(
    ("name", "sentences", "text", "url", "gold"),
    [
        (
            "3_1ecb.xml",
            [["A", "gunman", "killed", "two", "."], ["Police", "said", "so", "."]],
            "A gunman killed two.\nPolice said so.",
            None,
            "3ecb",
        ),
        (
            # the newer documents carry their page address as sentence 0: it is the url, not text
            "3_2ecbplus.xml",
            [["http", ":", "/", "/", "www", ".", "example", ".", "com", "/", "a"], ["Two", "died", "in", "Ohio", "."]],
            "Two died in Ohio.",
            "http://www.example.com/a",
            "3ecbplus",
        ),
    ],
)
def test_ecbplus_document_reads_as_an_undated_article(
    tmp_path: Path, name: str, sentences: list[list[str]], text: str, url: str | None, gold: str
) -> None:
    document = read_document(_ecb_file(tmp_path / "3", name, sentences))
    assert document.article.id == name.removesuffix(".xml")
    assert document.article.text == text
    assert document.article.url == url
    assert document.article.published is None
    assert (document.topic, document.gold) == ("3", gold)


def test_ecbplus_documents_are_read_in_topic_order(tmp_path: Path) -> None:
    for topic, name in [("10", "10_1ecb.xml"), ("2", "2_1ecbplus.xml"), ("2", "2_1ecb.xml")]:
        _ecb_file(tmp_path / topic, name, [["Words", "."]])
    (tmp_path / "2" / "notes.xml").write_text("<Document/>", encoding="utf-8")
    assert [d.article.id for d in read_documents(tmp_path)] == ["2_1ecb", "2_1ecbplus", "10_1ecb"]


@pytest.mark.parametrize("name", ["3_1.xml", "ecb.xml", "3_1ecbplus.txt"])
def test_ecbplus_refuses_a_file_name_without_topic_and_kind(tmp_path: Path, name: str) -> None:
    path = _ecb_file(tmp_path, name, [["Words", "."]])
    with pytest.raises(ValueError, match="not an ECB\\+ document name"):
        read_document(path)


GTD_HEADER = b"eventid,iyear,imonth,iday,country_txt,city,summary,gname,nkill,nwound\r\n"


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            # Latin-1 e-acute and Windows-1252 curly quotes, as the GTD export writes them
            b'197001010001,1970,1,1,Canada,Montr\xe9al,"1/1/1970: A bomb hit the \x93Caf\xe9\x94 in Montr\xe9al. Two were hurt.",Front de lib\xe9ration du Qu\xe9bec (FLQ),0,2\r\n',
            {"id": "197001010001", "text": "1/1/1970: A bomb hit the “Café” in Montréal. Two were hurt.",
             "date": dt.date(1970, 1, 1), "killed": 0, "wounded": 2, "city": "Montréal", "group": "Front de libération du Québec (FLQ)"},
        ),
        (
            # day 0 is not known; empty counts and "Unknown" are not scored
            b"197102000002,1971,2,0,United States,Unknown,2/1971: A firebomb.,Unknown,,\r\n",
            {"id": "197102000002", "text": "2/1971: A firebomb.", "date": None, "killed": None, "wounded": None, "city": None, "group": None},
        ),
    ],
)  # fmt: skip
def test_gtd_row_reads_as_an_undated_article_with_its_gold(tmp_path: Path, row: bytes, expected: dict) -> None:  # type: ignore[type-arg]
    path = tmp_path / "gtd.csv"
    path.write_bytes(GTD_HEADER + row + b"197001020001,1970,1,2,United States,Oakland,,Unknown,0,0\r\n")
    (incident,) = read_incidents(path)  # the row without a summary is left out
    assert incident.article.id == expected["id"]
    assert incident.article.text == expected["text"]
    assert incident.article.published is None
    got = {
        "date": incident.date,
        "killed": incident.killed,
        "wounded": incident.wounded,
        "city": incident.city,
        "group": incident.group,
    }
    assert got == {k: v for k, v in expected.items() if k in got}
