"""Colours: the Okabe-Ito colour-blind-safe palette (Okabe & Ito 2008).

Metric specs (:class:`coverage.families.Metric`) and the plots take their colours from here.
"""

from __future__ import annotations

__all__ = ["OKABE_ITO", "CYCLE", "GREY"]

#: Okabe-Ito palette, in the order used for categorical series; yellow and black come last
#: (poor contrast / reserved for text).
OKABE_ITO: dict[str, str] = {
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "bluish_green": "#009E73",
    "reddish_purple": "#CC79A7",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "yellow": "#F0E442",
    "black": "#000000",
}
CYCLE = list(OKABE_ITO.values())
GREY = "#7F7F7F"
