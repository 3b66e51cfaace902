"""A claim quoted from a report: the one way every extractor of this package makes one."""

from __future__ import annotations

from ..model import Article, Claim

#: The name every claim of these rules carries as its extractor.
EXTRACTOR = "storyline-rules/1"
#: A report tells its own incident's wounded in its opening: of the wounded it counts, only those
#: within this many characters of its first are its figure. A larger one deep in the body was most
#: often a tally or another incident ("one of 46 wounded in the city that weekend", "the 2009
#: rampage that injured more than 30"); the dead are read anywhere, as a victim who died later is
#: told further down ("He died at the hospital").
LEAD_CHARS = 500


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
