"""LabSafety Bench's hazard categories (the ten sub-categories of its taxonomy, spelt as its question labels are),
and a reading of them from text for records that carry no label of their own, such as the scenario files."""

from __future__ import annotations

import re

# Sub-category -> what a text about it says. The labels are the benchmark's own.
CATEGORY_WORDS: dict[str, re.Pattern[str]] = {
    label: re.compile(words, re.IGNORECASE)
    for label, words in {
        "chemical hazards": r"\b(chemical|acid|solvent|reagent|toxic|corrosive|flammable|oxidi[sz]|vapou?r|fume|"
        r"reactive|peroxide|mercury|ether|acetone|ethanol|formaldehyde|hydroxide|titrat|concentrated)",
        "biological hazards": r"\b(biolog|bacteri|virus|viral|pathogen|culture|blood|biohazard|tissue|microb|"
        r"biosafety|infectious|bsl|recombinant|spore)",
        "radiation hazards": r"\b(radiat|radioactiv|isotope|x-ray|laser|uv|ultraviolet|dosimet|shielding|beam)",
        "physical hazards": r"\b(cryogen|liquid nitrogen|dry ice|pressur|glass|sharp|cut|hot|burn|heat|flame|"
        r"mechanical|noise|vacuum|explosi|cylinder)",
        "electricity safety": r"\b(electric|wire|wiring|voltage|circuit|shock|outlet|power supply|cord|gfci|breaker)",
        "equipment usage": r"\b(equipment|apparatus|instrument|centrifug|autoclav|hot ?plate|burner|fume hood|"
        r"oven|furnace|pump|machine|condenser|distill)",
        "personal protective equipment (PPE)": r"\b(ppe|glove|goggle|lab coat|face shield|respirator|apron|"
        r"protective (equipment|cloth|gear|wear)|safety glasses)",
        "emergency response": r"\b(emergency|evacuat|eyewash|safety shower|first aid|extinguish|fire blanket|"
        r"spill kit|unconscious|injur|alarm|splash)",
        "environmental and waste management": r"\b(waste|dispos|drain|contaminat|environment|discard|"
        r"decontaminat|disinfect|spill)",
        "responsibility for safety": r"\b(supervis|training|protocol|procedure|label|report|sop|policy|"
        r"responsib|compliance|authori[sz])",
    }.items()
}


MAX_INFERRED = 3


def infer_categories(text: str) -> list[str]:
    """The categories the text says most about: up to three said at least twice, else the one said most; a text
    about nothing in particular is about responsibility for safety."""
    counts = {label: len(words.findall(text)) for label, words in CATEGORY_WORDS.items()}
    ranked = sorted((label for label in counts if counts[label]), key=lambda label: -counts[label])
    repeated = [label for label in ranked if counts[label] >= 2][:MAX_INFERRED]
    return repeated or ranked[:1] or ["responsibility for safety"]
