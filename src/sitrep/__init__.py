"""sitrep: conflict reporting in, structured and source-attributed events out."""

from sitrep.models import Article, Event, Evidence, Impact, Target, Weapon
from sitrep.pipeline import Pipeline, PipelineOptions

__all__ = [
    "Article",
    "Event",
    "Evidence",
    "Impact",
    "Pipeline",
    "PipelineOptions",
    "Target",
    "Weapon",
]
__version__ = "0.1.0"
