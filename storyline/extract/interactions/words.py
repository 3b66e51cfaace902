"""The words the interaction reader reads acts by: lemmas, the CAMEO codes they carry, and the
verbs, nouns and prepositions that hold an act's participants."""

from __future__ import annotations

from ..actors import COLLECTIVE_HEADS
from ..lexicon import GROUP_HEAD_WORDS, INCIDENT_LEMMAS, PERSON_NOUNS

#: lemma -> (action label, CAMEO code)
ACTIONS = {
    "condolence": ("condolences", "018"), "condole": ("condolences", "018"),
    "sympathy": ("condolences", "018"), "sympathize": ("condolences", "018"),
    "condemn": ("condemnation", "111"), "condemnation": ("condemnation", "111"),
    "denounce": ("condemnation", "111"), "denunciation": ("condemnation", "111"),
    "solidarity": ("expression of solidarity", "019"),
    "support": ("offer of support", "051"), "aid": ("offer of aid", "033"), "assistance": ("offer of aid", "033"),
    "visit": ("visit", "042"), "host": ("host a visit", "043"),
    "call": ("phone call", "041"), "phone": ("phone call", "041"), "telephone": ("phone call", "041"),
    "meet": ("meeting", "040"), "meeting": ("meeting", "040"), "talk": ("meeting", "040"),
    "thank": ("gratitude", "051"), "gratitude": ("gratitude", "051"), "appreciation": ("gratitude", "051"),
    "praise": ("praise", "051"), "commend": ("praise", "051"),
    "appeal": ("appeal", "020"), "urge": ("appeal", "020"),
    "accuse": ("accusation", "112"), "accusation": ("accusation", "112"), "blame": ("accusation", "112"),
    "threaten": ("threat", "130"), "threat": ("threat", "130"),
    "sanction": ("sanction", "163"),
    "arrest": ("arrest", "173"), "detain": ("arrest", "173"),
    "mourning": ("declaration of mourning", "017"),
    "responsibility": ("claim of responsibility", "015"),
    # what the PLOVER gold standard and everyday wire copy add to the reactions above
    "demand": ("demand", "100"), "insist": ("demand", "100"),
    "agree": ("agreement", "030"), "promise": ("promise", "030"), "vow": ("promise", "030"),
    "discuss": ("meeting", "040"), "negotiate": ("negotiation", "046"), "consult": ("meeting", "040"),
    "welcome": ("praise", "051"), "endorse": ("praise", "051"), "defend": ("verbal defence", "052"),
    "apologize": ("apology", "055"), "apologise": ("apology", "055"), "recognize": ("recognition", "054"),
    "cooperate": ("cooperation", "060"), "cooperation": ("cooperation", "060"),
    "release": ("release", "084"), "free": ("release", "084"), "withdraw": ("withdrawal", "087"),
    "allow": ("concession", "080"), "ease": ("concession", "081"), "lift": ("concession", "085"),
    "criticize": ("criticism", "111"), "criticise": ("criticism", "111"), "criticism": ("criticism", "111"),
    "deplore": ("criticism", "111"), "decry": ("criticism", "111"), "chide": ("criticism", "111"), "rebuke": ("criticism", "111"),
    "censure": ("criticism", "111"), "castigate": ("criticism", "111"), "lambaste": ("criticism", "111"), "slam": ("criticism", "111"),
    "investigate": ("investigation", "090"), "investigation": ("investigation", "090"), "sue": ("lawsuit", "115"),
    "reject": ("rejection", "120"), "refuse": ("rejection", "120"), "rebuff": ("rejection", "120"),
    "dismiss": ("rejection", "120"), "oppose": ("rejection", "120"), "veto": ("rejection", "120"),
    "warn": ("threat", "130"), "ultimatum": ("threat", "139"),
    "protest": ("protest", "140"), "demonstrate": ("protest", "141"), "rally": ("protest", "141"),
    "riot": ("protest", "145"), "boycott": ("boycott", "143"), "strike": ("protest", "143"),
    "block": ("protest", "144"), "blockade": ("blockade", "191"),
    "mobilize": ("mobilization", "154"), "deploy": ("mobilization", "154"),
    "expel": ("expulsion", "166"), "suspend": ("reduction of relations", "160"),
    "seize": ("seizure", "171"), "deport": ("deportation", "174"), "ban": ("ban", "172"),
    "charge": ("arrest", "173"), "raid": ("assault", "170"),
    "attack": ("assault", "190"), "bomb": ("assault", "195"), "shell": ("assault", "194"),
    "kill": ("assault", "1823"), "abduct": ("abduction", "181"), "kidnap": ("abduction", "181"),
    "assassinate": ("assassination", "186"),
    # material acts: giving, signing, sharing, yielding, coercing and fighting
    "offer": ("offer", "030"), "pledge": ("promise", "030"),
    "provide": ("provision of aid", "070"), "give": ("provision of aid", "070"), "send": ("provision of aid", "070"),
    "donate": ("provision of aid", "070"), "deliver": ("provision of aid", "070"), "supply": ("provision of aid", "070"),
    "asylum": ("grant of asylum", "075"), "sign": ("signing of an agreement", "057"),
    "forgive": ("forgiveness", "056"), "mediate": ("mediation", "045"), "mediation": ("mediation", "045"),
    "negotiation": ("negotiation", "046"), "extradite": ("extradition", "063"), "share": ("sharing of information", "064"),
    "surrender": ("surrender", "0874"), "retreat": ("retreat", "0874"), "demobilize": ("demobilization", "0873"),
    "ceasefire": ("ceasefire", "0871"), "truce": ("ceasefire", "0871"),
    "probe": ("investigation", "090"), "complain": ("complaint", "114"), "complaint": ("complaint", "114"),
    "allege": ("accusation", "112"), "deny": ("rejection", "120"), "decline": ("rejection", "120"),
    "halt": ("reduction of relations", "160"), "cancel": ("reduction of relations", "160"), "sever": ("break of relations", "161"),
    "jail": ("arrest", "173"), "imprison": ("arrest", "173"), "curfew": ("curfew", "1723"),
    "invade": ("assault", "190"), "invasion": ("assault", "190"), "wound": ("assault", "190"),
    "shoot": ("assault", "193"), "fire": ("assault", "190"), "torture": ("torture", "1822"), "beat": ("assault", "182"),
    "march": ("protest", "141"), "demonstration": ("protest", "141"), "suspension": ("reduction of relations", "160"),
    # arriving, pulling back, seizing and occupying, as the CAMEO manual codes them
    "arrive": ("visit", "042"), "withdrawal": ("withdrawal", "087"), "pullback": ("withdrawal", "087"),
    "confiscate": ("seizure", "1711"), "demolish": ("destruction of property", "171"), "destroy": ("destruction of property", "171"),
    "outlaw": ("ban", "1722"), "capture": ("occupation", "192"), "retake": ("occupation", "192"), "occupy": ("occupation", "192"),
    "abuse": ("assault", "182"), "uprising": ("protest", "145"),
    "hack": ("cyber attack", "170"), "deface": ("cyber attack", "170"),
    "order": ("demand", "100"), "restriction": ("restriction", "172"),
    # handing over, evacuating, dispatching, bombing and indicting, as the CAMEO manual codes them
    "hand": ("provision of aid", "070"), "dispatch": ("provision of aid", "070"), "evacuate": ("withdrawal", "087"),
    "explode": ("assault", "183"), "indict": ("accusation", "112"), "contribute": ("provision of aid", "070"),
    # accepting and reaching agreement, going back on one's word
    "accept": ("agreement", "030"), "agreement": ("agreement", "030"), "renege": ("rejection", "120"),
    # hearings, inquiries, pressure and fighting
    "hearing": ("investigation", "090"), "inquiry": ("investigation", "090"), "pressure": ("demand", "100"), "fight": ("assault", "190"),
    # reaching a consensus, giving back what was taken, putting forces on alert
    "push": ("demand", "100"), "press": ("demand", "100"),  # "pushing hard for the US to support ...", "pressed for talks"
    "consensus": ("agreement", "030"), "travel": ("visit", "042"), "leave": ("visit", "042"), "trip": ("visit", "042"), "tour": ("visit", "042"), "return": ("return", "084"), "alert": ("raise of alert status", "152"),
}  # fmt: skip
#: Passives that state the subject's own stance towards what follows "to": "Israel is opposed to
#: French mediation", "Vietnam is committed to opening up the economy"; not "crimes committed by".
STANCES = {"oppose": ("rejection", "120"), "commit": ("promise", "030")}
#: Acts a verb does only to certain objects: (verbs, objects, label, CAMEO code). (Re)opening
#: relations is a recognition (054); strengthening forces a mobilisation (154); receiving observers
#: or peacekeepers lets others in (0862, 0861).
OBJECT_ACTS = (
    ({"establish", "restore", "resume", "renew", "upgrade", "normalize", "normalise", "reestablish", "re-establish"},
     {"tie", "relation", "relationship"}, "restoration of relations", "054"),
    ({"strengthen", "reinforce", "bolster", "boost", "increase", "mass", "build"},
     {"force", "troop", "presence", "army", "deployment"}, "mobilization", "154"),
    ({"receive", "admit", "welcome", "accept"}, {"observer", "inspector", "monitor", "mission"}, "receipt of observers", "0862"),
    ({"receive", "admit", "accept"}, {"peacekeeper", "peacekeeping"}, "receipt of peacekeepers", "0861"),
    # taking people out of danger is humanitarian aid (073; the parser reads "the wounded" as a verb), leaving a place a withdrawal (above)
    ({"evacuate"}, {"wounded", "wound", "injured", "injure", "civilian", "refugee", "casualty", "people", "resident", "child", "sick"}, "evacuation", "073"),
    ({"send", "dispatch"}, {"inspector", "investigator"}, "investigation", "090"),
    # giving a visitor a welcome hosts him (043): "gave a warm welcome to the South African leader"
    ({"give", "extend", "accord"}, {"welcome", "reception"}, "host a visit", "043"),
    # an envoy presenting credentials takes up diplomatic relations with the host (050)
    ({"present", "submit", "hand"}, {"credential"}, "presentation of credentials", "050"),
    # downing tools is a strike (143); ordering or stepping up patrols raises police power (153)
    ({"stop", "halt", "down", "lay"}, {"work", "tool"}, "strike", "143"),
    ({"order", "deploy", "step", "increase", "intensify", "mount", "boost", "launch"}, {"patrol"}, "increase of police power", "153"),
    # letting aid through is access for it (CAMEO 0863): "opened the bridge to allow the delivery of grain"
    ({"allow", "permit"}, {"delivery", "aid", "supply", "convoy", "assistance", "food", "shipment"}, "access for aid", "0863"),
    # seeking refuge asks the state one flees to for it: PLOVER's REQUEST, which the table reaches through CAMEO 10 only
    ({"seek", "request", "ask", "apply", "bargain", "plead"}, {"refuge", "asylum", "sanctuary", "shelter"}, "request for asylum", "103"),
    # stopping a protest coerces those who hold it (CAMEO 172)
    ({"prevent", "stop", "forbid", "block", "disperse", "suppress"}, {"demonstration", "protest", "rally", "march", "strike", "gathering", "sit-in"}, "repression of protest", "172"),
    ({"reduce", "cut", "halt", "suspend", "stop"}, {"aid", "supply", "assistance"}, "reduction of aid", "162"),
    # setting fire to or blowing up property is its destruction
    ({"set"}, {"fire"}, "destruction of property", "171"),
    # closing a border on a neighbour restricts movement (CAMEO 191)
    ({"close", "seal", "shut"}, {"border", "frontier", "crossing"}, "closure of borders", "191"),
    ({"blow"}, {"line", "bridge", "pipeline", "building", "office", "station", "tower", "railway", "house", "plant"}, "destruction of property", "171"),
    # breaking off relations, mediation or talks (CAMEO 161, 165, 164); putting off a meeting reduces relations (160)
    ({"break", "sever", "cut", "abandon", "freeze", "downgrade", "rupture"}, {"tie", "relation", "relationship"}, "break of relations", "161"),
    ({"end", "halt", "suspend", "abandon", "stop", "break", "quit"}, {"mediation"}, "halt of mediation", "165"),
    ({"end", "halt", "suspend", "abandon", "stop", "break", "quit"}, {"negotiation", "talk"}, "halt of negotiations", "164"),
    ({"postpone", "delay", "cancel", "defer", "put"}, {"meeting", "talk", "visit", "summit", "trip", "negotiation"}, "postponement of a meeting", "160"),
)  # fmt: skip
#: Acts read from the object that, like a meeting, two sides do to each other ("Gondor and Rohan postponed their talks").
MUTUAL_OBJECT_ACTS = {"halt of negotiations", "postponement of a meeting"}
#: "a hunger strike" is CAMEO 142, "a general strike" a strike (143).
STRIKES = {"hunger": ("hunger strike", "142"), "general": ("protest", "143")}
#: Acts that say what another should do, will be done or is refused: the act in their complement is
#: not done ("demanded that the US cancel the sale", "threatened to ban", "refused to meet").
GOVERNING = {
    "demand", "urge", "insist", "appeal", "warn", "threaten", "refuse", "reject", "decline", "deny",
    "accuse", "allege", "ask", "press", "pressure", "oppose", "call", "want", "request", "order", "push",
}  # fmt: skip
#: Ending a restriction is a concession, not a reduction of relations: "cancelled restrictions on ...".
RESTRICTIONS = {"restriction", "ban", "curfew", "sanction", "embargo", "blockade", "emergency", "siege", "boycott"}
EASING = {"cancel", "halt", "end", "remove", "suspend", "lift", "ease", "relax", "shorten", "reduce"}
#: Lifting a blockade or siege is a military easing (CAMEO 0872), not an administrative one.
MILITARY_RESTRICTIONS = {"blockade", "siege"}
#: Words that are actions only as verbs: "a fire", "a gunshot wound", "the jail", "a sign".
VERB_ONLY = {
    "offer", "provide", "give", "send", "donate", "deliver", "supply", "sign", "forgive", "mediate",
    "extradite", "share", "demobilize", "complain", "allege", "deny", "decline", "halt", "cancel",
    "sever", "jail", "imprison", "invade", "wound", "shoot", "fire", "beat", "march", "charge",
    "hand", "dispatch", "explode", "contribute", "accept", "pressure", "fight", "return", "leave", "travel", "push", "press",
}  # fmt: skip
#: Verbs that are actions only where they say what follows: "declined to resign" (not "prices declined"),
#: "offered to hand over", "fired on troops": the complement, object or preposition that must be there.
NEEDS_COMPLEMENT = {"decline": ("xcomp",), "fire": ("prep:on", "prep:at"), "share": ("dobj",), "give": ("dobj", "dative"), "send": ("dobj",),
                    # "handed over medicine", "dispatched inspectors", "exploded bombs" (not "a bomb exploded")
                    "hand": ("prt:over",), "dispatch": ("dobj",), "explode": ("dobj",), "contribute": ("dobj",),
                    "return": ("dobj",),  # "returned the weapons", not "returned home"
                    "push": ("prep:for", "advcl"), "press": ("prep:for", "advcl")}  # "pushed for talks", not "pushed the cart"
#: Cooperation said of the future is an intent to cooperate (CAMEO 03x): root -> intent code.
INTENT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
MODALS = {"will", "would", "shall", "to"}
#: Auxiliaries that put an act in the future or the conditional: announced, not done.
FUTURE = ("will", "would", "shall", "'ll", "may", "might", "could")
INTENDING = {"swear", "plan", "intend", "agree", "promise", "pledge", "offer", "vow", "expect", "hope", "want", "decide", "prepare", "ready", "willing", "prepared"}
#: Auxiliaries that make an act something another must do: "said that China must drop barriers".
REQUIRING = ("must", "should")
#: Verbs that say: the clause under them with "must" is a demand of the speaker's (CAMEO 10).
SAYING = {"say", "declare", "reiterate", "conclude", "state", "insist", "announce", "tell", "stress", "add", "repeat", "warn", "argue", "maintain"}
#: Announcing a hostile act, or any act on the condition "unless", is a threat (CAMEO 13):
#: "would boycott all contact", "will withdraw its force unless ...".
HOSTILE_ROOTS = {"12", "14", "15", "16", "17", "18", "19", "20"}
#: The condition that makes an offer of cooperation a threat: "will withdraw unless ..."; "would meet
#: the mediator if he gave them a veto" and "will send material if it is attacked" are still offers.
THREAT_CONDITIONS = ("unless",)
#: Ending a protest eases dissent (CAMEO 082): "the union called off its strike".
DISSENT = {"strike", "protest", "demonstration", "march", "rally", "sit-in", "walkout"}
#: Giving in to a demand is a concession (CAMEO 083): "accepted demands from Shona rebels".
ACCEDING = {"accept", "concede", "meet", "heed", "grant", "satisfy", "bow", "yield", "give"}
REQUESTS = {"demand", "request", "call"}
#: An order to stop something is coercion (CAMEO 172); any other order a demand (100).
#: Cooperation refused is a rejection (CAMEO 12): "will not accept any more refugees", "failed to
#: reach agreement"; a hostile act not done is no act at all ("did not attack").
COOPERATIVE_ROOTS = {"03", "04", "05", "06", "07", "08"}
#: Verbs that say their complement was not done: "failed to reach agreement".
FAILING = {"fail", "neglect"}
ORDER_TO_STOP = {"suspend", "stop", "close", "halt", "cease", "end", "disband", "leave", "shut", "evacuate", "quit"}

#: Actions that need a person or group on the receiving end to be an interaction at all:
#: "gunmen attacked a concert hall" is an incident, "Israel attacked Hamas" an interaction. A seizure
#: of property ("police confiscated weapons") is one without a person on the receiving end.
NEED_TARGET = {"assault", "abduction", "assassination", "torture"}
#: Common nouns that stand for an actor the text leaves unnamed: people, forces, attacks.
UNNAMED_PEOPLE = frozenset(COLLECTIVE_HEADS | PERSON_NOUNS | GROUP_HEAD_WORDS | {
    "inhabitant", "supporter", "hacker", "settler", "union", "forum", "elder", "fundamentalist", "nationalist", "extremist",
})  # fmt: skip
UNNAMED_ACTORS = UNNAMED_PEOPLE | set(INCIDENT_LEMMAS) | {"bulldozer", "tank", "helicopter", "warship", "jet", "device", "mine", "minefield"}
#: How many places a target is sought in: a sentence of 300 countries is not read 300 times over.
MAX_TARGETS = 24
#: How many words of a phrase are read for the state it names: a 5,000-word subject is not read whole.
PHRASE_WORDS = 12
#: Verbs that carry an action noun: "extend condolences", "offer support", "express solidarity".
LIGHT_VERBS = {"extend", "offer", "express", "convey", "send", "voice", "pay", "declare", "show", "make", "issue", "pledge", "claim", "announce", "provide", "impose", "hold", "launch", "stage", "lodge", "file", "level", "grant",
               # verbs that begin, go on with or end an act the noun names: "renewed negotiations",
               # "undertook mediation", "continued their hunger strike", "completed their withdrawal"
               "renew", "resume", "begin", "start", "continue", "conduct", "undertake", "organize", "organise", "mount", "complete", "open", "reimpose", "initiate",
               "reach", "tighten", "enforce", "speed", "accelerate", "hasten", "reiterate", "repeat"}  # "reached agreement", "tightened the blockade", "speeded up the withdrawal"
#: Statements whose issuer says what their clause says: "issued a declaration demanding that ...".
STATEMENTS = {"declaration", "communique", "communiqué", "resolution", "letter", "note", "report", "appeal"}
#: Nouns that carry an action noun: "expressions of condolences", "offer of support", "show of solidarity".
LIGHT_NOUNS = {"expression", "offer", "show", "message", "gesture", "outpouring", "statement", "act"}
MAX_CLIMB = 6
#: Subjects that stand for an actor named in the clause above: "Iraq said it would allow ...".
RELATIVES = ("who", "which", "that")
PRONOUNS = {"he", "she", "they", "it", "we", "this", *RELATIVES}
#: Actions whose complement clause's subject is their target: "demanded that Hamas renounce ...".
ASKING = {"demand", "urge", "insist", "appeal", "warn", "accuse", "allege", "push", "press"}
#: "over" last: "complained to the United Nations over Israeli air raids", the matter and its doer.
TARGET_PREPS = ("to", "towards", "toward", "against", "with", "on", "for", "into", "from", "over")
#: Prepositions that put a target in an object's phrase: "ties with Gondor", "talks between X and Y".
PHRASE_PREPS = ("with", "between", "to", "against", "towards", "toward", "about")
#: How many conjoined actors one act is read for: "Mordor, Rohan, Fornost and Bree welcomed ...".
MAX_CONJUNCTS = 8
#: Prepositions that name the target of one verb only: the place one arrives in ("arrived in Gondor"),
#: whom or what one warns of, after whom one warns ("warned of the Prince of Dol Amroth").
#: Verbs of going that are a visit only to a named place: "left for Moscow", "travelled to Cairo"
#: (not "left for dead", "travel to work").
TRAVEL = {"leave": "for", "travel": "to"}
OWN_PREPS = {"arrive": ("in", "at"), "leave": ("for",), "call": ("upon",), "warn": ("of", "about"), "fire": ("at", "on"), "shoot": ("at",), "seek": ("in", "from"), "apply": ("in",), "bargain": ("in",)}
#: Verbs that name what is asked for with "for": "applied for asylum", "bargained for asylum".
ASKING_FOR = {"ask", "apply", "bargain", "plead"}
#: What a state receives from another that the giver gave as aid (CAMEO 07): "received food aid
#: from Japan" is Japan's aid to the receiver, told from the other side.
RECEIVED_AID = {
    "aid": "070", "assistance": "070", "help": "070", "donation": "070", "gift": "070",
    "money": "071", "loan": "071", "grant": "071", "credit": "071", "fund": "071", "funding": "071",
    "weapon": "072", "arm": "072", "ammunition": "072", "equipment": "072",
    "food": "073", "medicine": "073", "relief": "073", "vaccine": "073", "shelter": "073",
}  # fmt: skip
#: Verbs of giving, whose recipient ("to Gondor") is their target before what they give.
GIVING = {"provide", "give", "send", "donate", "deliver", "supply", "contribute", "hand", "dispatch", "offer", "grant", "extend", "pledge", "ship", "sell", "return"}
#: Words that are actions only as nouns: "remained on alert" (not "alerted the police").
NOUN_ONLY = {"alert", "consensus"}
#: Forces that keep the peace: their arrival provides it (CAMEO 074).
PEACEKEEPERS = {"peacekeeper", "peacekeeping", "blue helmet", "monitor"}
#: Prepositions that say where something stands: "guest houses in Bree", "killed in Tel Aviv".
LOCATING = ("in", "at", "near", "outside")
#: Prepositions whose noun act is done by the subject of the clause it frames: "during a visit to Eriador".
FRAMING = ("during", "on", "in", "at", "amid")
#: Those that frame the clause wherever the parser hangs them; "on", "in", "at" only on a verb, and
#: only an occasion: statements, meetings and visits, protests, alerts (CAMEO 01, 04, 14, 15): "on a visit to
#: Cairo", "in a show of solidarity", not "imposed a blackout on the withdrawal".
LOOSE_FRAMING = ("during", "amid")
OCCASIONS = {"01", "04", "14", "15"}
#: Modifiers that make a noun no act: "a press release", "a news conference".
NO_ACT_MODIFIERS = {"press", "news"}
#: Verbs that lodge a protest as an official complaint (CAMEO 114): "lodged an official protest with Albania".
LODGING = {"lodge", "file", "register", "submit"}
#: Purposes that make a sending an inquiry (CAMEO 090): "sent a team to investigate".
INQUIRING = {"investigate", "probe", "inspect", "examine", "assess", "monitor"}
#: Acts two sides do with each other: "Gondor and Osgiliath renewed ties" is each to the other.
MUTUAL = {"040", "046", "054", "057", "030"}
#: How deep the target is sought in an action's complements: "threatened to cut off electricity to Nakhichevan".
TARGET_DEPTH = 2

#: Verbs that expel with "out" ("forced out 1,000 refugees"), read by `_forced_out`.
FORCING = frozenset({"force", "drive"})
#: Nouns of rule by decree ("martial law", "state of emergency"), read by `_emergency`.
DECREE_NOUNS = frozenset({"law", "state"})
#: Verbs with a particle that are another act: "called off the strike" cancels it, "ruled out talks" rejects them.
PHRASAL = {("call", "off"): "cancel", ("rule", "out"): "reject"}
#: Lemmas (case-folded) of the only words `reactions` can read as acts: it looks at no other.
ACTING = frozenset(ACTIONS) | ACCEDING | EASING | frozenset(STANCES) | FORCING | DECREE_NOUNS | {verb for verbs, *_ in OBJECT_ACTS for verb in verbs} | {verb for verb, _ in PHRASAL}
