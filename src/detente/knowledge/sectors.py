"""Role words -> CAMEO sector codes, and composing actor codes ("RUS" + "GOV" -> "RUSGOV").

Conventions (CAMEO/Phoenix agent usage; project choices marked *):

* heads of state and government, ministers, officials, diplomats, spokespeople* -> ``GOV``
  (Phoenix files spokespeople under MED; here a government spokesperson speaks for GOV);
* defence ministers and army chiefs of staff -> ``GOV`` + ``MIL`` (as Phoenix codes them);
* armed forces, troops, soldiers, generals -> ``MIL``; police and security forces -> ``COP``;
* rebels, insurgents, separatists, guerrillas and militants* -> ``REB`` (Phoenix codes "militant"
  and "terrorist" as UAF, unidentified armed forces; here militants are REB and terrorists,
  gunmen and attackers UAF);
* protesters, demonstrators, activists, dissidents, the opposition -> ``OPP``;
* civilians, residents, people, villagers, women, children, migrants, and peoples or minorities named
  by themselves ("Uighurs", "Syrian Kurds", "Rohingya") -> ``CVL``;
* judges, courts, prosecutors, lawyers -> ``JUD``; lawmakers, parliament, senators -> ``LEG``;
  parties and politicians -> ``PTY``; refugees -> ``REF``; students and teachers -> ``EDU``;
  doctors and hospitals -> ``HLH``; unions and workers -> ``LAB``; farmers -> ``AGR``;
  intelligence and spies -> ``SPY``; criminals and gangs -> ``CRM``; companies -> ``BUS``;
  media and journalists -> ``MED``; aid and rights groups -> ``NGO``/``HRI``; clerics -> ``REL``;
  environmentalists -> ``ENV``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

SECTOR_CODES: dict[str, str] = {
    "GOV": "government",
    "MIL": "military",
    "COP": "police",
    "REB": "rebels",
    "UAF": "unidentified armed forces",
    "OPP": "political opposition",
    "PTY": "political parties",
    "LEG": "legislature",
    "JUD": "judiciary",
    "CVL": "civilians",
    "BUS": "business",
    "MED": "media",
    "EDU": "education",
    "HLH": "health",
    "LAB": "labour",
    "AGR": "agriculture",
    "REF": "refugees",
    "SPY": "intelligence",
    "CRM": "criminals",
    "NGO": "non-governmental organisations",
    "HRI": "human rights",
    "REL": "religious",
    "ENV": "environment",
    "ELI": "elites",
    "DEV": "development",
}

# Peoples and minorities named by themselves ("hundreds of Uighurs", "Syrian Kurds"): civilians.
PEOPLES = frozenset(
    "kurd uighur uyghur rohingya tibetan yazidi hazara pashtun tamil druze copt alawite tigrayan chechen "
    "baloch baluch tatar bedouin".split()
)

_SPEC: list[tuple[tuple[str, ...], str]] = [
    (
        ("GOV",),
        "president;vice president;vice-president;prime minister;premier;deputy prime minister;"
        "chancellor;foreign minister;foreign secretary;secretary of state;minister;deputy minister;"
        "cabinet minister;finance minister;interior minister;home secretary;interior ministry;"
        "trade minister;economy minister;energy minister;justice minister;health minister;"
        "minister of foreign affairs;foreign ministry;ministry;ministry of foreign affairs;foreign office;"
        "state department;treasury;national treasury;treasury department;government;administration;cabinet;"
        "regime;authorities;authority;"
        "official;government official;senior official;spokesman;spokeswoman;spokesperson;"
        "government spokesman;presidential spokesman;press secretary;diplomat;top diplomat;"
        "ambassador;envoy;special envoy;consul;embassy;state councilor;state councillor;"
        "head of state;head of government;leader;supreme leader;king;queen;monarch;emir;sultan;"
        "crown prince;prince;sheikh;dictator;junta;governor;mayor;national security adviser;"
        "national security advisor;adviser;advisor;aide;presidential aide;chief of staff;"
        "negotiator;chief negotiator;delegation;vice premier;first minister;attorney general;"
        "commerce secretary;treasury secretary;defense secretary;defence secretary;"
        "foreign affairs minister;deputy foreign minister;chief executive;president-elect;"
        "secretary general;secretary-general;director general;director-general;"
        "department;government department;central bank",
    ),
    (
        ("GOV", "MIL"),
        "defense minister;defence minister;minister of defense;minister of defence;"
        "defense ministry;defence ministry;ministry of defense;ministry of defence;defense department;"
        "defence department;"
        "chief of general staff;chief of the general staff;army chief of staff;chairman of the joint chiefs",
    ),
    (
        ("MIL",),
        "army;military;armed forces;troops;troop;soldier;forces;force;navy;air force;marines;marine;"
        "general;admiral;commander;military commander;officer;military officer;army chief;"
        "defense forces;defence forces;air defences;air defenses;air defence;air defense;air defence forces;"
        "coast guard;border guard;paratrooper;infantry;"
        "peacekeeper;military spokesman;army spokesman;warplane;jets;fighter jets;warship;"
        "battalion;brigade;regiment;division;militia;militiaman;militiamen;national guard;special forces;sailor;pilot;"
        "the military;ground forces;artillery;tank;drone;military forces;mercenary",
    ),
    (
        ("COP",),
        "police;policeman;policewoman;police officer;police chief;security forces;security force;"
        "riot police;police department;law enforcement;gendarmerie;gendarme;border police;interior troops;cop;"
        "trooper;state trooper",
    ),
    (
        ("REB",),
        "rebel;insurgent;militant;separatist;guerrilla;guerilla;jihadist;rebel group;"
        "armed group;rebel commander;rebel leader;insurgent group;militant group;fighter;"
        "rebel fighter;paramilitary;paramilitary forces;paramilitaries",
    ),
    (("UAF",), "gunman;terrorist;attacker;assailant;bomber;suicide bomber;sniper;unknown gunmen;thug;vigilante;mob"),
    (
        ("OPP",),
        "opposition;opposition leader;opposition party;protester;protestor;demonstrator;activist;"
        "dissident;political prisoner;political detainee;opposition figure;opposition politician;"
        "pro-democracy activist;crowd;marcher",
    ),
    (("PTY",), "party;political party;ruling party;politician;party leader;party official"),
    (
        ("LEG",),
        "lawmaker;legislator;parliament;parliamentarian;senator;senate;congress;congressman;"
        "congresswoman;member of parliament;mp;house speaker;speaker;legislature;"
        "house of representatives;national assembly;constituent assembly;legislative assembly;"
        "federal assembly;duma;state duma;bundestag;knesset;deputy",
    ),
    (
        ("JUD",),
        "judge;court;supreme court;constitutional court;tribunal;prosecutor;prosecutors;"
        "public prosecutor;lawyer;attorney;judiciary;magistrate;justice",
    ),
    (
        ("CVL",),
        "civilian;resident;people;villager;citizen;inhabitant;local;pedestrian;passenger;"
        "women;children;child;family;families;migrant;voter;settler;population;public;man;woman;"
        "worshipper;shopper;tourist;victim;hostage;pilgrim;couple;nationals;community;communities;"
        "bystander;onlooker;wounded;injured;homeless;displaced;needy;survivor;evacuee;" + ";".join(sorted(PEOPLES)),
    ),
    (
        ("BUS",),
        "company;firm;business;businessman;businesswoman;businessperson;corporation;"
        "executive;chief executive officer;ceo;investor;bank;banker;industry;manufacturer;"
        "exporter;importer;oil company;energy company;conglomerate;entrepreneur;trader;shipper;giant;energy giant;"
        "oil giant;tech giant;brewer;carmaker;automaker;airline;retailer;lender;chipmaker;drugmaker;"
        "tanker;oil tanker;cargo ship;container ship;merchant ship;merchant vessel;freighter;bulk carrier",
    ),
    (
        ("MED",),
        "media;journalist;reporter;newspaper;news agency;broadcaster;editor;correspondent;"
        "television;tv;radio;press;state media;blogger;photographer;news outlet",
    ),
    (("EDU",), "student;teacher;professor;university;school;academic;scholar;lecturer;pupil"),
    (
        ("HLH",),
        "doctor;nurse;physician;hospital;health worker;medic;paramedic;health official;surgeon",
    ),
    (("GOV", "HLH"), "health ministry;ministry of health;health authorities;health department"),
    (
        ("LAB",),
        "labor union;labour union;trade union;union;worker;workers' union;union leader;"
        "striker;laborer;labourer;employee;miner",
    ),
    (("AGR",), "farmer;grower;peasant;herder;fisherman;fishermen;rancher;farm worker"),
    (("REF",), "refugee;asylum seeker;asylum-seeker;displaced person;internally displaced;returnee"),
    (
        ("SPY",),
        "spy;intelligence;intelligence agency;intelligence service;intelligence officer;"
        "intelligence chief;spy agency;agent;secret service;spymaster",
    ),
    (
        ("CRM",),
        "criminal;gang;gang member;smuggler;drug trafficker;trafficker;pirate;kidnapper;"
        "drug cartel;cartel;drug lord;bandit;thief;robber;mafia;gangster",
    ),
    (
        ("NGO",),
        "ngo;aid group;aid agency;aid worker;charity;humanitarian group;humanitarian organisation;"
        "humanitarian organization;non-governmental organization;non-governmental organisation;"
        "relief agency;relief group;volunteer",
    ),
    (("HRI",), "rights group;human rights group;human rights activist;rights activist;watchdog"),
    (
        ("REL",),
        "cleric;imam;priest;bishop;archbishop;pope;rabbi;monk;religious leader;clergy;mullah;"
        "ayatollah;church;mosque;patriarch",
    ),
    (("ENV",), "environmentalist;environmental group;climate activist;conservationist"),
    (("ELI",), "tycoon;oligarch;billionaire;celebrity;elite"),
]

_NO_PLURAL = set(
    (
        "people;police;media;press;public;population;parliament;congress;senate;judiciary;military;"
        "intelligence;government;administration;regime;authorities;crowd;women;children;families;"
        "clergy;industry;fishermen;the military;armed forces;forces;troops;jets;fighter jets;"
        "prosecutors;marines;security forces;ground forces;defense forces;defence forces;"
        "special forces;military forces;interior troops;artillery;opposition;junta;duma;state duma;"
        "bundestag;knesset;legislature;gendarmerie;law enforcement;riot police;border police;"
        "state media;tv;radio;television;secret service;national guard;air force;navy;army"
    ).split(";")
)


def _plural(word: str) -> str | None:
    if word in _NO_PLURAL or " of " in word or word.endswith(("s", "ch", "sh", "x")):
        return None
    if word.endswith("man") and not word.endswith("german"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith("child"):
        return word + "ren"
    return word + "s"


def _build() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for sectors, words in _SPEC:
        for w in words.split(";"):
            w = w.strip()
            if not w:
                continue
            out.setdefault(w, sectors)
            p = _plural(w)
            if p:
                out.setdefault(p, sectors)
    return out


ROLE_WORDS: dict[str, tuple[str, ...]] = _build()
# Titles that say only rank, whose office is named by the role before them: "judiciary chief" (JUD),
# "police spokesman" (COP), "rebel commander" (REB); on their own they keep their table sectors.
GENERIC_ROLES = frozenset(
    "chief;head;leader;leaders;spokesman;spokesmen;spokeswoman;spokespeople;spokesperson;official;officials;"
    "senior official;senior officials;commander;commanders;officer;officers;representative;representatives;"
    "adviser;advisers;advisor;advisors;aide;aides;negotiator;negotiators;chief negotiator;delegation".split(";")
)
_OFFICE_SECTORS = frozenset(("GOV", "MIL", "LEG", "JUD", "COP", "SPY"))
_FORMER = frozenset(("former", "ex", "erstwhile"))
_FIRST_WORDS: dict[str, int] = {}  # first word of a role phrase -> the most words a phrase starting with it has
for _k in ROLE_WORDS:
    _w = _k.split()
    _FIRST_WORDS[_w[0]] = max(_FIRST_WORDS.get(_w[0], 0), len(_w))
_TOKEN = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")


def _norm(text: str) -> str:
    return " ".join(_TOKEN.findall(text.casefold().replace("’", "'")))


def sector_of(role_text: str) -> tuple[str, ...]:
    """The sectors of a role word or phrase ("foreign minister" -> ("GOV",)); () when unknown.

    Falls back to the longest known role inside the text ("Russian Foreign Ministry spokeswoman")."""
    n = _norm(role_text)
    if n in ROLE_WORDS:
        return ROLE_WORDS[n]
    return find_role(role_text)[1]


def find_role(text: str) -> tuple[str | None, tuple[str, ...]]:
    """The head role phrase of a title and its sectors; (None, ()) when there is none.

    English titles end in their head noun, so the role phrase that ends last wins, and among those
    the longest: "Chinese State Councilor" -> ("state councilor", ("GOV",)),
    "Russian Foreign Ministry spokeswoman" -> ("spokeswoman", ("GOV",)),
    "Defense Minister Sergei Shoigu" -> ("defense minister", ("GOV", "MIL"))."""
    toks = [w for t in _norm(text).split() for w in (("ex", t[3:]) if t.startswith("ex-") else (t,))]
    best: tuple[int, int, str] | None = None  # (end, length, phrase)
    found: list[tuple[int, int, str]] = []  # every role phrase, as (start, end, phrase)
    for i in range(len(toks)):
        longest = _FIRST_WORDS.get(toks[i], 0)  # no role phrase starts here: nothing to try
        for n in range(min(longest, len(toks) - i), 0, -1):
            phrase = " ".join(toks[i : i + n])
            if phrase in ROLE_WORDS:
                found.append((i, i + n, phrase))
                if best is None or (i + n, n) > (best[0], best[1]):
                    best = (i + n, n, phrase)
                break
    if best is None:
        return None, ()
    phrase, sectors = best[2], ROLE_WORDS[best[2]]
    start = best[0] - best[1]
    before = [f for f in found if f[1] <= start]
    if phrase in GENERIC_ROLES:  # "judiciary chief", "police spokesman": the office the title belongs to
        mod = next((f for f in before if f[1] == start), None)
        if (
            mod is not None
            and ROLE_WORDS[mod[2]] not in (sectors, ("CVL",))  # "Chechen leader" leads no civilians
            and mod[2] not in GENERIC_ROLES
        ):
            phrase, sectors = f"{mod[2]} {phrase}", ROLE_WORDS[mod[2]]
    if sectors in (("PTY",), ("LEG",)) and "opposition" in toks[:start]:
        sectors = ("OPP",)  # "opposition lawmakers", "the opposition Bangladesh Nationalist Party"
    if set(sectors) & _OFFICE_SECTORS and any(t in _FORMER for t in toks[:start]):
        sectors = ("ELI",)  # "former President Evo Morales": out of office, an elite (CAMEO ELI)
    return phrase, sectors


def compose_code(country: str | None, sectors: Sequence[str]) -> str:
    """A CAMEO actor code: country (or IGO/group code) followed by the sectors, each once.

    ``compose_code("RUS", ["GOV"]) == "RUSGOV"``; ``compose_code("IGOUNO", []) == "IGOUNO"``;
    ``compose_code(None, ["MIL"]) == "MIL"``."""
    base = (country or "").strip().upper()
    seen: list[str] = []
    for s in sectors:
        s = s.strip().upper()
        if s and s not in seen and not base.endswith(s):
            seen.append(s)
    return base + "".join(seen)
