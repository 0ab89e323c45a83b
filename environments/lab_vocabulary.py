"""The words a generic lab is read from: substances and their hazard classes, equipment, protective equipment,
activities, and the wording that tells what an improper operation needs first and whether a consequence harms.

Plain data and regular expressions (stdlib only), so the lab environment builds inside the sandbox image."""

from __future__ import annotations

import re
from enum import StrEnum

# ---- substances --------------------------------------------------------------------------------------------------

FLAMMABLE = "flammable"
CORROSIVE = "corrosive"
TOXIC = "toxic"
OXIDIZER = "oxidizer"
EXPLOSIVE = "explosive"
WATER_REACTIVE = "water-reactive"
CRYOGENIC = "cryogenic"
COMPRESSED_GAS = "compressed gas"
BIOHAZARD = "biohazard"
RADIOACTIVE = "radioactive"
CARCINOGEN = "carcinogen"

# Names are matched longest first, so "liquid nitrogen" wins over "nitrogen" and "picric acid" over "acid"; a
# plural or a hyphen in the text matches too ("hot-plates").
SUBSTANCES: dict[str, tuple[str, ...]] = {
    "hydrochloric acid": (CORROSIVE, TOXIC),
    "sulfuric acid": (CORROSIVE,),
    "sulphuric acid": (CORROSIVE,),
    "nitric acid": (CORROSIVE, OXIDIZER),
    "hydrofluoric acid": (CORROSIVE, TOXIC),
    "perchloric acid": (CORROSIVE, OXIDIZER, EXPLOSIVE),
    "picric acid": (EXPLOSIVE, TOXIC),
    "acetic acid": (CORROSIVE, FLAMMABLE),
    "glacial acetic acid": (CORROSIVE, FLAMMABLE),
    "chromic acid": (CORROSIVE, OXIDIZER, CARCINOGEN),
    "aqua regia": (CORROSIVE, OXIDIZER, TOXIC),
    "piranha solution": (CORROSIVE, OXIDIZER, EXPLOSIVE),
    "sodium hydroxide": (CORROSIVE,),
    "potassium hydroxide": (CORROSIVE,),
    "ammonium hydroxide": (CORROSIVE, TOXIC),
    "ammonia": (CORROSIVE, TOXIC),
    "ethanol": (FLAMMABLE,),
    "methanol": (FLAMMABLE, TOXIC),
    "isopropanol": (FLAMMABLE,),
    "isopropyl alcohol": (FLAMMABLE,),
    "acetone": (FLAMMABLE,),
    "toluene": (FLAMMABLE, TOXIC),
    "xylene": (FLAMMABLE, TOXIC),
    "hexane": (FLAMMABLE, TOXIC),
    "heptane": (FLAMMABLE,),
    "pentane": (FLAMMABLE,),
    "benzene": (FLAMMABLE, CARCINOGEN),
    "diethyl ether": (FLAMMABLE, EXPLOSIVE),
    "ether": (FLAMMABLE, EXPLOSIVE),
    "petroleum ether": (FLAMMABLE,),
    "tetrahydrofuran": (FLAMMABLE, EXPLOSIVE),
    "dichloromethane": (TOXIC, CARCINOGEN),
    "chloroform": (TOXIC, CARCINOGEN),
    "acetonitrile": (FLAMMABLE, TOXIC),
    "ethyl acetate": (FLAMMABLE,),
    "dimethyl sulfoxide": (FLAMMABLE,),
    "carbon disulfide": (FLAMMABLE, TOXIC),
    "formaldehyde": (TOXIC, CARCINOGEN),
    "formalin": (TOXIC, CARCINOGEN),
    "phenol": (TOXIC, CORROSIVE),
    "glutaraldehyde": (TOXIC,),
    "hydrogen peroxide": (OXIDIZER, CORROSIVE),
    "potassium permanganate": (OXIDIZER,),
    "sodium hypochlorite": (OXIDIZER, CORROSIVE),
    "bleach": (OXIDIZER, CORROSIVE),
    "sodium metal": (WATER_REACTIVE, FLAMMABLE),
    "metallic sodium": (WATER_REACTIVE, FLAMMABLE),
    "potassium metal": (WATER_REACTIVE, FLAMMABLE),
    "lithium": (WATER_REACTIVE, FLAMMABLE),
    "lithium aluminum hydride": (WATER_REACTIVE, FLAMMABLE),
    "sodium borohydride": (WATER_REACTIVE, TOXIC),
    "sodium azide": (TOXIC, EXPLOSIVE),
    "hydrogen gas": (FLAMMABLE, COMPRESSED_GAS),
    "hydrogen": (FLAMMABLE, COMPRESSED_GAS),
    "acetylene": (FLAMMABLE, COMPRESSED_GAS),
    "propane": (FLAMMABLE, COMPRESSED_GAS),
    "methane": (FLAMMABLE, COMPRESSED_GAS),
    "natural gas": (FLAMMABLE, COMPRESSED_GAS),
    "chlorine": (TOXIC, OXIDIZER, COMPRESSED_GAS),
    "carbon monoxide": (TOXIC, COMPRESSED_GAS),
    "hydrogen sulfide": (TOXIC, FLAMMABLE),
    "oxygen": (OXIDIZER, COMPRESSED_GAS),
    "argon": (COMPRESSED_GAS,),
    "liquid nitrogen": (CRYOGENIC,),
    "liquid helium": (CRYOGENIC,),
    "liquid oxygen": (CRYOGENIC, OXIDIZER),
    "dry ice": (CRYOGENIC,),
    "mercury": (TOXIC,),
    "cyanide": (TOXIC,),
    "ethidium bromide": (TOXIC, CARCINOGEN),
    "acrylamide": (TOXIC, CARCINOGEN),
    "osmium tetroxide": (TOXIC, OXIDIZER),
    "bromine": (TOXIC, CORROSIVE),
    "arsenic": (TOXIC, CARCINOGEN),
    "asbestos": (CARCINOGEN,),
    "silver nitrate": (OXIDIZER, CORROSIVE),
    "bacterial culture": (BIOHAZARD,),
    "bacteria": (BIOHAZARD,),
    "e. coli": (BIOHAZARD,),
    "cell culture": (BIOHAZARD,),
    "culture": (BIOHAZARD,),
    "microorganism": (BIOHAZARD,),
    "cell line": (BIOHAZARD,),
    "blood sample": (BIOHAZARD,),
    "blood": (BIOHAZARD,),
    "pathogen": (BIOHAZARD,),
    "virus": (BIOHAZARD,),
    "tissue sample": (BIOHAZARD,),
    "radioactive material": (RADIOACTIVE,),
    "radioisotope": (RADIOACTIVE,),
    "uranium": (RADIOACTIVE, TOXIC),
    "tritium": (RADIOACTIVE,),
}

# "<prefix> acid", "<metal> nitrate": compounds named by a class word, for chemicals outside the list above.
_PREFIXES = (
    r"[a-z]+ic|sodium|potassium|calcium|magnesium|lithium|ammonium|barium|copper|silver|lead|zinc|iron|mercury|"
    r"aluminum|aluminium|nickel|cobalt|chromium|manganese|cesium|caesium|strontium|tin|hydrogen|carbon|sulfur|"
    r"nitrogen|ethidium|osmium|benzoyl|acetyl"
)
COMPOUND_CLASSES: dict[str, tuple[str, ...]] = {
    "acid": (CORROSIVE,),
    "hydroxide": (CORROSIVE,),
    "nitrate": (OXIDIZER,),
    "perchlorate": (OXIDIZER, EXPLOSIVE),
    "chlorate": (OXIDIZER,),
    "permanganate": (OXIDIZER,),
    "dichromate": (OXIDIZER, CARCINOGEN),
    "peroxide": (OXIDIZER,),
    "cyanide": (TOXIC,),
    "azide": (TOXIC, EXPLOSIVE),
    "hydride": (WATER_REACTIVE, FLAMMABLE),
    "chloride": (),
    "sulfate": (),
    "carbonate": (),
    "bromide": (TOXIC,),
    "oxide": (),
    "acetate": (),
    "phosphate": (),
}
COMPOUND = re.compile(rf"\b((?:{_PREFIXES})\s+(?:{'|'.join(COMPOUND_CLASSES)}))\b", re.IGNORECASE)

# What a lab handles when the text names no particular chemical.
GENERIC_SUBSTANCES: dict[str, tuple[str, ...]] = {
    "flammable solvent": (FLAMMABLE,),
    "organic solvent": (FLAMMABLE, TOXIC),
    "solvent": (FLAMMABLE,),
    "chemical solution": (),
    "acid": (CORROSIVE,),
    "base": (CORROSIVE,),
    "reagent": (),
    "chemical": (),
    "sample": (),
    "solution": (),
}
DEFAULT_SUBSTANCE = "reagent"

# Words in the same sentence that say what a named substance is like.
CLASS_WORDS: dict[str, str] = {
    "flammable": FLAMMABLE,
    "volatile": FLAMMABLE,
    "corrosive": CORROSIVE,
    "toxic": TOXIC,
    "poisonous": TOXIC,
    "oxidizing": OXIDIZER,
    "oxidising": OXIDIZER,
    "explosive": EXPLOSIVE,
    "carcinogenic": CARCINOGEN,
    "infectious": BIOHAZARD,
    "radioactive": RADIOACTIVE,
}

# ---- equipment --------------------------------------------------------------------------------------------------

HEAT = "heat source"
VENTILATION = "ventilation"
PRESSURE = "pressure"
INSTRUMENT = "instrument"
ELECTRICAL = "electrical"
CONTAINER = "container"
STORAGE = "storage"
RADIATION = "radiation"

EQUIPMENT: dict[str, str] = {
    "bunsen burner": HEAT,
    "hot plate": HEAT,
    "heating mantle": HEAT,
    "oil bath": HEAT,
    "water bath": HEAT,
    "sand bath": HEAT,
    "muffle furnace": HEAT,
    "furnace": HEAT,
    "oven": HEAT,
    "microwave": HEAT,
    "heat gun": HEAT,
    "soldering iron": HEAT,
    "autoclave": PRESSURE,
    "pressure vessel": PRESSURE,
    "pressure reactor": PRESSURE,
    "gas cylinder": PRESSURE,
    "vacuum pump": PRESSURE,
    "vacuum line": PRESSURE,
    "schlenk line": PRESSURE,
    "desiccator": PRESSURE,
    "fume hood": VENTILATION,
    "biosafety cabinet": VENTILATION,
    "laminar flow hood": VENTILATION,
    "glove box": VENTILATION,
    "centrifuge": INSTRUMENT,
    "ultracentrifuge": INSTRUMENT,
    "rotary evaporator": INSTRUMENT,
    "distillation apparatus": INSTRUMENT,
    "reflux condenser": INSTRUMENT,
    "spectrometer": INSTRUMENT,
    "spectrophotometer": INSTRUMENT,
    "microscope": INSTRUMENT,
    "balance": INSTRUMENT,
    "magnetic stirrer": INSTRUMENT,
    "stir plate": INSTRUMENT,
    "sonicator": INSTRUMENT,
    "homogenizer": INSTRUMENT,
    "incubator": INSTRUMENT,
    "shaker": INSTRUMENT,
    "thermocycler": INSTRUMENT,
    "pcr machine": INSTRUMENT,
    "chromatography column": INSTRUMENT,
    "lyophilizer": INSTRUMENT,
    "grinder": INSTRUMENT,
    "lathe": INSTRUMENT,
    "drill": INSTRUMENT,
    "laser": RADIATION,
    "x-ray": RADIATION,
    "uv lamp": RADIATION,
    "uv light": RADIATION,
    "power supply": ELECTRICAL,
    "electrophoresis": ELECTRICAL,
    "electrical outlet": ELECTRICAL,
    "power outlet": ELECTRICAL,
    "extension cord": ELECTRICAL,
    "motorized": ELECTRICAL,
    "dewar": CONTAINER,
    "beaker": CONTAINER,
    "flask": CONTAINER,
    "test tube": CONTAINER,
    "glassware": CONTAINER,
    "glass container": CONTAINER,
    "syringe": CONTAINER,
    "pipette": CONTAINER,
    "clamp stand": CONTAINER,
    "refrigerator": STORAGE,
    "freezer": STORAGE,
    "storage cabinet": STORAGE,
    "flammables cabinet": STORAGE,
}
# Equipment that is run (switched on, set going) rather than filled, vented or heated on.
OPERATED = frozenset({PRESSURE, INSTRUMENT, ELECTRICAL, RADIATION})
# A lab always has somewhere to heat, to vent and to work.
STANDARD_EQUIPMENT: dict[str, str] = {"hot plate": HEAT, "fume hood": VENTILATION, "workbench": CONTAINER}
FUME_HOOD = "fume hood"

# ---- protective equipment ---------------------------------------------------------------------------------------

PPE_NOUNS = (
    "lab coats?|coats?|gloves|goggles|safety glasses|glasses|face shields?|aprons?|respirators?|masks?|"
    "closed-toe shoes|shoes|boots|hairnets?|ear protection|ear plugs|sleeves"
)
PPE_MODIFIERS = frozenset(
    {
        "nitrile", "latex", "neoprene", "butyl", "leather", "cotton", "kevlar", "flame-resistant", "fire-resistant",
        "heat-resistant", "insulated", "cryogenic", "cryo", "chemical-resistant", "splash", "safety", "disposable",
        "thermal", "lead", "uv", "laser", "carbon-fiber", "acid-resistant", "protective", "polyester", "synthetic",
        "rubber", "full-face", "n95",
    }
)  # fmt: skip
PPE_PHRASE = re.compile(rf"\b((?:[a-z0-9-]+\s){{0,2}})({PPE_NOUNS})\b", re.IGNORECASE)
# The kinds of protection a lab keeps, with the item stocked when the text names none of that kind.
PPE_KINDS: dict[str, tuple[str, str]] = {
    "body": (r"coat|apron", "lab coat"),
    "eyes": (r"goggles|glasses|face shield", "safety goggles"),
    "hands": (r"gloves", "gloves"),
}

# ---- what the scenario is about ------------------------------------------------------------------------------------


class Activity(StrEnum):
    """What a scenario's work consists of, in the order a task names it: an emergency comes first."""

    EMERGENCY = "emergency"
    HEAT = "heat"
    MIX = "mix"
    TRANSFER = "transfer"
    OPERATE = "operate"
    STORE = "store"
    DISPOSE = "dispose"


ACTIVITY_WORDS: dict[Activity, re.Pattern[str]] = {
    Activity.HEAT: re.compile(r"\b(heat|boil|reflux|burner|hot ?plate|mantle|furnace|oven|flame|distill|hot\b)", re.I),
    Activity.MIX: re.compile(r"\b(mix|dilut|combin|titrat|neutrali[sz]|dissolv|synthes|reaction|react)", re.I),
    Activity.TRANSFER: re.compile(r"\b(transfer|pour|pipett|dispens|decant|(re)?fill|load|mov)", re.I),
    Activity.STORE: re.compile(r"\b(stor|cabinet|shelf|shelv|refrigerat|freezer)", re.I),
    Activity.DISPOSE: re.compile(r"\b(dispos|waste|discard|drain)", re.I),
    Activity.OPERATE: re.compile(
        r"\b(centrifug|autoclav|laser|x-ray|spectromet|pump|machine|instrument|electrophores|sonicat|motori[sz]|"
        r"operat|equipment)",
        re.I,
    ),
    Activity.EMERGENCY: re.compile(
        r"\b(unconscious|collaps|injur|emergency|spill|splash|caught fire|catches fire|on fire|shock|"
        r"exposed to|leak|burned|fainted|evacuat)",
        re.I,
    ),
}

# ---- improper operations: what each needs first -------------------------------------------------------------------


class Requirement(StrEnum):
    """What an improper operation says must come before acting."""

    POWER = "power"  # the electrical supply isolated
    DISPOSAL = "disposal"  # waste into the proper container
    PPE = "ppe"  # protective equipment worn
    VENTILATION = "ventilation"  # the work in a running fume hood
    EMERGENCY = "emergency"  # the emergency answered (eyewash, shower, first aid, evacuation) before anything else
    MODERATE_SETTINGS = "moderate_settings"  # heating and running equipment at low or medium settings only
    INSPECTION = "inspection"  # the equipment inspected
    HAZARD_INFO = "hazard_info"  # the substance's safety data sheet read
    SUPERVISION = "supervision"  # the supervisor told (or emergency services called)
    ASSESSMENT = "assessment"  # some hazard check (an SDS or an inspection) made at all


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# In order: the first that matches decides ("loose clothing" is about PPE, not about a loose clamp).
REQUIREMENT_WORDS: tuple[tuple[Requirement, re.Pattern[str]], ...] = (
    (
        Requirement.POWER,
        _words(
            r"power (source|supply)|breaker|de-?energi|unplug|live (wire|circuit)|electrical (source|supply|current)|"
            r"(switch|turn|shut)(ing)? off the (power|electric)|gfci"
        ),
    ),
    (Requirement.DISPOSAL, _words(r"dispos|drain|sink|trash|discard|waste")),
    (
        Requirement.PPE,
        _words(
            r"glove|goggle|coat|cloth|face (shield|protection)|shield|respirator|mask|apron|protective (equipment|"
            r"gear|wear)|\bppe\b|footwear|shoes|sleeve|hair|eye protection|eyewear|glasses|jewel"
        ),
    ),
    (Requirement.VENTILATION, _words(r"ventilat|fume hood|\bhood|vapou?r|fumes|inhal|aerosol|exhaust|airflow|sash")),
    (
        Requirement.EMERGENCY,
        _words(
            r"eyewash|safety shower|first.aid|antidote|gluconate|evacuat|vacate|rinse|flush|irrigat|stop-drop|"
            r"extinguish|fire blanket|smother|wound"
        ),
    ),
    (
        Requirement.MODERATE_SETTINGS,
        _words(
            r"overheat|temperature|heating rate|too (hot|fast|quickly)|rapid(ly)? heat|superheat|maximum|speed|"
            r"exceed|flame output|intensity|power (level|setting)"
        ),
    ),
    (
        Requirement.INSPECTION,
        _words(
            r"inspect|check|damag|fault|fray|crack|defect|secur|stab|calibrat|mainten|leak|worn|loose|tight|seal|"
            r"clamp|tip|balanc|overload|position|placement|assembl|setup|set up|monitor|dosimet|detect|scan|valve|"
            r"overfill|pressure|align|integrity|barrier|contain"
        ),
    ),
    (
        Requirement.HAZARD_INFO,
        _words(
            r"label|\bsds\b|safety data|compatib|identif|unknown|mix|react|concentrat|dilut|stor|segregat|quantit|"
            r"amount|handl|clean|decontam|disinfect|residue|spill"
        ),
    ),
    (
        Requirement.SUPERVISION,
        _words(
            r"supervis|alone|unattended|train|authori[sz]|permission|protocol|procedure|guideline|polic|communicat|"
            r"notif|inform|report|emergency services|delay|warning|sign"
        ),
    ),
)

# ---- consequences: harm, unless the text only says what is avoided -------------------------------------------------

HARM = _words(
    r"\b(risk|hazard|injur|burn|fire|explo|expos|contamina|damag|toxic|shock|spill|leak|harm|fatal|death|die|danger|"
    r"unsafe|compromis|ruptur|break|shatter|ignit|poison|infect|inhal|accident|severe|catastroph|electrocut|"
    r"asphyx|suffocat|frostbite|corro|irritat|violent|uncontroll|fail|crack|collaps|splash|overheat|runaway|"
    r"detonat|combust|illness|disease|wound|lacerat|hurt|victim|jeopardi|hinder|obstruct|insufficient|inadequate|"
    r"ineffective|escap|accumulat|impair|mask|false|unreliab|inaccura|unnotic|overlook|lack|spread|releas|undesir|"
    r"unintend|malfunction|penetrat|overexpos|impossible|mobiliz|worsen|exacerbat|escalat|overpressur|"
    r"does not address)"
)
# "reduces the risk of fire", "prevents exposure": a harm word right after such a verb is what does *not* happen.
MITIGATED = _words(
    r"\b(reduc|minimi[sz]|prevent|avoid|lower|eliminat|mitigat|decreas|protect\w* against)\w*\s+(\S+\s+){0,3}?"
    + HARM.pattern.removeprefix(r"\b")
    + r"\w*(\s+(of|from|to|by)\s+[\w-]+(\s+[\w-]+)?)?"
)
