"""Word lists the extractor reads the parse with: lemmas, not surface strings."""

from __future__ import annotations

#: Incident words: lemma -> the mode of violence it signals.
INCIDENT_LEMMAS = {
    "attack": "attack", "assault": "attack", "raid": "attack", "ambush": "attack",
    "massacre": "attack", "rampage": "attack", "terror": "attack", "terrorism": "attack",
    "shooting": "firearm", "shootout": "firearm", "gunfire": "firearm", "gunman": "firearm",
    "gunshot": "firearm", "shoot": "firearm", "gun": "firearm", "firearm": "firearm",
    "rifle": "firearm", "pistol": "firearm", "handgun": "firearm",
    "bombing": "explosive", "bomb": "explosive", "explosion": "explosive", "blast": "explosive",
    "explode": "explosive", "explosive": "explosive", "grenade": "explosive", "ied": "explosive",
    "detonate": "explosive", "bomber": "explosive",
    "dynamite": "explosive",
    "arson": "fire", "firebomb": "fire", "blaze": "fire", "incendiary": "fire", "molotov": "fire",
    "stabbing": "knife", "stab": "knife", "knife": "knife",
    "hostage": "hostage", "kidnapping": "hostage", "kidnap": "hostage", "abduction": "hostage",
    "abduct": "hostage", "hijack": "hostage", "hijacking": "hostage", "siege": "hostage",
    "assassination": "assassination", "assassinate": "assassination",
    "homicide": "killing", "murder": "killing", "killing": "killing", "slaying": "killing",
}  # fmt: skip

#: Incident words that name the deed, not a weapon or a doer: "the Wilkin County shooting" is a
#: shooting in Wilkin County, where "a Fargo gunman" may only come from Fargo.
DEED_NOUNS = frozenset({
    "attack", "assault", "raid", "ambush", "massacre", "rampage", "shooting", "shootout", "bombing",
    "explosion", "blast", "arson", "stabbing", "kidnapping", "abduction", "hijacking", "siege",
    "assassination", "homicide", "murder", "killing", "slaying",
})  # fmt: skip

#: Incident types with their CAMEO code, from the modes of violence a report names.
TYPES = {
    "armed attack": "180",
    "shooting": "193",
    "bombing": "183",
    "suicide bombing": "1831",
    "arson": "180",
    "stabbing": "182",
    "hostage-taking": "181",
    "assassination": "186",
    "killing": "1823",
    "attack": "180",
}

#: Count words: lemma -> attribute. "shot" is a hit, killed or not; see counts.py.
CASUALTY_LEMMAS = {
    "kill": "killed", "die": "killed", "dead": "killed", "death": "killed",
    "fatality": "killed", "murder": "killed", "slay": "killed", "execute": "killed",
    "assassinate": "killed", "succumb": "killed", "deceased": "killed",
    "wound": "wounded", "injure": "wounded", "injury": "wounded", "hurt": "wounded",
    "injured": "wounded", "wounded": "wounded", "graze": "wounded", "burn": "wounded",
    "shoot": "shot", "strike": "shot", "hit": "shot",
    "arrest": "arrested", "detain": "arrested", "apprehend": "arrested", "detention": "arrested",
    "missing": "missing", "miss": "missing", "unaccounted": "missing",
    "hostage": "hostages",
    "body": "killed", "loss": "killed",
}  # fmt: skip

#: Verbs of the police's coming to the scene: where they were sent and when is the incident's
#: ("deputies were dispatched to the 22000 block of 12th Road" on Sunday).
SCENE_VERBS = frozenset({"respond", "dispatch", "summon"})

#: Verbs of the law's pursuit of suspects: people a headline's participle of one describes ("Two
#: men charged after ...") are not the victims of its casualty verb.
SUSPECT_VERBS = {
    "charge", "arrest", "indict", "sentence", "convict", "accuse", "arraign", "jail", "detain",
    "book", "apprehend", "nab", "seek", "want", "suspect",
}  # fmt: skip

#: Words that make "struck" or "hit" a gunshot: "a bullet struck the boy", "the gun went off and
#: hit the girl".
GUNFIRE_WORDS = {"bullet", "gunfire", "round", "shot", "pellet", "gun", "rifle", "pistol", "handgun", "shotgun", "fire"}
#: Verbs of firing that a hit follows: "opened fire, hitting two men".
FIRING_VERBS = {"shoot", "fire", "open", "discharge", "spray"}

#: Words that count the victims of the incident they modify: "a triple homicide" killed three.
MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5, "sextuple": 6}
#: Incidents that a multiple counts the victims of, and what it counts: "a double shooting" hit
#: two people, "a triple murder" killed three.
MULTIPLE_OF = {"shooting": "shot", "homicide": "killed", "murder": "killed", "killing": "killed", "slaying": "killed"}

#: Adverbs and phrases that make a shooting fatal.
FATAL_WORDS = {"fatally", "dead", "death", "mortally"}

#: Nouns that name people, so "a man was shot" counts one and "15 rounds" counts nobody.
PERSON_NOUNS = {
    "man", "woman", "person", "people", "child", "kid", "boy", "girl", "teen", "teenager",
    "youth", "adult", "victim", "officer", "deputy", "trooper", "student", "resident",
    "individual", "suspect", "gunman", "attacker", "assailant", "shooter", "civilian",
    "soldier", "policeman", "policemen", "worker", "employee", "customer", "driver",
    "passenger", "bystander", "toddler", "infant", "baby", "son", "daughter", "father",
    "mother", "brother", "sister", "husband", "wife", "friend", "neighbor", "neighbour",
    "other", "life", "juvenile", "male", "female", "guard", "clerk", "pedestrian", "member",
    "fan", "spectator", "worshipper", "worshiper", "pilgrim", "tourist", "militant", "rebel",
    "fighter", "terrorist", "hostage", "patient", "pupil", "inmate", "prisoner", "citizen",
    "guest", "relative", "cousin", "uncle", "aunt", "nephew", "niece", "grandmother",
    "grandfather", "homeowner", "owner", "manager", "agent", "gunmen", "journalist",
    "reporter", "staff", "crew", "sergeant", "detective", "lieutenant", "captain",
    "firefighter", "paramedic", "nurse", "doctor", "teacher", "pastor", "priest", "imam",
    "rabbi", "group", "family", "couple", "pair", "dozen", "dozens", "hundreds", "thousands",
    "one", "someone", "somebody", "anyone", "nobody", "everyone", "partygoer", "girlfriend",
    "boyfriend", "fiancee", "fiance", "roommate", "classmate", "grandson", "granddaughter",
    "stepson", "stepdaughter", "stepfather", "stepmother", "occupant", "motorist", "sibling",
    "twin", "coworker", "acquaintance", "bouncer", "cashier", "youngster", "grandchild",
    "grandparent", "stepchild",
    # those shot in a robbery or a break-in, on duty, at work or in a crowd
    "intruder", "invader", "trespasser", "prowler", "robber", "burglar", "thief", "carjacker", "sniper", "hunter", "cop",
    "policewoman", "marshal", "constable", "ranger", "veteran", "marine", "sailor", "airman",
    "bartender", "waiter", "waitress", "cook", "contractor", "landlord", "tenant", "jogger",
    "cyclist", "bicyclist", "shopper", "diner", "patron", "visitor", "attendee", "congregant",
    "parishioner", "churchgoer", "protester", "demonstrator", "witness", "survivor", "mourner",
    "parent", "mom", "dad", "stepbrother", "stepsister", "newborn", "preschooler", "freshman",
    "player", "coach", "rapper", "hitchhiker", "gunwoman", "accomplice",
    # at work: on a building's staff, in a trade, in office, in uniform
    "janitor", "custodian", "mechanic", "technician", "engineer", "farmer", "rancher", "trucker",
    "secretary", "receptionist", "pharmacist", "dentist", "lawyer", "attorney", "judge", "bailiff",
    "jailer", "jailor", "warden", "dispatcher", "chaplain", "minister", "deacon", "bishop", "monk",
    "nun", "missionary", "volunteer", "professor", "instructor", "cadet", "recruit", "sheriff",
    "mayor", "senator", "governor", "ambassador", "diplomat", "consul", "official", "laborer",
    "labourer", "miner", "plumber", "electrician", "carpenter", "painter", "gardener",
    "housekeeper", "nanny", "babysitter", "caregiver", "courier", "vendor", "merchant",
    "shopkeeper", "storekeeper", "banker", "teller", "accountant", "pilot", "informant",
    "activist", "commander", "insurgent", "jihadist", "extremist", "combatant", "peacekeeper",
    "gendarme", "athlete", "referee", "singer", "musician", "actor", "actress", "dancer",
    "spouse", "adolescent", "schoolboy", "schoolgirl", "grandma", "grandpa",
    # at school, and known for a sport: "National Prep graduate killed", "Basketball Star Dies"
    "graduate", "sophomore", "junior", "senior", "star",
}  # fmt: skip

#: Endings of the nouns of people that compound a role: "fireman", "watchman", "councilwoman",
#: "chairperson", and their plurals.
PERSON_ENDINGS = ("man", "men", "woman", "women", "person", "persons")

PRONOUNS_ONE = {"he", "she", "him", "her", "himself", "herself"}

#: Words that turn what follows into a comparison: the incident they name is another one.
COMPARISON_LEMMAS = {
    "reminiscent", "recall", "remind", "similar", "echo", "compare", "evoke", "like",
    "resemble", "since", "surpass", "worst", "deadliest", "anniversary", "memorial",
}

#: Venue words: the last word of a named building, site or organisation where people gather.
VENUE_WORDS = {
    "hall", "center", "centre", "mall", "school", "church", "mosque", "synagogue", "temple",
    "stadium", "arena", "theater", "theatre", "club", "nightclub", "hotel", "market",
    "station", "airport", "university", "college", "hospital", "cafe", "restaurant", "bar",
    "park", "plaza", "square", "museum", "cathedral", "academy", "complex", "apartments",
    "store", "supermarket", "embassy", "office", "headquarters", "base", "bridge", "building",
    "tower", "lounge", "pub", "parlor", "casino", "garden", "gardens", "field",
}  # fmt: skip

#: Militant groups under the names reports use for them.
GROUP_ALIASES = {
    "daesh": "Islamic State", "isis": "Islamic State", "isil": "Islamic State",
    "islamic state": "Islamic State", "islamic state group": "Islamic State",
    "the islamic state": "Islamic State", "is": "Islamic State",
    "islamic state of iraq and the levant": "Islamic State",
    "islamic state of iraq and syria": "Islamic State",
    "isis-k": "Islamic State Khorasan Province", "is-k": "Islamic State Khorasan Province",
    "iskp": "Islamic State Khorasan Province",
    "islamic state khorasan province": "Islamic State Khorasan Province",
    "al-qaeda": "al-Qaeda", "al qaeda": "al-Qaeda", "al-qaida": "al-Qaeda",
    "al-shabaab": "al-Shabaab", "al shabaab": "al-Shabaab", "shabaab": "al-Shabaab",
    "boko haram": "Boko Haram", "taliban": "Taliban", "the taliban": "Taliban",
    "hamas": "Hamas", "hezbollah": "Hezbollah", "pkk": "PKK", "ira": "IRA",
}  # fmt: skip

#: Groups are named with these words after their name ("Daesh terrorists").
GROUP_HEAD_WORDS = {"terrorist", "militant", "group", "fighter", "organization", "organisation", "jihadist", "extremist", "insurgent", "rebel", "movement", "faction", "cell", "member", "guerrilla", "guerilla", "militiaman"}

#: Words for a part of a group, whose "of" names the group: "members of the Weather Underground",
#: "a splinter group of the Ku Klux Klan".
GROUP_PART_WORDS = {"member", "supporter", "militant", "fighter", "group", "faction", "cell", "wing", "branch", "organization", "organisation"}

#: The state a group named above fights in or for, as coders of events place it; a group that
#: spans many states (Islamic State, al-Qaeda) has none.
GROUP_COUNTRIES = {
    "al-Shabaab": "SOM", "Boko Haram": "NGA", "Taliban": "AFG", "Hamas": "PSE", "Hezbollah": "LBN",
    "PKK": "TUR", "IRA": "GBR",
}  # fmt: skip

#: Well-known heads of state and government, by name, as general knowledge like the country table:
#: a leader the text names without a state ("President Bush has threatened Russia") had taken the
#: only state the sentence names, the one acted on. Full names, with the surname alone only where it
#: names one person's state everywhere ("Putin"); a common surname ("Major", "Brown", "May", "Khan")
#: counts only in full. Keys are folded (lower case, no accents).
LEADER_COUNTRIES = {
    # United States
    "jimmy carter": "USA", "ronald reagan": "USA", "reagan": "USA", "george bush": "USA",
    "george h. w. bush": "USA", "george w. bush": "USA", "bush": "USA", "bill clinton": "USA",
    "clinton": "USA", "barack obama": "USA", "obama": "USA", "donald trump": "USA", "trump": "USA",
    "joe biden": "USA", "biden": "USA",
    # Russia and the Soviet Union before it
    "mikhail gorbachev": "RUS", "gorbachev": "RUS", "boris yeltsin": "RUS", "yeltsin": "RUS",
    "vladimir putin": "RUS", "putin": "RUS", "dmitry medvedev": "RUS", "medvedev": "RUS",
    # Europe
    "margaret thatcher": "GBR", "thatcher": "GBR", "john major": "GBR", "tony blair": "GBR", "blair": "GBR",
    "gordon brown": "GBR", "david cameron": "GBR", "theresa may": "GBR", "boris johnson": "GBR",
    "francois mitterrand": "FRA", "mitterrand": "FRA", "jacques chirac": "FRA", "chirac": "FRA",
    "nicolas sarkozy": "FRA", "sarkozy": "FRA", "francois hollande": "FRA", "emmanuel macron": "FRA",
    "macron": "FRA", "helmut kohl": "DEU", "kohl": "DEU", "gerhard schroeder": "DEU",
    "gerhard schroder": "DEU", "angela merkel": "DEU", "merkel": "DEU", "olaf scholz": "DEU",
    "silvio berlusconi": "ITA", "berlusconi": "ITA", "slobodan milosevic": "SRB", "milosevic": "SRB",
    "volodymyr zelensky": "UKR", "zelensky": "UKR", "recep tayyip erdogan": "TUR", "erdogan": "TUR",
    # Asia
    "deng xiaoping": "CHN", "jiang zemin": "CHN", "li peng": "CHN", "zhu rongji": "CHN",
    "hu jintao": "CHN", "wen jiabao": "CHN", "xi jinping": "CHN", "shinzo abe": "JPN",
    "junichiro koizumi": "JPN", "koizumi": "JPN", "kim il sung": "PRK", "kim jong il": "PRK",
    "kim jong un": "PRK", "indira gandhi": "IND", "rajiv gandhi": "IND", "atal bihari vajpayee": "IND",
    "vajpayee": "IND", "manmohan singh": "IND", "narendra modi": "IND", "modi": "IND",
    "benazir bhutto": "PAK", "nawaz sharif": "PAK", "pervez musharraf": "PAK", "musharraf": "PAK",
    "hamid karzai": "AFG", "karzai": "AFG",
    # Middle East and Africa
    "menachem begin": "ISR", "yitzhak shamir": "ISR", "yitzhak rabin": "ISR", "rabin": "ISR",
    "shimon peres": "ISR", "benjamin netanyahu": "ISR", "netanyahu": "ISR", "ehud barak": "ISR",
    "ariel sharon": "ISR", "ehud olmert": "ISR", "olmert": "ISR", "yasser arafat": "PSE",
    "arafat": "PSE", "mahmoud abbas": "PSE", "anwar sadat": "EGY", "sadat": "EGY",
    "hosni mubarak": "EGY", "mubarak": "EGY", "saddam hussein": "IRQ", "saddam": "IRQ",
    "ali khamenei": "IRN", "khamenei": "IRN", "akbar hashemi rafsanjani": "IRN", "rafsanjani": "IRN",
    "mohammad khatami": "IRN", "khatami": "IRN", "mahmoud ahmadinejad": "IRN", "ahmadinejad": "IRN",
    "hassan rouhani": "IRN", "rouhani": "IRN", "hafez al-assad": "SYR", "bashar al-assad": "SYR",
    "assad": "SYR", "al-assad": "SYR", "muammar gaddafi": "LBY", "moammar gadhafi": "LBY",
    "muammar qaddafi": "LBY", "gaddafi": "LBY", "gadhafi": "LBY", "qaddafi": "LBY",
    "nelson mandela": "ZAF", "mandela": "ZAF", "thabo mbeki": "ZAF", "mbeki": "ZAF",
    "f. w. de klerk": "ZAF", "f.w. de klerk": "ZAF", "de klerk": "ZAF", "robert mugabe": "ZWE",
    "mugabe": "ZWE",
    # the Americas
    "fidel castro": "CUB", "raul castro": "CUB", "castro": "CUB", "hugo chavez": "VEN",
    "nicolas maduro": "VEN", "maduro": "VEN", "brian mulroney": "CAN", "jean chretien": "CAN",
    "stephen harper": "CAN", "justin trudeau": "CAN",
}  # fmt: skip


#: Nouns of a heading over a list of other stories: "More stories you may like on 7News",
#: "RELATED ARTICLES", "TODAY'S TOP STORIES".
STORY_LIST_NOUNS = {"stories", "articles", "headlines"}
