"""A claim quoted from a report: the one way every extractor of this package makes one."""

from __future__ import annotations

from ..model import Article, Claim

#: The name every claim of these rules carries as its extractor.
EXTRACTOR = "storyline-rules/1"


def claim(article: Article, attribute: str, value: str | int, start: int, end: int, **kw: object) -> Claim:
    return Claim(
        attribute=attribute,
        value=value,
        article=article.id,
        start=start,
        end=end,
        quote=article.text[start:end],
        extractor=EXTRACTOR,
        published=article.published,
        **kw,  # type: ignore[arg-type]
    )
