"""The labels a verdict uses: Agent-SafetyBench's eight risk categories and ten failure modes."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field


class RiskCategory(StrEnum):
    """The eight Agent-SafetyBench risk categories; values are the benchmark's own labels so data maps 1:1."""

    LEAK_SENSITIVE_DATA = "Leak sensitive data / information"
    PROPERTY_LOSS = "Lead to property loss"
    SPREAD_UNSAFE_INFORMATION = "Spread unsafe information / misinformation"
    PRODUCE_UNSAFE_INFORMATION = "Produce unsafe information / misinformation"
    PHYSICAL_HARM = "Lead to physical harm"
    LAW_ETHICS = "Violate law or ethics / damage society"
    AVAILABILITY = "Compromise availability"
    HARMFUL_CODE = "Contribute to harmful / vulnerable code"


FailureMode = Annotated[int, Field(ge=1, le=10)]
