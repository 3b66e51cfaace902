"""CAMEO codes and their PLOVER types, through the official CAMEO-to-PLOVER table."""

from __future__ import annotations

import functools
import os
import re
import warnings
from pathlib import Path

#: The table ships with the evaluation data, not with storyline; these are the codes the
#: extractor emits, as that table maps them, for machines that do not have it beside them.
BUILT_IN = {
    "180": "ASSAULT", "181": "ASSAULT", "182": "ASSAULT", "1823": "ASSAULT", "183": "ASSAULT",
    "1831": "ASSAULT", "186": "ASSAULT", "190": "ASSAULT", "193": "ASSAULT", "202": "ASSAULT",
}  # fmt: skip
LINE = re.compile(r"^(?P<code>\d{2,4}):\s*(?P<type>[A-Z_]+)")


def data_dir() -> Path:
    """Where the shared evaluation data lives: $STORYLINE_DATA or ../shared/data."""
    configured = os.environ.get("STORYLINE_DATA")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parent.parent.parent / "shared" / "data"


class MissingTableWarning(UserWarning):
    """The CAMEO-to-PLOVER table is not where storyline looks for it."""


@functools.lru_cache(maxsize=1)
def cameo_to_plover() -> dict[str, str]:
    """CAMEO code -> PLOVER type, from the official table beside the data (read once per process)."""
    path = data_dir() / "plover" / "CAMEO2PLOVER-2021.txt"
    table = dict(BUILT_IN)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        # without it every interaction but an assault went without a PLOVER type, and nothing said why
        warnings.warn(
            f"{path}: CAMEO-to-PLOVER table not readable ({error.strerror or error}); only assaults get a PLOVER type."
            " Set STORYLINE_DATA to the folder that holds plover/CAMEO2PLOVER-2021.txt",
            MissingTableWarning,
            stacklevel=2,
        )
        return table
    for line in lines:
        match = LINE.match(line.strip())
        if match:
            table[match.group("code")] = match.group("type")
    return table


def plover(cameo: str | None) -> str | None:
    """PLOVER type of a CAMEO code, or of its nearest parent code; None where PLOVER has none."""
    if not cameo:
        return None
    table = cameo_to_plover()
    code = cameo
    while code:
        if code in table:
            return table[code]
        code = code[:-1]
    return None
