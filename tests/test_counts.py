"""Counts of the dead and the wounded, on sentences written for each case: qualifiers, headlines, tallies
of other incidents, and how reports of one event are reconciled."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import article_of, event_of, incident_of

from storyline.extract import extract
from storyline.extract.counts import counts_in, headline_counts
from storyline.extract.numbers import quantity, word_value
from storyline.pipeline import parse_headlines


@pytest.mark.parametrize(
    ("text", "value"),
    [("137", 137), ("1,200", 1200), ("eleven", 11), ("twenty-one", 21), ("Dozen", 12), ("seven", 7), ("zebra", None)],
)
def test_number_words_read_as_integers(text: str, value: int | None) -> None:
    assert word_value(text) == value


@pytest.mark.parametrize(("text", "number"), [("Deputies tell 13 News two men were shot.", "13"), ("Image 5 of 7 shows the scene.", "5")])
def test_a_stations_or_a_captions_number_is_no_quantity(parse, text: str, number: str) -> None:  # type: ignore[no-untyped-def]
    doc = parse(text)
    assert quantity(next(t for t in doc if t.text == number)) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At least 137 people were killed and 182 were wounded.", {("killed", 137, "at_least"), ("wounded", 182, "exact")}),
        ("The attack left over 60 lives lost.", {("killed", 60, "more_than")}),
        ("The blast resulted in 133 deaths and 150 injuries.", {("killed", 133, "exact"), ("wounded", 150, "exact")}),
        ("Police arrested 11 suspects.", {("arrested", 11, "exact")}),
        ("The arrest of eleven individuals followed.", {("arrested", 11, "exact")}),
        ("A man was killed and two others wounded in a shooting.", {("killed", 1, "exact"), ("wounded", 2, "exact")}),
        ("Two men were shot, one fatally.", {("shot", 2, "exact"), ("killed", 1, "exact")}),
        ("Gunmen opened fire, wounding four men and killing another.", {("wounded", 4, "exact"), ("killed", 1, "exact")}),
        ("Two people are dead after the shooting.", {("killed", 2, "exact")}),
        ("The shooting left one man dead and three others injured.", {("killed", 1, "exact"), ("wounded", 3, "exact")}),
        ("The shooting left three people wounded and one dead.", {("wounded", 3, "exact"), ("killed", 1, "exact")}),
        # "found dead" describing the people it follows
        ("Police released the names of two men found dead in the house.", {("killed", 2, "exact")}),
        # "two more" who were shot: people
        ("Two men were killed and two more who were shot are in the hospital.", {("killed", 2, "exact"), ("shot", 2, "exact")}),
        # the participle after the object of "left", parsed as a clause of its own
        ("The shooting left five teens injured.", {("wounded", 5, "exact")}),
        # the people set beside "the victims" are so many hit
        ("Police said the victims, four young men who have not yet been identified, were on a porch in Veltrana.", {("hit", 4, "exact")}),
        # one victim set beside "the victim" is no count
        ("Police said the victim, a young man from Tarn, was on a porch in Veltrana.", set()),
        # a second participle after another, parsed as a verb with a subject of its own
        ("A shooting in Veltrana left one person dead and three others wounded.", {("killed", 1, "exact"), ("wounded", 3, "exact")}),
        ("The gunfire left one man dead and at least two women wounded.", {("killed", 1, "exact"), ("wounded", 2, "at_least")}),
        ("The boy was taken off life support and passed away.", {("killed", 1, "exact")}),
        ("He succumbed to his injuries at the hospital.", {("killed", 1, "exact")}),
        ("Deputies found a deceased man in the car.", {("killed", 1, "exact")}),
        ("A 20-year-old woman suffered a fatal gunshot wound.", {("killed", 1, "exact")}),
        ("Dozens of people were wounded.", {("wounded", 24, "at_least")}),
        ("About 40 people were injured.", {("wounded", 40, "about")}),
        ("Up to 20 people are missing.", {("missing", 20, "up_to")}),
        ("Gunmen took 20 hostages.", {("hostages", 20, "exact")}),
        ("No one was injured.", {("wounded", 0, "exact")}),
        ("The victim died at the hospital.", {("killed", 1, "exact")}),
        ("Police found two men with gunshot wounds.", {("hit", 2, "exact")}),
        ("The man suffered a gunshot wound to the leg.", {("hit", 1, "exact")}),
        ("A gun went off, fatally wounding the victim.", {("killed", 1, "exact")}),
        ("A 16-year-old was injured in a drive-by shooting.", {("wounded", 1, "exact")}),
        ("Police found the bodies of three people.", {("killed", 3, "exact")}),
        ("Four people were confirmed to have been shot.", {("shot", 4, "exact")}),
        ("The boy accidentally shot himself in the hand.", {("shot", 1, "exact")}),
        ("Both men died at the scene.", {("killed", 2, "exact")}),
        ("The gunmen assassinated two police officers.", {("killed", 2, "exact")}),
        ("A man was shot across the street from the school.", {("shot", 1, "exact")}),
        ("Police fired 15 rounds at the car.", set()),
        # the shot intruder or robber is counted as anyone shot is
        ("The homeowner shot the 16-year-old intruder in the leg.", {("shot", 1, "exact")}),
        # a number of wounds counts the wounds of one body, not the people who bear them
        ("The boy is talking with visitors as the 10 gunshot wounds he sustained continue to heal.", set()),
        ("He was not injured.", set()),
        # a range is at least its lower end, not the sum of its ends
        ("Witnesses said 12 to 15 people were wounded at the club.", {("wounded", 12, "at_least")}),
        # a number past a comma belongs to the next count; conjuncts parted by a casualty word
        ("Two people were killed, five injured in the shooting.", {("killed", 2, "exact"), ("wounded", 5, "exact")}),
        ("The gunfire left one dead and two injured.", {("killed", 1, "exact"), ("wounded", 2, "exact")}),
        # a number past a comma with words of its own is no part of the next
        ("Three dead, six injured at a nightclub", {("killed", 3, "exact"), ("wounded", 6, "exact")}),
        # people named after the number that counted them are not counted twice
        ("Deputies found the bodies of Dana Whitlow, 41, and her two sons, Caleb and Rory.", {("killed", 3, "exact")}),
        ("Police said three people, two men and one woman, were taken to the hospital.", {("hit", 3, "exact")}),
        ("Three adults and an unborn baby were killed.", {("killed", 3, "exact")}),
        # a second name the recogniser takes for a place
        ("Police said 21-year-old Kyle Dean Rossi and 30-year-old Elroi Jordan Ashley were both dead.", {("killed", 2, "exact")}),
        # a death numbered by its victim tells the toll; "the fifth man" may be the fifth of those shot
        ("A third person has died, police said.", {("killed", 3, "exact")}),
        ("The fifth man was pronounced dead at the hospital.", {("killed", 1, "exact")}),
        # a second person joined to the first one's name; one person named twice
        ("Her 14-year-old son, Storm Lane, and a 17-year-old family friend, Dana Ruiz, were shot.", {("shot", 2, "exact")}),
        ("Police said Alex Ruiz, a neighbor and close friend, was shot.", {("shot", 1, "exact")}),
        # a list closed by "and", each with its own possessive, that the parser hangs as appositives
        ("Police said Walker killed his daughter, Kayla Walker; his girlfriend, Shantai Hale; and Hale's mother.", {("killed", 3, "exact")}),
        ("Police said Walker killed his daughter, his girlfriend and her mother.", {("killed", 3, "exact")}),
        # a surname the recogniser takes for an organisation; the subject nearest the verb
        ("The rifle discharged, mortally wounding Kessler in the chest.", {("killed", 1, "exact")}),
        # a surname the recogniser takes for a product
        ("Dane “D.J.” Cole died early Sunday morning after a game of poker.", {("killed", 1, "exact")}),
        ("BEND, Ore. - A 58-year-old man died early Monday, deputies said.", {("killed", 1, "exact")}),
        ("Officers arrived and found the driver dead inside the car.", {("killed", 1, "exact")}),
        ("The accidental shooting claimed the life of 6-year-old Ava Lindqvist.", {("killed", 1, "exact")}),
        ("A body was found behind the gas station on Sunday.", {("killed", 1, "exact")}),
        ("A 15-year-old was hit in the arm.", {("shot", 1, "exact")}),
        ("The clerk was shot in the upper body.", {("shot", 1, "exact")}),
        # a number of a caption, a date or a statute counts nobody
        ("Image 5 of 7 A man died after the shooting.", {("killed", 1, "exact")}),
        ("He was charged under 18-3-102, first-degree murder.", set()),
        # "or" joins the dead and the hurt into one count of the hit; a share of a number is no part of it
        ("Four people were wounded or killed in the attack.", {("hit", 4, "exact")}),
        ("Police said two of five teenagers shot were killed.", {("shot", 5, "exact")}),
        # a rescue that failed tells a death; one that worked none
        ("Medics were unable to save the toddler.", {("killed", 1, "exact")}),
        ("Surgeons could not save him.", {("killed", 1, "exact")}),
        ("Doctors saved the boy.", set()),
        # the fatal share hung on the victims; none of it
        ("Six people were shot, three of them fatally.", {("shot", 6, "exact"), ("killed", 3, "exact")}),
        ("Two people were shot, neither fatally.", {("shot", 2, "exact")}),
        # a plural counted by the people listed beside it
        ("The victims, a 31-year-old man and a 17-year-old girl, were shot in the legs.", {("shot", 2, "exact")}),
        # an age bound is no count
        ("Police said a boy younger than 8 was shot.", {("shot", 1, "exact")}),
        # "a man and woman": the article is shared
        ("Deputies found a man and woman suffering from gunshot wounds.", {("hit", 2, "exact")}),
        # a participle right after a known group of people, read by the parser as their verb
        ("We're told of the four people shot, two of them had serious injuries.", {("shot", 4, "exact")}),
        ("The two men shot Tuesday night were taken to Grady.", {("shot", 2, "exact")}),
        ("The two victims shot in the attack are recovering.", {("shot", 2, "exact")}),
        # or unknown, with the sentence's own verb hung on the participle by the parser
        ("Four men shot Wednesday evening on the city's southwest side all are expected to recover from their wounds.", {("wounded", 4, "exact")}),
        ("Three people shot outside a bar early Sunday are in stable condition, police said.", {("shot", 3, "exact"), ("wounded", 3, "exact")}),
        ("Two men shot a clerk and fled.", {("shot", 1, "exact")}),
        # people who shoot: at someone, or someone
        ("The two men shot at officers before fleeing.", set()),
        ("The two men shot a clerk on Main Street.", {("shot", 1, "exact")}),
        # a life taken "of" someone; not one's own
        ("An accidental shooting took the life of a Quapaw man on Tuesday.", {("killed", 1, "exact")}),
        ("The gunfire took the lives of three teenagers.", {("killed", 3, "exact")}),
        # the object the parser made the subject of a finite verb further on
        ("Two men accused in a shooting that killed a toddler and injured one other person appeared in court on Wednesday.", {("killed", 1, "exact"), ("wounded", 1, "exact")}),
        # not a heading run into the next line, nor a comma's clause
        # people by their work: a trade's noun, or a role compounded with "man"
        ("A janitor was injured picking up the bomb.", {("wounded", 1, "exact")}),
        ("One fireman was injured fighting the blaze.", {("wounded", 1, "exact")}),
        ("Two patrolmen were wounded in the ambush.", {("wounded", 2, "exact")}),
        ("SUSPECT KILLED Hundreds gather to mourn the officers.", set()),
        ("As the gunman fired the crowd ran.", set()),
        # a second clause's subject the parser hung on the first verb as one of its conjuncts
        ("Patrolman Donald Sager was killed and police officer Stanley Sierakowski was critically wounded but survived.",
         {("killed", 1, "exact"), ("wounded", 1, "exact")}),
        ("A 22-year-old man died and three others – including two children – were wounded in the shooting.",
         {("killed", 1, "exact"), ("wounded", 3, "exact")}),
        # a person told by the age alone, before "and" and a number's people: the parser makes
        # the age an adjective of the people counted, or of the "A" before it
        ("A 6-year-old and three adults were shot in Atlanta on Sunday.", {("shot", 4, "exact")}),
        ("A six-year-old and three people were shot in Southwest Atlanta during a drive-by shooting.", {("shot", 4, "exact")}),
        ("Three adults were shot in Atlanta on Sunday.", {("shot", 3, "exact")}),
        # or the parser makes the first of them the sentence's root, "and" its and the verb its conjunct
        ("A 16-year-old and two men were wounded in a shooting Sunday in Chicago.", {("wounded", 3, "exact")}),
        ("A gunman killed a 16-year-old and two men were wounded in Chicago on Sunday.", {("killed", 1, "exact"), ("wounded", 2, "exact")}),
        # "others" after a comma are more people, unless a harm of their own parts them
        ("Police say a gunman wounded a teenager, two others in Chicago on Sunday.", {("wounded", 3, "exact")}),
        ("Gunman killed a man, 2 others wounded in Chicago.", {("killed", 1, "exact"), ("wounded", 2, "exact")}),
    ],
)
def test_counts_come_from_the_parse_with_their_qualifier(parse, sentence: str, expected: set[tuple[str, int, str]]) -> None:  # type: ignore[no-untyped-def]
    doc = parse(sentence)
    found = {(c.attribute, c.value, c.qualifier) for c in counts_in(doc[:])}
    assert found == expected
    for c in counts_in(doc[:]):
        assert sentence[c.start : c.end]  # a span, never empty


def test_a_line_that_ends_in_an_hour_is_a_sentence_not_a_heading(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Police are investigating a shooting in Philadelphia. No arrests have been made.\n\nFour men were shot near Kingsessing Park on Tuesday night, around 10 p.m."
    mention = incident_of(parse, text)
    assert ("shot", 4) in {(c.attribute, c.value) for c in mention.claims}


def test_the_one_who_shoots_and_kills_is_not_counted_shot(parse) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs the man killed on a clause of his own, and leaves "killed" no object
    doc = parse("Less than a week earlier, the store owner shot and killed an African American male attempting to rob the store.")
    assert not [c for c in counts_in(doc[:]) if c.attribute in ("shot", "hit", "wounded")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The gun went off, struck and killed Victoria and injured one of the family dogs, deputies said.",
        "One of the family dogs was shot in the yard.",
        "A shooting on Sunday injured two of the dogs.",
    ],
)
def test_animals_counted_are_no_victims(parse, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert not [c for c in counts_in(parse(sentence)[:]) if c.attribute in ("wounded", "shot", "hit")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "a fourth" after three of the same harm is the fourth of them
        ("Three men were shot at a party and a fourth was shot as he ran.", {("shot", 3), ("shot", 4)}),
        ("Two women were shot and a third was struck by a stray bullet.", {("shot", 2), ("shot", 3)}),
        # beside another harm, one more of its own
        ("Two people were shot dead and a third was critically injured.", {("killed", 2), ("wounded", 1)}),
        ("Three people were found dead and a fourth person was wounded.", {("killed", 3), ("wounded", 1)}),
        # "the second victim" is one of those counted already
        ("Two men were shot on Sunday and the second victim was taken to a hospital.", {("shot", 2), ("hit", 1)}),
    ],
)
def test_a_victim_numbered_after_others_counts_them(parse, sentence: str, expected: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    assert {(c.attribute, c.value) for c in counts_in(parse(sentence)[:])} == expected


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        # one victim told twice: wounded, then dead
        ("Antrez Felder was shot Sunday night. Felder was wounded in the chest. Antrez Felder died at the hospital.", []),
        ("A 3-year-old girl has died after a shooting. Police said the young girl was injured when a gun went off.", []),
        ("A 17-year-old boy died in a shooting on Friday. Police said he was wounded at a party.", []),
        ("A teenager injured in a shooting on Monday morning has died, police said.", []),
        # the one dead, named again by another word for him
        ("A 17-year-old boy has died after a shooting on Friday. Police said the injured teen was found in a car.", []),
        # a new victim stays wounded
        ("A man was killed in a shooting on Friday. A woman was wounded and taken to the hospital.", [1]),
        ("A man died in a shooting on Friday. Another man was wounded, police said.", [1]),
        # the dead is the shooter: the victim named is another
        ("The suspect died in a shootout on Friday. The deputy who was wounded is expected to recover.", [1]),
        # a hit told beside a death, each with a subject of its own: another victim
        ("A man was killed and a woman was shot in Dayton on Friday.", [1]),
        ("An 8-year-old girl has died and her father is listed in critical condition after a shooting on Sunday.", [1]),
        ("A man was shot and killed and his wife is in critical condition after a shooting on Sunday.", [1]),
        # the one victim, shot and dead
        ("A man was shot and he died in a shooting on Sunday.", []),
        # what the dead had been before dying, told in the past before the past
        ("A local child who was hospitalized after a shooting on Feb. 27 has died. Karma Wezowicz, 7, had been critically injured in the incident.", []),
        # "also" of the place, not of another victim
        ("Tommy Thomas, of central Toledo was shot on Sunday in the 1000 block of Woodland Avenue, also in central Toledo. The youth was taken to a hospital where he was pronounced dead.", []),
        # the one the report has told of, now dead, told again by "a"
        ("The boy was taken off life support on Sunday and passed away. Police are investigating a shooting that critically injured a 9-year-old boy.", []),
        # not one that its own clause defines
        ("Police have a suspect in a shooting that injured a person on Friday. The person who died was a sophomore.", [1]),
        # the gunman the police killed is no victim of his own shooting
        ("Officers shot and killed the suspect on Sunday after he shot two people on Main Street.", [2]),
        ("The suspect was killed by police on Sunday. Police said three people were shot.", [3]),
        # unless the hit takes him in
        ("Four people were shot on Sunday, including the gunman, who was killed by police.", [3]),
        # but not a victim told by "a", who may be another
        ("A man died in a shooting on Sunday. A woman had been wounded in the shooting, police said.", [1]),
        # someone's one dead, told again as someone's
        ("A man shot and killed his 5-year-old brother on Friday, police said. The bullet wounded his little brother in the chest.", []),
        # unless told apart by the order of their births
        ("A man shot and killed his 7-year-old daughter on Friday, police said. His older daughter was wounded.", [1]),
        # a death told right after as "he" or "she" is the wounded victim's
        ("Deputies responded to a call of a child injured by a gunshot on Saturday. The child was taken to the hospital, where he died.", []),
        ("Veltrana man kills son and himself in murder-suicide\n\nOfficers found the man dead and the child injured in a home on Sunday. The boy was taken to a hospital, where he was later pronounced dead.", []),
        # not one of the other sex, nor one told further on
        ("A woman was wounded in a shooting on Tarn Street on Friday. He died at the scene, police said.", [1]),
        ("A woman was wounded in a shooting on Friday. Police said a man fled. Officers found him nearby. Later he died at the hospital.", [1]),
    ],
)
def test_the_dead_are_not_also_wounded(parse, text: str, wounded: list[int]) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert [c.value for c in mention.claims if c.attribute == "wounded"] == wounded


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # the headline is all a page of boilerplate says, without "were" and without "a"
        ("Four teens shot after party in St. Louis\n\nGet email notifications from this author.", {("shot", 4), ("wounded", 4)}),
        ("Loved ones remember teen killed in Riviera Beach shooting\n\nFamily members held a vigil Saturday.", {("killed", 1)}),
        ("Man shot in Dayton\n\nPolice are investigating.", {("shot", 1), ("wounded", 1)}),
        # Title Case headlines are read in lower case: their capitalised verbs are not names
        ("Gunfight At Fresno Biker Club Kills 1, Wounds 12\n\nA dance turned into a gun battle.", {("killed", 1), ("wounded", 12)}),
        ("2 Killed, 2 Hurt In West Side Detroit Shooting\n\nPolice are investigating.", {("killed", 2), ("wounded", 2)}),
        # victims listed with commas, and "N shot" after a colon
        ("Man, woman killed in Miami shooting\n\nPolice are investigating.", {("killed", 2)}),
        # the first of those listed hung on the next as its modifier
        ("Woman, boyfriend killed in brazen daytime Elm Park shooting\n\nPolice are investigating.", {("killed", 2)}),
        # the verb hung on the first of those listed, the next its appositive; not after a semicolon
        ("Father, daughter, 9, found dead in possible murder-suicide\n\nPolice are investigating.", {("killed", 2)}),
        ("Douglas teen shot to death; girl in custody\n\nPolice are investigating.", {("killed", 1)}),
        # a number before a comma is the casualty word's it is told with, not the next one's
        ("Three hurt, gunman dead at Elm Street mall\n\nPolice are investigating.", {("wounded", 3), ("killed", 1)}),
        ("Two injured, shooter dead at Elm High School\n\nPolice are investigating.", {("wounded", 2), ("killed", 1)}),
        # victims joined by "and", each without its article; the verb hung on the last
        ("Man and woman wounded in shooting\n\nPolice are investigating.", {("wounded", 2)}),
        ("Girl and 3-year-old brother hurt in shooting\n\nPolice are investigating.", {("wounded", 2)}),
        ("Envy Nightclub shooting: 4 shot in Palm Springs club\n\nPolice are investigating.", {("shot", 4), ("wounded", 4)}),
        # a channel's number beside the count is no part of it
        ("WJTV Channel 12 - Five Injured In Nightclub Shooting\n\nPolice are investigating.", {("wounded", 5)}),
        # an active verb with its subject stays active
        ("Man shot and killed his wife\n\nPolice are investigating.", {("killed", 1)}),
        # the victim the parser takes for an interjection; a date beside "dies"
        ("Girl, 16, fatally shot in Hyde Park neighborhood\n\nGet email notifications.", {("killed", 1)}),
        ("Man dies 3/4 after shooting\n\nPolice are investigating.", {("killed", 1)}),
        ("3 dead, 2 wounded in drive-by shooting in west Tulsa\n\nPolice are investigating.", {("killed", 3), ("wounded", 2)}),
        # "shoots self": the parser takes the verb for a modifier of the noun "self"
        ("Toddler shoots self in hand at grandparents' home\n\nPolice are investigating.", {("shot", 1), ("wounded", 1)}),
        ("5-year-old fatally shoots self with uncle's pistol\n\nPolice are investigating.", {("killed", 1)}),
        # shot "at" a place is no shot aimed at someone; "one fatally" hung loosely on "shot"
        ("3 Teens, 2 Adults Shot At Graduation Party In Fresno\n\nPolice are investigating.", {("shot", 5), ("wounded", 5)}),
        ("Two women shot, one fatally, in Akron\n\nPolice are investigating.", {("shot", 2), ("killed", 1), ("wounded", 1)}),
        ("Gunman shot at officers in Akron\n\nPolice are investigating.", set()),
        # a finite verb the parser hangs on the word before the colon; a bare "4-year-old"
        ("Report: Woman cleaning rifle accidentally shoots self in Elm Park\n\nPublished: Sunday", {("shot", 1), ("wounded", 1)}),
        ("Neighbors say feud was cause, but 4-year-old was shot\n\nPolice are investigating.", {("shot", 1), ("wounded", 1)}),
        # a place after "outside" that the parser takes for the object
        ("Four people shot outside bar in Elm Township - WXYZ TV 9\n\nTwo men remain in the hospital.", {("shot", 4), ("wounded", 4)}),
        # of two numbers hung on the last casualty word, the one before the comma is the dead's
        ("Woman Held After Rampage At Elm Hall; 4 Dead, 2 Critically Hurt\n\nPolice are investigating.", {("killed", 4), ("wounded", 2)}),
        # a headline cut at the colon before its source
        ("Three Teens Shot in Elm Park: Police\n\nA man wanted in the shooting turned himself in Wednesday, officials said.", {("shot", 3), ("wounded", 3)}),
        # a headline's town is the incident's, not a hospital's that holds the victim
        ("Child in critical condition after shooting in Dayton\n\nPolice are investigating.", {("wounded", 1)}),
        # a headline that ends in an abbreviation's stop
        ("Four shot in Elm Park club on Forest Hill Blvd.\n\nPolice are investigating.", {("shot", 4), ("wounded", 4)}),
        ("Two teens shot near school in Elm Twp.\n\nPolice are investigating.", {("shot", 2), ("wounded", 2)}),
        # a town's 2-year-old, "old" tagged an adjective, in critical condition
        ("Oakdale 2-year-old in critical condition from gunshot\n\nPolice are investigating.", {("wounded", 1)}),
        # "teen shot" parsed as a noun, the "was" dropped
        ("Local teen shot in parking lot\n\nPolice are investigating.", {("shot", 1), ("wounded", 1)}),
        # "killed" hung on that noun "shot": the one shot is the one killed
        ("Teen shot, killed near Elm Street store\n\nPolice are investigating.", {("shot", 1), ("killed", 1)}),
        # a person told by an age alone, "old" tagged an adjective
        ("19-year-old shot, killed outside his home\n\nPolice are investigating.", {("shot", 1), ("killed", 1)}),
        ("12-year-old shot inside apartment\n\nPolice are investigating.", {("shot", 1), ("wounded", 1)}),
        ("16-year-old killed inside garage\n\nPolice are investigating.", {("killed", 1)}),
        # the subject the parser gives "killed" is charged: the suspects, not the dead; the one
        # shot just before is the one killed
        ("Two men charged after baby girl accidentally shot, killed\n\nPolice are investigating.", {("shot", 1), ("killed", 1)}),
        (
            "Two men charged after baby girl accidentally shot, killed Posted: Friday, April 7, 2017 10:21 AM EST\n\nPolice are investigating.",
            {("shot", 1), ("killed", 1)},
        ),
        # a condition, its "is" dropped, tells of the people just before it, others than the dead
        ("Boy stable after accidental shooting\n\nPolice are investigating.", {("wounded", 1)}),
        ("Two Men Critical Following Compton Shooting\n\nPolice are investigating.", {("wounded", 2)}),
        ("Child Killed, Father Critical After Shooting In Miami\n\nPolice are investigating.", {("killed", 1), ("wounded", 1)}),
        ("Man killed in Elm Park shooting; 3-year-old stable\n\nPolice are investigating.", {("killed", 1), ("wounded", 1)}),
        # a list of the dead and the hurt, parsed as "killed" of the hurt: they are their participle's
        ("Man, 18, killed, two other teens injured in shooting at Elm Park party\n\nPolice are investigating.", {("killed", 1), ("wounded", 2)}),
        # not a condition of a noun after it
        ("Family says home is stable after shooting\n\nPolice are investigating.", set()),
        # a verb in the present that the tagger takes for a plural noun before its object
        ("Shooting wounds a man and two women in Dayton\n\nThe city is quiet.", {("wounded", 3)}),
        ("Elm Park police kill gunman after shooting rampage injures three\n\nThe city is quiet.", {("killed", 1), ("wounded", 3)}),
        ("Elm Park Shooting Wounds 4 Boys, Police Say\n\nThe city is quiet.", {("wounded", 4)}),
        ("Shooting wounds 2 females; ambulance takes 1 to hospital\n\nThe city is quiet.", {("wounded", 2)}),
        # a person told by an age alone, which the parser hangs on the verb as its adjective
        ("4-year-old wounded in central Elm Park drive-by shooting\n\nThe city is quiet.", {("wounded", 1)}),
        ("3-year-old critically injured in shooting\n\nThe city is quiet.", {("wounded", 1)}),
        ("4-year-old accidentally shot, mother arrested\n\nThe city is quiet.", {("shot", 1), ("wounded", 1)}),
        # and "dies" after such an age, which the tagger takes for a plural noun
        ("6-year-old dies in accidental shooting\n\nThe city is quiet.", {("killed", 1)}),
        # a headline the segmenter cut into sentences, after a label's colon or after its verb
        ("Elm Park: Baby shot in stroller expected to recover\n\nPolice are investigating.", {("shot", 1), ("wounded", 1)}),
        ("Toddler Dies After Shooting In Elm Park\n\nPolice are investigating.", {("killed", 1)}),
        ("Suspect Sought After 1 Killed, 5 More Wounded In Elm District Shooting\n\nPolice are investigating.", {("killed", 1), ("wounded", 5)}),
        # the source a headline names before its colon is no subject of what follows it
        ("Police: 9-year-old critically injured in Elm Park drive-by shooting\n\nPolice are investigating.", {("wounded", 1)}),
        ("Deputies: Teen shot at Elm Park party\n\nPolice are investigating.", {("shot", 1), ("wounded", 1)}),
        ("Police: 5-year-old dies from gunshot after negligent discharge\n\nPolice are investigating.", {("killed", 1)}),
        # "shot, killed" with its "was" dropped: the one shot is the one killed, as many as were shot
        ("2-year-old boy shot, killed in Elm Park\n\nPolice are investigating.", {("shot", 1), ("killed", 1)}),
        ("Driver shot, killed by her 2-year-old son in back seat\n\nPolice are investigating.", {("shot", 1), ("killed", 1)}),
        ("Two shot and killed in Elm Park, suspect not yet charged\n\nPolice are investigating.", {("shot", 2), ("killed", 2)}),
        # not a death told apart after a semicolon
        ("4 men shot while playing dice; 19-year-old killed\n\nPolice are investigating.", {("shot", 4), ("killed", 1), ("wounded", 3)}),
        # but words before the colon that tell of the incident are no source
        ("Gunman kills 2: police say he fled\n\nThe city is quiet.", {("killed", 2)}),
        ("2 dead: officials say the gunman fled\n\nThe city is quiet.", {("killed", 2)}),
        # and a headline read with its source is read so: the source steadies the parse
        ("South LA shootings: 17-year-old girl among 8 injured\n\nAfter several shootings on Labor Day, gunfire "
         "erupted again in South Los Angeles on Wednesday.", {("wounded", 8)}),
        # the verb the parser hangs on the victim as its adverbial clause
        ("Boy, 7, wounded in Elm Park neighborhood shooting - KMOV.com\n\nPolice are investigating.", {("wounded", 1)}),
        # what a shooting "leaves", the number hung on the participle or the participle on it
        ("Shooting leaves seven wounded\n\nPolice are investigating.", {("wounded", 7)}),
        ("Shooting leaves seven injured\n\nPolice are investigating.", {("wounded", 7)}),
        # a bare number the parser makes the verb's loose modifier
        ("3 hospitalized after Elm Park shooting\n\nPolice are investigating.", {("wounded", 3)}),
        # "leaves ... dead" with "dead" hung on the verb: its object are the dead
        ("Murder-suicide leaves man and woman dead in Elm Lake\n\nPolice are investigating.", {("killed", 2)}),
        # the share of the shot who died, both hung on the verb: not all of them killed
        ("9 People Shot, 1 Fatally, After Violence Breaks Out at Party in Elm Park\n\nPolice are investigating.",
         {("shot", 9), ("killed", 1), ("wounded", 8)}),
        # a headline read again without the site's name after it, or the page's mark before it
        ("Elm Park 5-year-old allegedly shoots child - WXYZ-TV 7-News, Weather, Sports-Elm City, MS\n\nPolice are investigating.",
         {("shot", 1), ("wounded", 1)}),
        ("× 14-year-old Elm County boy killed in accidental shooting\n\nPolice are investigating.", {("killed", 1)}),
        # a dash within the headline parts no site's name: both parts are read
        ("Three shot in Elm Park - two dead\n\nPolice are investigating.", {("shot", 3), ("killed", 2), ("wounded", 1)}),
        # an age cut short with the headline is no count of six dead
        ("Deputy claims self-defense in shooting that killed 6-y - WXYZ 9 News Elm City, Weather, Sports\n\nPolice are investigating.", set()),
        ("Deputy claims self-defense in shooting that killed 6-y\n\nPolice are investigating.", set()),
        # a state told of the people right before it, whatever the parser hangs it on
        ("Teen dead after gun mishandled in SE Elm City\n\nPolice are investigating.", {("killed", 1)}),
        ("Two injured, shooter dead at Alpine High School\n\nPolice are investigating.", {("wounded", 2), ("killed", 1)}),
        ("Husband and wife dead, daughter in hospital after apparent murder-suicide\n\nPolice are investigating.",
         {("killed", 2), ("wounded", 1)}),
        # people "in hospital", their "are" dropped, hurt and alive
        ("Girl, man killed in Elm County shooting; 2 others in hospital\n\nPolice are investigating.", {("killed", 2), ("wounded", 2)}),
        ("Shooting in central Elm City lands four men in hospital\n\nPolice are investigating.", {("wounded", 4)}),
        ("Man dies in hospital after Elm Park shooting\n\nPolice are investigating.", {("killed", 1)}),
        # a name with an age between commas, in a Title Case headline lowered for its parse
        ("Alex DoSouto, 24, Fatally Shot in Roxbury\n\nPolice are investigating.", {("killed", 1)}),
        # the subject of a verb in the present did the harm: a headline cut short after "injure"
        ("2 arrested in Elm Park 'ambush' shooting that killed 1, injure - WXYZ 3 Elm State\n\nPolice are investigating.", {("killed", 1)}),
        # a headline without the site's name: its own capitals tell whether it is in Title Case, and
        # the dash's counts after it stay; the victim who died is none of the wounded
        ("Elm Grove, AR man dies in reported accidental shooting - KXYZ News 12 Texarkana, Arkansas News Weather & Sports\n\n"
         "Police are investigating.", {("killed", 1)}),
        ("Police: Man fatally shoots girl, injures boy in Elm City - Elm City News, FOX19-WXYZ TV\n\nPolice are investigating.",
         {("killed", 1), ("wounded", 1)}),
        ("Three People Shot in Downtown Elm City, One Dead - WXYZ Channel 2 - Elm City News, Weather, Video\n\nPolice are investigating.",
         {("shot", 3), ("killed", 1), ("wounded", 2)}),
        ("Third victim in Metairie shooting dies\n\nPolice are investigating.", {("shot", 1), ("killed", 3)}),
        # an age as the object, which the parser takes for a complement or the tagger for a date
        ("Accidental Shooting Injures 14-Year-Old\n\nPolice are investigating.", {("wounded", 1)}),
        ("Toddler shoots 1-year-old sibling in car\n\nPolice are investigating.", {("shot", 1), ("wounded", 1)}),
        ("Elm County deputies: 8-year-old shoots 11-year-old during 'cops and robbers'\n\nPolice are investigating.",
         {("shot", 1), ("wounded", 1)}),
        # a person the tagger reads as an adjective, or told by the age the parser hangs on a place
        ("Female found dead with gunshot wound in Elm Park\n\nPolice are investigating.", {("killed", 1)}),
        ("VA 2-year-old dies from injuries in accidental shooting\n\nPolice are investigating.", {("killed", 1)}),
        # those in a condition listed after the dead are not among them
        ("3 killed, 2 in critical condition after shooting in Elm Park home\n\nPolice are investigating.", {("killed", 3), ("wounded", 2)}),
        ("Man dead, woman in critical condition after shooting\n\nPolice are investigating.", {("killed", 1), ("wounded", 1)}),
        # "shot" tagged a present, or a noun before "self"
        ("Two teens shot while playing with gun in Elm City\n\nPolice are investigating.", {("shot", 2), ("wounded", 2)}),
        ("Man arrested after 4-year-old shoots self\n\nPolice are investigating.", {("shot", 1), ("wounded", 1)}),
        # people known by their school year or their sport, and one the tagger takes for an
        # adjective of a "shot" it takes for a noun
        ("Elm Prep graduate killed in Southeast shooting\n\nPolice are investigating.", {("killed", 1)}),
        ("High school senior shot and killed outside party\n\nPolice are investigating.", {("shot", 1), ("killed", 1)}),
        ("Juvenile Shot, Killed in Southeast: Police\n\nPolice are investigating.", {("shot", 1), ("killed", 1)}),
        ("Man killed, 3 other shot on Elm Ave. in Dayton\n\nPolice are investigating.", {("killed", 1), ("shot", 3), ("wounded", 3)}),
        # the commas left out: the number after the first participle is the next one's
        ("1 killed 3 injured in weekend shooting in Dayton\n\nPolice are investigating.", {("killed", 1), ("wounded", 3)}),
        ("One killed two injured in shooting\n\nPolice are investigating.", {("killed", 1), ("wounded", 2)}),
        # "a fourth" after three is the fourth of them, its participle hung on the ordinal
        ("Three men shot, a fourth wounded by shrapnel in Fresno\n\nPolice are investigating.", {("shot", 3), ("wounded", 4)}),
        # "others" after a comma that the parser makes the subject of the headline's verb
        ("Drive-by shooting that wounded an 8-year-old, 2 others has neighborhood on edge\n\nPolice are investigating.", {("wounded", 3)}),
        # but not a noun: of a possessive, a preposition, or before a day
        ("Boy dies of gunshot wounds Sunday in Dayton\n\nThe city is quiet.", {("killed", 1)}),
        ("Man recovering from his wounds after Dayton shooting\n\nThe city is quiet.", set()),
    ],
)
def test_headline_counts_without_auxiliaries(parse, text: str, counts: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert {(c.attribute, c.value) for c in mention.claims if c.attribute in ("killed", "wounded", "shot")} == counts


def test_title_case_headlines_parsed_together_read_as_each_alone(parse) -> None:  # type: ignore[no-untyped-def]
    texts = [
        "Gunfight At Fresno Biker Club Kills 1, Wounds 12\n\nA dance turned into a gun battle.",
        "2 Killed, 2 Hurt In West Side Detroit Shooting\n\nPolice are investigating.",
        "Man shot in Dayton\n\nPolice are investigating.",
    ]
    docs = [parse(text) for text in texts]
    together = parse_headlines(docs)
    # only the Title Case headlines are parsed again, in lower case, their verbs the tagger took
    # for names in the past
    assert [None if h is None else h.text.strip() for h in together] == ["Gunfight at fresno biker club killed 1, wounded 12", "2 killed, 2 hurt in west side detroit shooting", None]
    for text, doc, headline in zip(texts, docs, together, strict=True):
        article = article_of(text, "2017-04-10")
        alone, batched = extract(doc, article), extract(doc, article, headline)
        assert alone is not None and batched is not None
        assert batched.claims == alone.claims and any(c.attribute == "killed" or c.attribute == "wounded" for c in batched.claims)


def test_headline_verb_in_the_present_is_read_in_the_past_and_quoted_as_written(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Drive-by shooting wounds teen, kills man in Elm Park\n\nThe city is quiet."
    [headline] = parse_headlines([parse(text)])
    assert headline is not None and headline.text.strip() == "Drive-by shooting wounded teen, kills man in Elm Park"
    mention = incident_of(parse, text)
    # the quotes are the report's own words, placed back from the parse of the rewritten headline
    assert {(c.attribute, c.value, c.quote) for c in mention.claims if c.attribute in ("killed", "wounded")} == {("wounded", 1, "wounds teen"), ("killed", 1, "kills man")}


def test_the_age_after_shoots_is_the_one_shot(parse) -> None:  # type: ignore[no-untyped-def]
    # both ages hung on "shot", taken for a noun: the claim quotes the one shot, not the shooter
    mention = incident_of(parse, "2-year-old shoots 12-year-old in Elm City\n\nPolice are investigating.")
    assert {(c.attribute, c.value, c.quote) for c in mention.claims if c.attribute in ("shot", "wounded")} == {
        ("shot", 1, "shoots 12-year-old"), ("wounded", 1, "shoots 12-year-old")
    }


def test_count_in_a_clause_about_last_year_is_left_out(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "One person was killed in a shooting Tuesday night in Clewiston. "
        "His father, whose son was killed in another shooting last year, spoke to reporters."
    )
    mention = incident_of(parse, text, "2016-11-23")
    killed = [c for c in mention.claims if c.attribute == "killed"]
    assert [c.quote for c in killed] == ["One person was killed"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a casualty word in a name is no count
        ("Shortly after 10:30 p.m., the Mothers of Murdered Offspring was wrapping up a vigil when someone fired into the crowd.", set()),
        # a sentence written in capitals still counts
        ("Two Killed In Shooting At Party On Elm Street.", {("killed", 2)}),
    ],
)
def test_a_casualty_word_in_a_name_counts_no_one(parse, sentence: str, expected: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    assert {(c.attribute, c.value) for s in parse(sentence).sents for c in counts_in(s)} == expected


@pytest.mark.parametrize(
    "before",
    [
        # a day before the incident's: its victims were hurt before it happened
        "Police said an argument started it. Officers arrested a man at the scene. The party was at a house on Elm Street. "
        "Neighbors said the music was loud. The city has seen a violent month. Its mayor asked for calm. On Friday, three people were shot at the apartments.",
        # the day before
        "Police said an argument started it. Officers arrested a man at the scene. The party was at a house on Elm Street. "
        "Neighbors said the music was loud. The city has seen a violent month. Its mayor asked for calm. On Saturday, three people were shot at the apartments.",
        # last week, in a report of last night's incident
        "Three people were shot on the same block just last week.",
        # months or years before another time told
        "In December 2012, 20 children were killed at a school. Six months before that, a gunman killed 14 people in a theater.",
        "Two years earlier, three people were shot on the same block.",
    ],
)
def test_a_count_dated_before_the_incident_is_of_another(parse, before: str) -> None:  # type: ignore[no-untyped-def]
    text = "Two men were shot and killed at a party early Sunday. " + before
    mention = incident_of(parse, text, "2015-05-25")
    figures = {(c.attribute, c.value) for c in mention.claims if c.attribute in ("killed", "wounded")}
    assert mention.date == dt.date(2015, 5, 24)
    assert figures == {("killed", 2)}, figures


def test_a_death_months_after_the_incident_is_of_it(parse) -> None:  # type: ignore[no-untyped-def]
    # a length of time after the incident is no other time's: its victim may die of the wounds
    text = "Two men were shot at a party early Sunday. Three months later, one of them died of his wounds."
    mention = incident_of(parse, text, "2015-05-25")
    assert ("killed", 1) in {(c.attribute, c.value) for c in mention.claims}


@pytest.mark.parametrize(
    "tally",
    [
        "Three shootings that took the lives of five people have occurred in a half-mile area since May.",
        "Two separate shootings killed four people in the same block last month.",
    ],
)
def test_what_many_incidents_did_is_no_figure_of_this_one(parse, tally: str) -> None:  # type: ignore[no-untyped-def]
    text = "CHICAGO — A 19-year-old man was shot and killed Saturday night in Englewood, police said. " + tally
    mention = incident_of(parse, text)
    assert {c.value for c in mention.claims if c.attribute == "killed"} == {1}


@pytest.mark.parametrize(
    "tally",
    [
        "So far this year, 3,290 people have been shot in the city.",
        "At least 53 people were wounded in shootings across Chicago over the weekend.",
        "More than 3,290 people have been injured in those shootings, police said.",
        "Crime stats for 2015 show 165 people were murdered in the city.",
        "Police said a 25 y/o man and a 73 y/o man were shot and killed in another incident.",
    ],
)
def test_tallies_of_many_incidents_lend_no_figures(parse, tally: str) -> None:  # type: ignore[no-untyped-def]
    text = "CHICAGO — A 19-year-old man was shot and killed Saturday night in Englewood, police said. " + tally
    mention = incident_of(parse, text)
    figures = {(c.attribute, c.value) for c in mention.claims if c.attribute in ("killed", "wounded", "shot")}
    assert ("killed", 1) in figures
    assert all(value < 50 for _, value in figures), figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the incident's own victims, summed
        ("Police said a total of five people were shot near the corner of Humboldt and Eastwood streets.", {("wounded", 5)}),
        ("Unknown perpetrators set fire to four buildings. In total, twenty-seven people were injured.", {("wounded", 27)}),
        # the plural of the shots of one incident: of a part of a day, or named
        ("Four people have been wounded in early morning shootings in Kalamazoo, police said.", {("wounded", 4)}),
        ("Two people were killed in the Cascade Mall shootings in Burlington on Friday.", {("killed", 2)}),
        # a total dated or placed as many incidents' is still a tally
        ("A man was shot and killed in Baltimore on Friday. A total of 344 people were killed in Baltimore last year.", {("killed", 1)}),
        ("A man was shot and killed on Friday. A total of 53 people were wounded across the city this weekend.", {("killed", 1)}),
        # a "from" that opens no stretch of time (`tallies._over_hours_or_days`)
        ("Two men were wounded Saturday night by shots fired from a passing car, police said.", {("wounded", 2)}),
        ("Two men were wounded Saturday night and taken from the scene to Stroger Hospital.", {("wounded", 2)}),
    ],
)
def test_a_total_or_a_plural_sums_the_incident_s_victims_unless_dated_or_placed_as_many(parse, text: str, figures: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert {(c.attribute, c.value) for c in mention.claims if c.attribute in ("killed", "wounded")} == figures


@pytest.mark.parametrize(
    "tally",
    [
        # the incidents summed are numbered
        "In 14 shootings that weekend, 26 people were wounded and six were killed.",
        # the days are a span
        "In the past six weeks, four children have died from accidental gunfire in the county.",
        "Police said two people have been killed since Friday.",
        "Nine people were shot in the city in about ten hours.",
        "Eight others were wounded between 6 p.m. Friday and 5 a.m. Monday.",
        "Eight others were wounded from Friday evening into early Monday.",
        "At least 12 people were shot from 6 p.m. Friday to 5 a.m. Monday.",
        # the clause the count's clause is joined to dates the tally
        "Police said 12 people have been shot in the city since Friday, and four of them died.",
        # a stretch of time that a length makes many hours
        "It was the ninth shooting in a 48-hour span in which 14 people were wounded.",
        "Over a three-day period, 14 people were wounded.",
        "In a little more than 48 hours this weekend, at least 18 people were shot in the city.",
        # a share of those a sentence tallies
        "The weekend brought to 74 the number of people shot since Wednesday, with 12 of those victims killed.",
        # the places summed
        "At least 21 people were shot across the five boroughs overnight.",
        # shootings placed or dated as many
        "At least eight people were killed and 12 wounded in Chicago shootings throughout the day.",
        "Five people were wounded in weekend shootings, police said.",
    ],
)
def test_tallies_of_numbered_incidents_or_many_days_lend_no_figures(parse, tally: str) -> None:  # type: ignore[no-untyped-def]
    text = "CHICAGO — A 19-year-old man was shot and killed Saturday night in Englewood, police said. " + tally
    mention = incident_of(parse, text)
    assert {(c.attribute, c.value) for c in mention.claims if c.attribute in ("killed", "wounded")} == {("killed", 1)}


@pytest.mark.parametrize(
    "headline",
    [
        "5 Dead, 17 Wounded In Weekend Shootings",
        "Four Wounded In Weekend Shootings On South Side",
        # the capitals mislead the parser about what "across" hangs on
        "Stormy Weekend Leaves 16 Shot Across The City",
    ],
)
def test_headline_tally_of_many_incidents_lends_no_figures(parse, headline: str) -> None:  # type: ignore[no-untyped-def]
    text = headline + "\n\nA 19-year-old man was shot and killed Saturday night in Englewood, police said."
    mention = incident_of(parse, text)
    assert {(c.attribute, c.value) for c in mention.claims if c.attribute in ("killed", "wounded")} == {("killed", 1)}


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        # the headline gives the day's sum that the lead tallies over many shootings
        ("6 Shot Sunday In Chicago\n\nSix people, including two teenage boys, were wounded in Chicago shootings Sunday. "
         "About 9:45 p.m., a 35-year-old man was shot in the leg while standing in the 1700 block of North Cicero Avenue, police said.", {1}),
        # a lead kept out for the days its relative clause spans, not for summing many shootings:
        # the headline's figure stands
        ("Five Wounded In Austin Shooting\n\nFive people were shot Thursday night on the same block where at least six "
         "more people have been wounded in gunfire since last weekend.", {5}),
        # the lead sums the shootings it calls separate: not another incident's count, a tally
        ("Girl Among 8 Injured In Veltrana\n\nEight people were injured in two separate shootings, police said. "
         "A 24-year-old man was shot in the leg on Main Street.", {1}),
        ("7 Shot In Veltrana\n\nPolice say four juveniles and three adults were shot during three separate shootings. "
         "A 15-year-old boy was shot in the leg on Main Street.", {1}),
    ],
)
def test_a_headline_figure_that_the_lead_tallies_over_many_incidents_lends_nothing(parse, text: str, wounded: set[int]) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text, "2017-03-27")
    assert {c.value for c in mention.claims if c.attribute == "wounded"} == wounded


@pytest.mark.parametrize(
    "background",
    [
        # the noun the count's clause belongs to is dated years before
        "The gun shop also sold weapons used in the Nov. 5, 2009 rampage at the base that left 13 dead and 30 injured.",
        "The president said it brought back memories of the 2009 mass shooting at the base, which killed 13 people.",
        # the clause hangs from the date itself
        "The deadliest campus shooting was in 2007, when a student killed 32 people.",
        # the verb the count hangs from is dated
        "On Nov. 5, 2009, a psychiatrist opened fire at the base, killing 13 people and wounding 30 others.",
        # the parser parts the date from the incident it dates
        "The same store sold the pistol used in the Nov. 5, 2009, Fort Hood rampage that killed 13 people.",
        # last year's incident, in a report of this year's
        "There was no sign of a plot such as last year's nightclub massacre in Orlando, Florida, that killed 49 people.",
    ],
)
def test_figures_of_an_incident_dated_years_before_lend_nothing(parse, background: str) -> None:  # type: ignore[no-untyped-def]
    text = "A soldier shot and killed three people at the base on Wednesday, officials said. " + background
    mention = incident_of(parse, text, "2014-04-03")
    figures = {(c.attribute, c.value) for c in mention.claims if c.attribute in ("killed", "wounded")}
    assert ("killed", 3) in figures
    assert all(value < 13 for _, value in figures), figures


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        # the others are hit besides the dead: none of them is counted dead
        ("A 13-year-old boy was killed and six others were shot Friday night, police said.", 6),
        ("13-year-old boy killed, 6 others shot on West Side\n\nPolice are investigating.", 6),
        ("A man was shot and killed Friday night. A woman was also shot and survived.", 1),
        ("Tarno Quillan is accused of killing one person and shooting four others at a festival in April.", 4),
        ("Shots fired Friday left one victim fatally wounded and three others with serious injuries.", 3),
        # the dead are among the hits
        ("Four people were shot Friday, one fatally.", 3),
        ("A man died Friday night after he and four others were shot outside a home.", 4),
        ("Police say a man shot four others Friday night, including one who died.", 3),
        ("Five people were shot Friday night. Two of them died at a hospital.", 3),
        # others than the one who fired, who killed himself
        ("Police say Tarno Quillan shot three other people on Friday and then committed suicide.", 2),
    ],
)
def test_hits_that_did_not_kill_are_the_wounded(parse, text: str, wounded: int) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert max(c.value for c in mention.claims if c.attribute == "wounded") == wounded


@pytest.mark.parametrize(
    "text",
    [
        # "the other" of "one of" two splits the dead in two; it is no third victim
        "Two 17-year-old boys were killed in a drive-by shooting Sunday. One of the 17-year-olds was shot in "
        "the chest and the other was shot in the chest and the head, police said.",
        # the hit's own clause tells that its victim died
        "A man was killed in the shooting Tuesday. Another man was taken to a hospital in critical condition, "
        "where he succumbed to his injuries.",
        "A man was killed in the shooting Tuesday. Another man was taken to a hospital and later died.",
    ],
)
def test_hits_of_victims_told_dead_are_no_wounded(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert [c.value for c in mention.claims if c.attribute == "wounded" and c.value > 0] == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The gunman opened fire Friday, killing three and wounding 16 before taking his own life.", 4),
        ("A man shot his family Friday, killing three, then killed himself.", 4),
        ("The gunman killed two people Friday before he committed suicide.", 3),
        ("A woman killed her daughter and two grandchildren Friday before turning the gun on herself.", 4),
        # turning the gun on oneself alone does not say one died
        ("A man shot his wife Friday before turning the gun on himself.", 0),
        # the killer is already among the dead counted
        ("Five people, including the gunman who killed himself, died Friday.", 5),
        ("A man killed himself Friday after a standoff with police.", 1),
        # the death told of the one who turned the gun on herself is her own
        ("Police said the girl turned the gun on herself Friday and died.", 1),
        # "himself" told after his victims, however the parser hangs it; "both" before a plural
        ("Police said the man killed his two young daughters and then himself.", 3),
        ("Police said the father fatally shot both sons and then himself.", 3),
        ("Man kills 7-year-old daughter, himself\n\nPolice are investigating.", 2),
        ("Gunman kills six and himself\n\nPolice are investigating.", 7),
        # counted with them once, though the sentence tells his death again
        ("Father kills his 2 sons, self A man killed his two sons before fatally shooting himself.", 3),
    ],
)
def test_a_killer_who_kills_himself_is_among_the_dead(parse, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert max((c.value for c in mention.claims if c.attribute == "killed"), default=0) == killed


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a hit is a gunshot when gunfire does it or it follows the firing
        ("Suspects fired into a crowd Saturday, hitting four adults and a teen.", {("shot", 5), ("wounded", 5)}),
        ("A bullet struck a 1-year-old girl on Saturday.", {("shot", 1), ("wounded", 1)}),
        ("The gun went off Saturday and hit the 11-year-old.", {("shot", 1), ("wounded", 1)}),
        # a gun going off, named or not, fires the shot its clause's hit follows
        ("The father's gun went off Saturday, hitting himself and his two little girls.", {("shot", 3), ("wounded", 3)}),
        ("He was cleaning his gun Saturday when it went off, striking his wife.", {("shot", 1), ("wounded", 1)}),
        ("Officer Kivlehan was hit five times and officer Bax was hit three times on Saturday.", {("shot", 1), ("shot", 2), ("wounded", 2)}),
        # a man suspected of wounding partygoers: people not named by the commonest words
        ("Police arrested a man Saturday on suspicion of shooting into a home and wounding five partygoers.", {("wounded", 5)}),
        # "double", "triple": the victims of the incident they modify
        ("Police are investigating a triple homicide on Saturday.", {("killed", 3)}),
        ("The double shooting happened Saturday, police said. One man died.", {("shot", 2), ("killed", 1), ("wounded", 1)}),
        # the tagger's noun "quadruple" before a verb "shooting"
        ("Bailey Price, 3, was shot in the abdomen in the quadruple shooting Christmas night on the Eastside.", {("shot", 1), ("shot", 4), ("wounded", 4)}),
    ],
)
def test_victims_told_by_a_hit_or_a_multiple(parse, text: str, counts: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert {(c.attribute, c.value) for c in mention.claims if c.attribute in ("killed", "wounded", "shot")} == counts


@pytest.mark.parametrize(
    "text",
    ["A car hit a 9-year-old boy on Saturday.", "A truck struck two pedestrians on Saturday.", "The alarm went off Saturday, and a car hit two pedestrians."],
)
def test_a_hit_by_no_gunfire_is_no_shot(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), article_of(text))
    assert mention is None or not [c for c in mention.claims if c.attribute in ("shot", "wounded")]


#: Made-up sentences of a report's body that count nobody, to push what follows far below its opening.
FILLER = (
    "Officers arrived shortly after 1 a.m. and taped off the block while detectives searched the lot. "
    "Witnesses said a dark sedan had circled the block twice before it stopped near the corner. "
    "Investigators spent the night collecting shell casings and reviewing footage from nearby shops. "
    "The owner of the corner store said he had called the city about the broken street lights for months. "
    "A city council member said she would ask for more patrols in the neighborhood this summer. "
    "Police have not named a suspect and asked anyone with information to call the tip line. "
) * 3


@pytest.mark.parametrize(
    ("report", "killed", "wounded"),
    [
        # a death far below an opening that tells of none is another incident's
        ("Four people were wounded in a shooting on Elm Street on Friday night. " + FILLER
         + "Marcus Reed, 24, was shot and killed outside the same store.", 0, 4),
        # one told near the opening is a victim who died
        ("Four people were shot on Elm Street on Friday night. One of them died at the hospital. " + FILLER, 1, 3),
        # an opening that tells of a death may give the whole toll further down
        ("A man was killed on Elm Street on Friday night. " + FILLER + "Four people are dead in all.", 4, 0),
        # so with a man shot far below an opening that tells of a killing alone
        ("A man was killed on Elm Street on Friday night. " + FILLER + "Marcus Reed, 24, was wounded in the leg at the store.", 1, 0),
    ],
)
def test_victims_far_below_an_opening_without_their_kind_are_another_incidents(  # type: ignore[no-untyped-def]
    parse, report: str, killed: int, wounded: int
) -> None:
    facts = event_of(parse, [(report, "2017-04-08")]).facts
    assert (facts["killed"].best if "killed" in facts else 0) == killed
    assert (facts["wounded"].best if "wounded" in facts else 0) == wounded


@pytest.mark.parametrize(
    ("report", "wounded"),
    [
        # the opening's count by how badly they are hurt is a part; the whole comes further down
        ("Two teens were critically wounded in a shooting on Elm Street on Friday night. " + FILLER
         + "In all, a gunman injured five people at the party.", 5),
        # a lone victim badly hurt still opens the report: a larger figure far below is another's
        ("A teen was seriously injured in a shooting on Elm Street on Friday night. " + FILLER
         + "In all, a gunman injured five people at the party.", 1),
    ],
)
def test_the_badly_hurt_of_an_opening_are_some_of_the_wounded(parse, report: str, wounded: int) -> None:  # type: ignore[no-untyped-def]
    assert event_of(parse, [(report, "2017-04-08")]).facts["wounded"].best == wounded


@pytest.mark.parametrize(
    "later",
    [
        "Three weeks earlier, a gunman outside another club on the street wounded nine people.",
        "It was the second shooting on the block this spring; in the first, seven people were injured.",
    ],
)
def test_a_larger_wounded_figure_deep_in_a_report_is_not_its_own(parse, later: str) -> None:  # type: ignore[no-untyped-def]
    body = (
        "A man was killed and two others were wounded in a shooting outside a nightclub Friday night, police said. "
        "Officers arrived shortly after 1 a.m. and found the victims in the parking lot. Investigators spent the "
        "night collecting shell casings and interviewing witnesses who had been waiting in line at the door. "
        "The club's owner said the men had been asked to leave after an argument inside, and that security "
        "staff called 911 as soon as they heard the shots. Neighbors said they had complained about noise and "
        "fights outside the club for months, and a city council member said she would ask for its license to "
        "be reviewed. Police have not named a suspect and asked anyone with information to call detectives. "
    )
    event = event_of(parse, [(body + later, "2017-04-08")])
    assert event.facts["killed"].best == 1
    assert event.facts["wounded"].best == 2


@pytest.mark.parametrize(
    ("reports", "killed", "wounded"),
    [
        (  # the wounded victim dies: one dead, none wounded
            [
                ("A 4-year-old girl was shot Friday night and taken to a hospital in critical condition.", "2017-04-08"),
                ("The 4-year-old girl who was shot Friday night died Sunday at the hospital.", "2017-04-10"),
            ],
            1,
            0,
        ),
        (  # a later report of the charge names fewer victims: the wounded were not healed
            [
                ("A man was killed and three others were wounded in a shooting Friday night.", "2017-04-08"),
                ("A 20-year-old was charged Monday with the murder of a man killed Friday night. Another man was wounded.", "2017-04-11"),
            ],
            1,
            3,
        ),
        (  # more reports agree on the wounded than on any other figure: the larger one read a tally
            [
                ("A man was killed and four people were wounded in a shooting outside a bar Friday night.", "2017-04-08"),
                ("Police said one man died and four people were injured in the shooting outside the bar.", "2017-04-08"),
                ("A man was killed and four people were wounded Friday; 27 people were shot in the city.", "2017-04-09"),
            ],
            1,
            4,
        ),
        (  # those agreed on, less one who died since
            [
                ("Five people were wounded in a shooting Friday night, police said.", "2017-04-08"),
                ("Police said five people were injured in the shooting Friday.", "2017-04-08"),
                ("One of the five people shot Friday has died; four were wounded.", "2017-04-10"),
            ],
            1,
            4,
        ),
        (  # those agreed on, less the dead the reports settle on, not one report's count of another incident's
            [
                ("A man was killed and four people were wounded in a shooting outside a bar Friday night.", "2017-04-08"),
                ("Police said one man died and four people were injured in the shooting outside the bar.", "2017-04-08"),
                ("The man charged in Friday's shooting outside the bar said five officers had died.", "2017-04-09"),
                ("A man was killed and four people were wounded outside the bar Friday, police said.", "2017-04-10"),
            ],
            1,
            4,
        ),
        (  # two figures as many reports agree on: the smaller; the larger counted the dead among the hurt
            [
                ("Two men were killed and six people were wounded in a shooting at a block party Saturday.", "2017-05-06"),
                ("Police said two men died and six others were injured at the block party.", "2017-05-06"),
                ("Two men were killed and eight people were injured in the block party shooting.", "2017-05-07"),
                ("Two people died and eight were injured at the block party, police said.", "2017-05-07"),
            ],
            2,
            6,
        ),
        (  # two figures as many reports agree on: the larger, where only its reports count the dead
            # apart; the others tell of one wounded victim
            [
                ("A man was killed and three others were injured in a shooting at a club Thursday night.", "2016-11-25"),
                ("Police said one man died and three other people were hurt in the club shooting.", "2016-11-25"),
                ("The man who was shot was treated at the scene and taken to a hospital.", "2016-11-28"),
                ("A woman who was shot was taken to a hospital, where she is in stable condition.", "2016-11-28"),
            ],
            1,
            3,
        ),
    ],
)
def test_the_wounded_are_the_agreed_or_the_most_victims_any_report_gives_less_the_dead(parse, reports: list[tuple[str, str]], killed: int, wounded: int) -> None:  # type: ignore[no-untyped-def]
    event = event_of(parse, reports)
    assert event.facts["killed"].best == killed
    assert (event.facts["wounded"].best if "wounded" in event.facts else 0) == wounded


VELTRANA_SPREE = "A gunman killed three relatives at a home in Veltrana on Saturday. The gunman was shot and wounded by a relative as he fled."


VELTRANA_DEAD = [
    ("3 dead, child hurt in Veltrana shooting\n\nThree people were killed and a child was injured in a shooting at a home in Veltrana on Saturday.", "2015-08-30"),
    ("Three people were killed and a girl was injured in the Veltrana shooting on Saturday, the sheriff said.", "2015-08-31"),
]


@pytest.mark.parametrize(
    ("headline", "wounded"),
    [
        # a headline that gives the dead the reports settle on gives the whole toll, more than those
        # that each tell of one of the hurt agree on
        ("3 Dead, 2 Hurt in Veltrana Shooting Spree", 2),
        # not one of another toll
        ("1 Dead, 5 Hurt in Weekend Shootings", 1),
    ],
)
def test_a_headline_of_the_dead_and_the_hurt_gives_the_whole_toll(parse, headline: str, wounded: int) -> None:  # type: ignore[no-untyped-def]
    event = event_of(parse, [*VELTRANA_DEAD, (f"{headline}\n\n{VELTRANA_SPREE}", "2015-09-09")])
    assert (event.facts["killed"].best, event.facts["wounded"].best) == (3, wounded)


def test_the_claims_of_a_headline_are_marked_so(parse) -> None:  # type: ignore[no-untyped-def]
    headline = "3 Dead, 2 Hurt in Veltrana Shooting Spree"
    mention = incident_of(parse, f"{headline}\n\n{VELTRANA_SPREE}")
    counts = {(c.attribute, c.value, c.headline) for c in mention.claims if c.attribute in ("killed", "wounded")}
    assert counts == {("killed", 3, True), ("wounded", 2, True), ("killed", 3, False), ("wounded", 1, False)}


@pytest.mark.parametrize(
    ("reports", "killed"),
    [
        (  # two reports agree on three dead; a later one mourns one of them
            [
                ("Three people were killed in a shooting Saturday night, police said.", "2017-04-08"),
                ("A gunman killed three people Saturday night, police said.", "2017-04-09"),
                ("Neighbors mourn a man who was killed Saturday night.", "2017-04-10"),
            ],
            3,
        ),
        (  # a rising toll ends at its latest figure, however many reports gave the first
            [
                ("Two people were killed in a shooting Saturday night, police said.", "2017-04-08"),
                ("A gunman killed two people Saturday night, police said.", "2017-04-09"),
                ("A third victim of Saturday's shooting died Monday: three people were killed.", "2017-04-11"),
            ],
            3,
        ),
        (  # one report each: the later leaves out the gunman who killed himself
            [
                ("Five people are dead after a man shot his family and then himself at their home Tuesday.", "2016-02-23"),
                ("The man killed his wife and three children Tuesday before police arrived.", "2016-02-24"),
            ],
            5,
        ),
        (  # more reports give the later, smaller figure: the first was wrong
            [
                ("Three people were killed in a shooting Saturday night, police said.", "2017-04-08"),
                ("Police corrected the toll: one man was killed Saturday night.", "2017-04-09"),
                ("A man was killed in a shooting Saturday night, police said.", "2017-04-10"),
            ],
            1,
        ),
        (  # a figure many times the latest is a tally, not the incident's
            [
                ("A year-end count shows 48 people were killed in the county this year.", "2016-07-29"),
                ("A man was killed in a shooting Saturday night in the county, police said.", "2016-07-30"),
            ],
            1,
        ),
    ],
)
def test_a_later_report_of_fewer_dead_than_most_agree_on_lowers_no_toll(parse, reports: list[tuple[str, str]], killed: int) -> None:  # type: ignore[no-untyped-def]
    assert event_of(parse, reports).facts["killed"].best == killed


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        # the subject of a verb that has its own object fired the shots
        ("A pair of gunmen shot six people at a party on Saturday.", {("shot", 6)}),
        ("A dozen gunmen killed two guards at the gate.", {("killed", 2)}),
        # a number of times is a number of shots, not of people
        ("The man shot about 10 times at the occupants of a car.", set()),
        ("The suspect fired 12 times, hitting two men.", {("shot", 2)}),
    ],
)
def test_the_shooters_and_the_shots_are_no_victims(parse, sentence: str, counts: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    doc = parse(sentence)
    assert {(c.attribute, c.value) for s in doc.sents for c in counts_in(s)} == counts


def test_a_headline_of_a_persons_wound_counts_one_wounded(parse) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, "16-year-old’s gunshot wound in leg was self-inflicted, police say\n\nPolice are investigating.")
    assert {(c.attribute, c.value) for c in mention.claims if c.attribute in ("killed", "wounded")} == {("wounded", 1)}


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        # a wound its victim lives through: the wounded, not a hit that may have killed
        ("Two men suffered non-life-threatening gunshot wounds.", {("wounded", 2)}),
        ("A woman suffered a graze wound to her arm.", {("wounded", 1)}),
        # burned: hurt by fire; "burned to death": killed; not what the burned did to a thing
        ("The building was damaged and one police officer was severely burned.", {("wounded", 1)}),
        ("Two children were burned to death in the fire.", {("killed", 2)}),
        ("Unknown perpetrators burned a sacred Torah Scroll.", set()),
        # expected to survive: hurt and alive; one expected to survive is one already counted
        ("Three victims were taken to the hospital and are expected to survive.", {("wounded", 3)}),
        ("The two men are expected to recover.", {("wounded", 2)}),
        ("The victim is expected to survive.", set()),
        # unless told as one more than those counted
        ("One other woman, the suspect's girlfriend, is expected to survive.", {("wounded", 1)}),
        ("Another victim showed up at the hospital later and is also expected to survive.", {("wounded", 1)}),
        ("He is survived by his wife.", set()),
        # a wound its owner is told by, where the owner is no one told before
        ("A 16-year-old's gunshot wound in the leg was self-inflicted, police said.", {("hit", 1)}),
        ("A Raleigh teen's gunshot wound was self-inflicted.", {("hit", 1)}),
        ("The man's wounds do not appear to be life-threatening.", set()),
        ("Her injuries are not life-threatening.", set()),
        ("Both women shot in the incident are both expected to recover.", {("shot", 2)}),
        # grazed by a bullet: a wound, lived through
        ("A 7-year-old girl was grazed by a bullet on Fourth Street.", {("wounded", 1)}),
        ("A stray bullet grazed the boy as he slept.", {("wounded", 1)}),
        ("The teenager was hospitalized in stable condition.", {("wounded", 1)}),
        ("He was taken to a hospital with injuries that are not life-threatening.", {("wounded", 1)}),
        # "non" turns a fatal word round
        ("A second neighbor was non-fatally injured.", {("wounded", 1)}),
        ("The cashier suffered a non-fatal gunshot wound.", {("wounded", 1)}),
        # a wound that says nothing of the victim's fate, or a death told beside it, stays a hit
        ("The cashier suffered a gunshot wound to the chest.", {("hit", 1)}),
        ("She was taken to a hospital in stable condition but later died.", {("hit", 1), ("killed", 1)}),
    ],
)
def test_a_wound_its_victim_lived_through_counts_the_wounded(parse, sentence: str, counts: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    doc = parse(sentence)
    assert {(c.attribute, c.value) for s in doc.sents for c in counts_in(s)} == counts


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("The two were shot, along with a teenage boy, shortly after midnight.", {("shot", 3)}),
        ("A woman was killed along with her two sons.", {("killed", 3)}),
    ],
)
def test_victims_along_with_the_subject_are_counted_with_it(parse, sentence: str, counts: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    doc = parse(sentence)
    assert {(c.attribute, c.value) for s in doc.sents for c in counts_in(s)} == counts


@pytest.mark.parametrize(
    "text",
    [
        "Three men were killed in the shooting Saturday. A fourth victim was shot in the leg, police said.",
        "Four people died at the party on Saturday. A fifth man was shot and is expected to recover.",
    ],
)
def test_a_victim_numbered_past_the_dead_is_another(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert max(c.value for c in mention.claims if c.attribute == "wounded") == 1


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Darnell Hayes was pronounced dead at the scene. Luis Ortega, a 25-year-old customer, was also killed.", 2),
        # a victim of another incident told beside it adds none
        ("A man was killed on Friday. In a separate shooting, a woman was also killed.", 1),
        # "also" on a hit that did not kill
        ("A teenager was shot and killed Friday. His brother was also shot but survived.", 1),
    ],
)
def test_a_victim_also_killed_adds_to_the_dead_told_before(parse, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert max(c.value for c in mention.claims if c.attribute == "killed") == killed


def test_a_victim_also_killed_is_one_of_the_dead_among_the_hits(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A 46-year-old woman died Saturday in Elm Park, police said. Gunmen fired at the crowd, striking six, "
        "Sgt. Wanda Miglio said. Gino Nicolas, 24, was also killed in the shooting."
    )
    mention = incident_of(parse, text)
    # six hit, two of them dead: four wounded
    assert max(c.value for c in mention.claims if c.attribute == "killed") == 2
    assert [c.value for c in mention.claims if c.attribute == "wounded"] == [4]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen killed four guards Friday before the two attackers were killed by soldiers.", 6),
        ("The suspect killed two clerks Friday and was shot dead by police.", 3),
        # a count that holds them already
        ("Five people, including the gunman, were killed Friday. The gunman was shot dead by police.", 5),
        # a headline's count of victims by their number alone, and its killer dead
        ("6 Killed At Decatur Bar; Suspect Dead\n\nThe victims were found on Tuesday, police said.", 7),
        ("14 dead, 21 injured in Decatur mass shooting; 2 suspects killed\n\nThe victims were found on Tuesday, police said.", 16),
        # "two dead" may be the shooter and another
        ("Two dead, shooter killed in standoff\n\nThe victims were found on Tuesday, police said.", 2),
    ],
)
def test_attackers_killed_by_others_are_among_the_dead(parse, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert max(c.value for c in mention.claims if c.attribute == "killed") == killed


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # one who died, whose own phrase tells that others were killed, is dead besides them
        ("The 17-year-old boy suspected of killing his stepfather has died, deputies said.", 2),
        ("A Dayton man wounded in a shooting that killed his cousin died Friday.", 2),
        # his own death told twice is one
        ("Her neighbor, who was shot dead, had been planning a party.", 1),
    ],
)
def test_one_who_died_besides_those_his_phrase_tells_were_killed(parse, sentence: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    doc = parse(sentence)
    assert max(c.value for s in doc.sents for c in counts_in(s) if c.attribute == "killed") == killed


def test_a_headline_of_one_who_died_after_killing_others_counts_them_all(parse) -> None:  # type: ignore[no-untyped-def]
    # the clause his death is joined to tells of the killing: the parser makes "suspected" the root
    text = "Father suspected of killing wife and son dies in hospital\n\nThe Elm Park man was found with a gunshot wound on Friday, deputies said."
    mention = incident_of(parse, text)
    assert max(c.value for c in mention.claims if c.attribute == "killed") == 3


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers found that three men - aged 19, 23, and 27 - had been shot.",
        "Two men, ages 31 and 44, were shot outside the bar.",
    ],
)
def test_ages_listed_after_age_words_count_no_one(parse, sentence: str) -> None:  # type: ignore[no-untyped-def]
    doc = parse(sentence)
    assert all(c.value < 19 for s in doc.sents for c in counts_in(s))


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Police investigate fatal shooting on Elm Street\n\nOfficers were called shortly after midnight.", 1),
        ("Family says deadly shooting at shelter was an accident\n\nThe family spoke on Sunday.", 1),
        # "non-fatal"; a fatal shooting recalled in the body
        ("Couple charged in non-fatal shooting of son\n\nThe couple appeared in court Thursday.", 0),
        ("Two men were wounded Friday near the park where a fatal shooting happened in March.", 0),
    ],
)
def test_a_fatal_shooting_in_the_headline_killed_someone(parse, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert max((c.value for c in mention.claims if c.attribute == "killed"), default=0) == killed


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an adjective before the first noun is not that of a next one with its own article
        ("Police found one deceased male and a second male with a gunshot wound.", {("killed", 1), ("hit", 1)}),
        ("A dead man and a wounded woman were found in the car.", {("killed", 1), ("wounded", 1)}),
        # but one the nouns share
        ("Police found a wounded man and woman in the car.", {("wounded", 2)}),
    ],
)
def test_an_adjective_of_the_dead_counts_only_its_own_noun(parse, sentence: str, expected: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    doc = parse(sentence)
    assert {(c.attribute, c.value) for s in doc.sents for c in counts_in(s)} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what a bullet might have done, an aim, a supposition, a question
        ("Doctors said the bullet could have pierced her heart and killed her.", set()),
        ("The man had swallowed pills in an attempt to kill himself.", set()),
        ("The driver threatened to shoot his neighbor.", set()),
        ("If the boy dies, the charge may become murder.", set()),
        ("Residents wondered whether anyone had been hurt.", set()),
        ("The toddler nearly lost his life.", set()),
        # what happens any time it does, not what did
        ("“Any time one of our students is hurt or passes away it has a huge impact on the school.", set()),
        ("Whenever a child is shot, the whole city grieves.", set()),
        ("Every time someone is killed here, we hold a vigil.", set()),
        # a joined clause with a modal of its own
        ("She said she shot her husband and that he should be dead.", {("shot", 1)}),
        # another incident than the report's, told in passing
        ("Friends gathered for a teen who was killed in a previous shooting near the park.", set()),
        ("The fight broke out six months after a guard was wounded at the same club.", set()),
        # the incident timed by another happening, however near
        ("The incident came hours before three police officers were shot dead in Baton Rouge.", set()),
        ("The shootings occurred a day after parade accidents in south Louisiana injured a man and a woman.", set()),
        # what did happen, said with a modal or an infinitive, or days after the shots
        ("The man died three days after he was shot.", {("killed", 1), ("shot", 1)}),
        ("The man died hours after he was shot.", {("killed", 1), ("shot", 1)}),
        ("Nurses could not save the girl.", {("killed", 1)}),
        ("The woman would later die at the hospital.", {("killed", 1)}),
        ("Two men were confirmed to have been shot.", {("shot", 2)}),
        # a figure first given and since corrected; not one only said
        ("Police had originally said that seven people were shot, but amended that number.", set()),
        ("Officers initially said one man died in the shooting.", set()),
        ("Officers said one man died in the shooting.", {("killed", 1)}),
        # fired upon, "at" left without its object; not "shot at close range"
        ("Two officers were shot at from a rooftop by unknown perpetrators.", set()),
        ("A man was shot at while driving on Sunday but was not hit.", set()),
        ("A man was shot at close range on Sunday.", {("shot", 1)}),
        # said, then denied in the same sentence
        ("Early reports said one person had died in the shooting, but that proved to be incorrect, fire rescue said.", set()),
        ("Police said two people were shot, but neither was seriously hurt.", {("shot", 2)}),
    ],
)
def test_what_might_have_happened_or_happened_before_counts_no_one(parse, sentence: str, expected: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    doc = parse(sentence)
    assert {(c.attribute, c.value) for s in doc.sents for c in counts_in(s)} == expected


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a number between commas after a person is an age, the person the victim
        ("Girl, 4, wounded in accidental shooting, police say\n\nShe is expected to recover.", {("wounded", 1)}),
        ("Man, 31, dies of gunshot wound in Tulsa\n\nOfficers were called at noon.", {("killed", 1)}),
        ("Marcus Bell, 22, fatally shot on west side\n\nNo arrests were made.", {("killed", 1)}),
    ],
)
def test_an_age_between_commas_counts_its_person_once(parse, text: str, counts: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert {(c.attribute, c.value) for c in mention.claims if c.attribute in ("killed", "wounded", "shot")} == counts


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Woman charged in her husband's shooting death\n\nShe appeared in court on Monday.", 1),
        ("Teen, 17, arrested in shooting death near school\n\nThe arrest came Friday.", 1),
        # a number says how many; a body's death by a shooting is as often one recalled
        ("Two men charged in the shooting deaths of three people\n\nThey appeared Monday.", 3),
        ("Man wounded on Elm Street\n\nThe street saw a shooting death last year.", 0),
        # a death the headline says was ruled a killing; not one ruled a suicide
        ("Update: Lakeland death ruled homicide by gunshot wound\n\nThe investigation continues.", 1),
        ("Woman's death ruled a homicide\n\nShe was found shot in her home on Friday.", 1),
        ("Man's death ruled a suicide\n\nHe was found shot in his home on Friday.", 0),
    ],
)
def test_a_shooting_death_in_the_headline_killed_someone(parse, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert max((c.value for c in mention.claims if c.attribute == "killed"), default=0) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a headline's killing is one dead at least, whatever the body tells
        ("Teen charged with murder in shooting of classmate\n\nHe appeared in court on Monday.", 1),
        ("Bond denied in Elmwood murder case\n\nThe hearing lasted an hour.", 1),
        ("No bail for three homicide suspects\n\nThey appeared on Monday.", 1),
        # a murder-suicide kills the killer too
        ("Sheriff's office investigates murder-suicide\n\nDeputies were called to a home on Friday.", 2),
        # not an attempt, nor the kind of a force, nor a killing denied
        ("Man charged with attempted murder in shooting\n\nThe victim is recovering.", 0),
        ("Homicide detectives investigate shooting of teen\n\nThe boy is expected to recover.", 0),
        ("Police say shooting was not a homicide\n\nThe man shot himself by accident.", 0),
    ],
)
def test_a_killing_named_in_the_headline_killed_someone(parse, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert max((c.value for c in mention.claims if c.attribute == "killed"), default=0) == killed


def test_the_killer_of_a_headlines_murder_suicide_is_none_of_the_hits(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Girl in critical condition after parents' murder-suicide\n\nA man shot his daughter and his wife early "
        "Sunday before killing himself, police said. The girl ran to a neighbor's home for help."
    )
    mention = incident_of(parse, text)
    assert max(c.value for c in mention.claims if c.attribute == "killed") == 2
    assert max((c.value for c in mention.claims if c.attribute == "wounded"), default=0) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a victim's condition tells that he was hurt: alive, or perhaps not yet out of danger
        ("The girl is in stable condition.", {("wounded", 1)}),
        ("Both men were listed in critical condition.", {("hit", 2)}),
        # a hit its victim lived through
        ("The cashier was shot in the shoulder but survived.", {("wounded", 1)}),
        ("A teenager was shot in the leg and is expected to recover.", {("wounded", 1)}),
        # no person in a condition
        ("The old car was in good condition.", set()),
        # a condition told with the hospital's place is still the victim's
        ("The boy remains in stable condition at a hospital in Springfield.", {("wounded", 1)}),
    ],
)
def test_a_victims_condition_or_survival_counts_the_wounded(parse, sentence: str, expected: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    doc = parse(sentence)
    assert {(c.attribute, c.value) for s in doc.sents for c in counts_in(s)} == expected


@pytest.mark.parametrize(
    ("report", "killed", "wounded"),
    [
        # a list of links under a heading: each link a headline of its own, without a stop
        ("Man shot on Birch Lane\n\nA man was shot on Birch Lane on Tuesday night and is expected to recover.\n\n"
         "Also on WXYZ.com:\n\nThree Dead In Harbor Fire: Officials\n\nTwo Teens Killed, Five Hurt In Crash\n\n"
         "Police have not named a suspect.", 0, 1),
        # links after bullets, and a link in sentence case right after the heading
        ("Woman hurt in Oak Street shooting\n\nA woman was wounded in a shooting on Oak Street on Monday.\n\n"
         "RELATED STORIES\n\n+ 2 dead, 3 wounded in Maple Park shooting\n\n+ Man killed in crash on the interstate\n\n"
         "Related:\n\nAnother shooting in the city just 12 hours after 6 people were shot\n\n"
         "She was taken to the hospital.", 0, 1),
        # a line of the report that lacks only its stop is read
        ("Teen hurt in shooting\n\nA 17-year-old was injured in a shooting on Friday afternoon, police said\n\n"
         "Advertisement\n\nNo arrests have been made.", 0, 1),
        # the headline cut by the segmenter at a colon or an abbreviation is still the headline
        ("Police: 2 Men Killed in Shooting Outside St. Louis Bar\n\nOfficers were called to the bar at 2 a.m.", 2, 0),
        # teasers of whole sentences under a heading that names other stories
        ("Teen killed in apartment shooting\n\nA teen girl has died after a shooting at an apartment complex on Monday.\n\n"
         "More stories you may like on 7News\n\nLIVE: 25 hurt in apparent explosion in NYC neighborhood Police are at the scene "
         "of an apparent explosion, and authorities say 25 people suffered minor injuries.\n\n"
         "4 dead, dozens hurt as bus crashes A charter bus wreck killed four people and injured dozens.", 1, 0),
        # but a page that puts the list above its report, which told of no one hurt before it
        ("Crime\n\nRELATED ARTICLES\n\nA man was shot and wounded on Birch Lane on Tuesday night, police said.", 0, 1),
    ],
)
def test_links_to_other_stories_lend_no_counts(parse, report: str, killed: int, wounded: int) -> None:  # type: ignore[no-untyped-def]
    facts = event_of(parse, [(report, "2017-04-08")]).facts
    assert (facts["killed"].best if "killed" in facts else 0) == killed
    assert (facts["wounded"].best if "wounded" in facts else 0) == wounded


@pytest.mark.parametrize(
    ("text", "wounded", "city"),
    [
        # a hospital given by name takes in a victim as "the hospital" does
        ("A man was stabbed on Elm Street in Riverton on Friday. A woman was taken to St. Luke's Regional Hospital in Fairview.", 1, "Riverton"),
        ("Two men were robbed in Riverton on Friday. One was flown to Lakeside Medical Center in Fairview with a gunshot wound.", 1, "Riverton"),
        # a condition told at the hospital's place neither
        ("A man was stabbed on Elm Street in Riverton on Friday. A woman is in stable condition at a hospital in Fairview.", 1, "Riverton"),
    ],
)
def test_a_victim_at_a_hospital_named_or_placed_is_hurt_but_not_placed_there(parse, text: str, wounded: int, city: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert max((c.value for c in mention.claims if c.attribute == "wounded"), default=0) == wounded
    assert mention.place.city == city


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        # the next victim told, "also" hit, is one more than those counted before
        ("Three men were found with gunshot wounds on Friday. Two of them later died. A woman was also shot.", 2),
        ("Four adults were shot outside a bar on Friday. A 6-year-old was also hit by a bullet.", 5),
        # one hit between may be among those counted: no more
        ("Two people were shot on Friday. A 40-year-old man was shot in the arm, and a 22-year-old woman was also shot.", 2),
        # nor a victim of another incident
        ("Two people were shot on Friday. A teenager was also shot in a separate incident.", 2),
    ],
)
def test_a_victim_also_hit_after_the_others_adds_to_the_wounded(parse, text: str, wounded: int) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert max(c.value for c in mention.claims if c.attribute == "wounded") == wounded


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        # a participle after the last of the joined people tells of them all
        ("A 3-year-old girl and 23-year-old woman wounded by gunfire Wednesday night have been released from the hospital.", 2),
        # two clauses joined by "and", each with a victim of its own
        ("WILMINGTON -- A 7-year-old girl was grazed by a bullet, and a man was shot in the leg on Monday.", 2),
        ("A boy was shot in the arm and a girl was hit in the leg on Sunday.", 2),
        # one victim, told again
        ("A man was shot on Sunday and he was taken to a hospital.", 1),
        # two of one kind may be one told twice
        ("A man was shot in the arm on Sunday and a man was taken to a hospital.", 1),
    ],
)
def test_victims_of_joined_clauses_add_up(parse, text: str, wounded: int) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert max(c.value for c in mention.claims if c.attribute == "wounded") == wounded


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        # victims told one by one, the later one as another or as the shooter, each told apart
        # from those before by an age, a name or a role, are so many
        ("Police say an 18-year-old man was wounded in Elmwood on Friday. The 18-year-old was shot in the chest, while the 15-year-old also shot himself in the wrist.", 2),
        ("Police say Henry Jackson was shot on Friday in Elmwood. His 5-year-old granddaughter was also shot in the ankle.", 2),
        ("A 16-year-old victim was struck in the neck on Friday in Elmwood. Officials say the suspect was hit in the hand.", 2),
        # the same age again is the same victim; an age told apart but not as another may be a
        # victim of another incident of a report of several
        ("A 16-year-old boy was shot on Friday in Elmwood. The 16-year-old was also shot in the leg.", 1),
        ("A 34-year-old man was shot in Elmwood on Friday. In Fairview, a 17-year-old boy was shot on Saturday.", 1),
        # one called a suspect and a boy may be one
        ("A suspected robber shot himself on Friday in Elmwood. The 17-year-old boy shot himself in the leg.", 1),
    ],
)
def test_victims_told_apart_one_by_one_add_up_to_the_wounded(parse, text: str, wounded: int) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert max(c.value for c in mention.claims if c.attribute == "wounded") == wounded


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        # treated and sent home: hurt, and alive
        ("The woman was treated and released.", {("wounded", 1)}),
        ("Two officers were treated and released on Sunday.", {("wounded", 2)}),
        # treated, nothing more: no count
        ("The man was treated.", set()),
    ],
)
def test_a_victim_treated_and_released_is_wounded(parse, sentence: str, counts: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    doc = parse(sentence)
    assert {(c.attribute, c.value) for s in doc.sents for c in counts_in(s)} == counts


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        # the second clause's subject hung on its auxiliary: the hurt are not the dead of the first
        ("Police said three teens in their late teens were killed and another teen was badly injured.", {("killed", 3), ("wounded", 1)}),
        ("Deputies said two men in their early 30s were killed and another man was seriously injured.", {("killed", 2), ("wounded", 1)}),
    ],
)
def test_a_clause_s_own_subject_is_its_victims(parse, sentence: str, counts: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    doc = parse(sentence)
    assert {(c.attribute, c.value) for s in doc.sents for c in counts_in(s)} == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # "another" described by its casualty word, the headline's "was" dropped
        ("Boy killed, another injured in shooting at Elm Street party\n\nPolice are investigating.", {("killed", 1), ("wounded", 1)}),
        ("Woman killed, another injured in Elm Park shooting\n\nPolice are investigating.", {("killed", 1), ("wounded", 1)}),
    ],
)
def test_another_victim_in_a_headline_is_one_more(parse, text: str, counts: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert {(c.attribute, c.value) for c in mention.claims if c.attribute in ("killed", "wounded", "shot")} == counts


@pytest.mark.parametrize(
    "text",
    [
        # a headline's parse hangs the one who died on the clause that tells of him
        "One of two men shot late Monday in Elm Park dies\n\nPolice are investigating.",
        # or hangs "dies" on that clause
        "Wounded teen found outside Oak Street store dies at hospital\n\nPolice are investigating.",
    ],
)
def test_a_headline_s_death_told_after_its_clause_kills_one(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert ("killed", 1) in {(c.attribute, c.value) for c in mention.claims}


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        # "dead" parsed as an adverbial clause of the verb that declares it
        ("Doctors pronounced 20-year-old Marcus Reed of Lake County dead at 11:40 a.m.", {("killed", 1)}),
        ("Medics pronounced the driver dead at the scene.", {("killed", 1)}),
    ],
)
def test_one_pronounced_dead_is_dead(parse, sentence: str, counts: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    doc = parse(sentence)
    assert {(c.attribute, c.value) for s in doc.sents for c in counts_in(s)} == counts


@pytest.mark.parametrize(
    "text",
    [
        # the segmenter parts the headline's day from the rest of its line
        "1 charged in accidental shooting that killed Springfield teen Sunday\n\nMore text here.",
        "1 charged in accidental shooting that killed Monroe teen Monday\n\nMore text here.",
    ],
)
def test_a_headline_whose_last_word_the_segmenter_parts_is_still_the_headline(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert ("killed", 1) in {(c.attribute, c.value) for c in mention.claims}


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # the one who fired is among those counted: his turning the gun on himself adds no one
        ("The boy was hurt in a shooting that claimed the lives of his aunt and a man who, police said, shot them, then turned the gun on himself.", 2),
        # a killer not among them is one more
        ("The shooting claimed the lives of a woman and her son, and the gunman then turned the gun on himself.", 3),
        # the dead he left are all of them, himself included
        ("A man shot a woman and a child to death before turning the gun on himself, leaving police to discover the three dead.", 3),
        ("The gunman killed two people, leaving their bodies in a car, before turning the gun on himself.", 3),
    ],
)
def test_a_killer_counted_among_the_dead_is_not_added_again(parse, sentence: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    doc = parse(sentence)
    assert max(c.value for s in doc.sents for c in counts_in(s) if c.attribute == "killed") == killed


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        # the parser hangs the second name on the first's age, the third on the second
        ("Ann Kowalski, 52, Bob Kowalski, 50, and Carl Kowalski, 19, were killed.", {("killed", 3)}),
        ("Rita Vance, 61, Omar Vance, 33 and a nurse, and Lily Vance, 7, were fatally shot.", {("killed", 3)}),
        # a name's appositive that is no list of people
        ("Ann Kowalski, 52, and her son, 19, were shot and killed.", {("shot", 2), ("killed", 2)}),
        # names without ages: the parser hangs the second on the first as its appositive
        ("Kim Holland, Randall Robinson, and Gordon Ribiro were wounded.", {("wounded", 3)}),
    ],
)
def test_names_listed_with_their_ages_are_each_counted(parse, sentence: str, counts: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    doc = parse(sentence)
    assert {(c.attribute, c.value) for s in doc.sents for c in counts_in(s)} == counts


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        # the one who died is counted among the wounded the sentence names
        ("One of four women wounded in a late night shooting in Elm City has died.", {("wounded", 3), ("killed", 1)}),
        ("One of the three men injured in Friday's shooting died Sunday.", {("wounded", 2), ("killed", 1)}),
        # one in critical condition is still among them
        ("One of the three men injured in the shooting is in critical condition.", {("wounded", 3), ("hit", 1)}),
        # the wounded "including" one who died since
        ("Three people were injured, including a 17-year-old girl who succumbed to her wounds.", {("wounded", 2), ("killed", 1)}),
        ("Four other people were hurt, including a bartender who later died at a hospital.", {("wounded", 3), ("killed", 1)}),
        ("Four people were wounded, including two who were taken to a hospital in critical condition.", {("wounded", 4), ("hit", 2)}),
    ],
)
def test_the_wounded_less_those_of_them_who_died(parse, sentence: str, counts: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    doc = parse(sentence)
    assert {(c.attribute, c.value) for s in doc.sents for c in counts_in(s)} == counts


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        # the others told after the wounded of the sentence before are more wounded
        ("Gunfire at a party on Elm Street\n\nTwo victims were hospitalized with major injuries but were expected to survive, police said. Three others were treated at the scene and released.", 5),
        # others besides the dead, restating the headline's wounded
        ("1 dead, 4 wounded in Elm Park shooting\n\nA woman was killed and four other people were wounded early Sunday in Elm Park.", 4),
        # others besides the dead of their own sentence
        ("Gunfire on Elm Street\n\nOne man was killed and two people were hurt critically. The gunfire left a man dead and seven others injured.", 7),
        # others of another incident
        ("Gunfire on Elm Street\n\nTwo men were wounded in the shooting on Elm Street. Three others were injured in a separate shooting an hour later.", 2),
    ],
)
def test_others_wounded_after_the_wounded_told_before_are_more(parse, text: str, wounded: int) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert max(c.value for c in mention.claims if c.attribute == "wounded") == wounded


WEATHERFORD = (
    "UPDATE: Police said the wounded officer is in good condition and could be released by Monday.\n\n"
    "A police officer in Weatherford was shot during a traffic stop on Thursday night. The suspect was also "
    "struck by gunfire. Both are recovering in the hospital.\n\n"
    "The officer stopped a car with three people inside and called for backup when he learned that one of them "
    "had warrants. When backup arrived, the two officers tried to arrest the man, who fought them in the parking "
    "lot of a restaurant on Tin Top Road. He struck the first officer with a metal flashlight, and the second "
    "officer used his Taser, which did not stop him. The Texas Rangers are taking over the investigation, and "
    "the officers' names were released on Friday afternoon by the city.\n\n"
    "When the Taser did not work, the second officer fired his gun. His gunfire struck both the officer and the suspect."
)


def test_another_incident_s_wounded_far_below_do_not_cover_the_opening_s_hits(parse) -> None:  # type: ignore[no-untyped-def]
    # the opening's "double shooting" is of two hurt, the teenager and the bystander; "two other
    # teens injured" far below are another shooting's, and no stated figure of this one
    report = (
        "Teen Critically Injured In Shooting\n\n"
        "Police are investigating a double shooting that left a teenager critically injured. Police say the "
        "16-year-old was found with multiple gunshot wounds in an apartment complex on Palm Avenue at around "
        "10:30 p.m. The teenager was transported to a trauma center in critical condition. Investigators say "
        "he was inside the complex when at least two males approached him and began shooting at him. The "
        "victim then began running within the complex where he began asking for help. Neighbors said they "
        "heard at least eight shots and saw two men run toward a car parked on the street outside the gate. "
        "Police have not said what led to the shooting and have made no arrests.\n\n"
        "Meantime, police are investigating a shooting across town that left two other teens injured."
    )
    assert event_of(parse, [(report, "2017-03-24")]).facts["wounded"].best == 2


def test_the_wounded_hit_one_by_one_in_the_opening_are_its_figure(parse) -> None:  # type: ignore[no-untyped-def]
    # the opening's "wounded officer" is one of them; the two hit stand where the report tells
    # of them first, not where it tells of them again far below
    event = event_of(parse, [(WEATHERFORD, "2016-12-30")])
    assert event.facts["wounded"].best == 2


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        # the whole a share is told of is so many hit
        ("Police are looking for the gunman in a shooting on Thursday night. Two of the four victims are validated gang members.", [4]),
        ("Deputies were called to a shooting on Main Street on Sunday. Police said 3 of the 4 victims were taken to hospitals.", [4]),
        # the victims of an incident that hits people
        ("7 victims of Sunday shooting released from area hospitals\n\nPolice said the park was crowded.", [7]),
        ("One of five victims in Hot Springs shooting dies\n\nPolice said the park was crowded on Sunday.", [4]),
        # not the people a share is told of who are no victims, nor a whole counted on its own word
        ("A man was shot on Sunday. Three of the four men accused were arrested on Monday.", [1]),
    ],
)
def test_the_whole_of_a_share_of_victims_is_so_many_hit(parse, text: str, wounded: list[int]) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert [c.value for c in mention.claims if c.attribute == "wounded"] == wounded


def test_the_others_of_a_group_told_add_none(parse) -> None:  # type: ignore[no-untyped-def]
    # "the three others" are the rest of the four told, not three more
    text = (
        "Four people were wounded, one critically, in a shooting on Sunday night. The four wounded were taken to a "
        "hospital. One person was in critical condition; the three others suffered injuries that were not life-threatening."
    )
    mention = incident_of(parse, text)
    assert max(c.value for c in mention.claims if c.attribute == "wounded") == 4


@pytest.mark.parametrize(
    "text,counts",
    [
        # a passive gerund after "after" has the subject of the clause it hangs on
        ("Shooting in Elm Park\n\nA 9-year-old boy is recovering after being shot in the leg Sunday night.", {("shot", 1), ("wounded", 1)}),
        ("Teen recovering after being shot in Elm City overnight\n\nPolice are investigating.", {("shot", 1), ("wounded", 1)}),
        # the second victim, counted with the first who died, is one wounded
        ("Shooting in Elm Park\n\nOne man died at the scene. A second man was taken to a hospital in critical condition.",
         {("killed", 1), ("wounded", 1)}),
        # and one who died after being shot is no wounded
        ("Shooting in Elm Park\n\nThe woman died after being shot in the chest Sunday night.", {("shot", 1), ("killed", 1)}),
    ],
)
def test_a_passive_gerund_tells_of_the_subject_of_its_clause(parse, text: str, counts: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert {(c.attribute, c.value) for c in mention.claims if c.attribute in ("killed", "wounded", "shot")} == counts


def test_a_dateline_parsed_as_the_subject_gives_way_to_the_person_after_it(parse) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "A West Allis teenager" on the dateline's town as its apposition, and
    # the town as the subject of "died": the teenager died, and is no wounded
    text = (
        "Second victim of West Allis shooting dies\n\nWest Allis - A West Allis teenager wounded in a double shooting "
        "that killed his brother died Tuesday, according to the Milwaukee County medical examiner's office."
    )
    mention = incident_of(parse, text)
    quotes = {(c.attribute, c.quote.split(" in ")[0]) for c in mention.claims if c.attribute in ("killed", "wounded")}
    assert ("killed", "A West Allis teenager wounded") in quotes
    assert not any(attribute == "wounded" for attribute, _ in quotes)


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        # the deed's other victims are besides the one the sentence tells of first
        ("Shooting in Elm Park\n\nA 12-year-old boy remained in critical condition Friday after a shooting that also "
         "injured three other people.", 4),
        ("Shooting in Elm Park\n\nA 4-year-old boy was seriously wounded in a shooting that also injured a woman.", 2),
        # besides the dead, the others are all the wounded
        ("Shooting in Elm Park\n\nA man was killed in a shooting that also injured three other people.", 3),
        # a shooter's others are others than himself
        ("Shooting in Elm Park\n\nA man was shot. He shot two other men.", 2),
    ],
)
def test_the_others_a_deed_hurt_add_to_the_one_told(parse, text: str, wounded: int) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert max(c.value for c in mention.claims if c.attribute == "wounded") == wounded


@pytest.mark.parametrize(
    "text",
    [
        # "both" stands for the victims named before it, however the parser hangs it
        "Shooting\n\nA man was killed Sunday. The other two victims, both shot in the forehead, remain in critical condition.",
        "Shooting\n\nA man was killed Sunday. The other juvenile is out of the hospital.\n\nThe other two victims, both shot "
        "in the forehead, remain in critical condition.",
    ],
)
def test_both_stands_for_the_victims_before_it(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert max(c.value for c in mention.claims if c.attribute == "wounded") == 2


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a death on the road is another happening than the shooting
        ("Four injured in funeral shooting\n\nFour people were shot at a memorial service on Sunday. The service was for "
         "Porraz. Porraz was killed in a high-speed motorcycle accident.", 0),
        ("Man shot\n\nA man was shot in the leg. A deputy was killed in a crash that occurred during the search.", 0),
        # unless its sentence says the dead had been shot
        ("Man killed in crash had been shot\n\nThe man killed in a single-vehicle accident Sunday had been shot, police said.", 1),
        ("One dead after shooting\n\nOne person is dead after a shooting and a crash at East Craig Road.", 1),
        # a hunting accident is a shooting
        ("Teen dies\n\nA 16-year-old boy died in a hunting accident on New Year's Eve.", 1),
    ],
)
def test_a_death_in_a_crash_is_no_death_of_the_shooting(parse, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert max((c.value for c in mention.claims if c.attribute == "killed"), default=0) == killed


def test_a_clause_opened_by_after_tells_of_its_own_person(parse) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "girl" on "after" as a preposition and makes the neighbourhood the
    # subject of "killed": the girl was killed
    text = "St. Louis neighborhood in fear after girl, 15, is killed by masked gunmen\n\nPolice are investigating."
    mention = incident_of(parse, text)
    assert [c.value for c in mention.claims if c.attribute == "killed"] == [1]


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a person lost is dead
        ("An East Bay family is mourning the loss of their 18-year-old son from a gunshot wound.", [1]),
        ("She is grieving the loss of her older brother and two younger sisters.", [3]),
        # blood and money lost are no dead
        ("He suffered a loss of blood after the shooting.", []),
        ("The store reported a loss of $2,000 in the robbery.", []),
    ],
)
def test_the_loss_of_a_person_is_a_death(parse, sentence: str, killed: list[int]) -> None:  # type: ignore[no-untyped-def]
    assert [c.value for c in counts_in(next(iter(parse(sentence).sents))) if c.attribute == "killed"] == killed


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        # a headline lists the hit and then another person dead: the dead are not among the hit
        ("Pregnant woman shot, unborn baby killed\n\nPolice are investigating.", [1]),
        # the dead may be among a number hit, and one person shot and dead is one
        ("Two men shot, one killed\n\nPolice are investigating.", [1]),
        ("Man shot, dies in Elm Park\n\nPolice are investigating.", []),
    ],
)
def test_a_headline_lists_the_hit_before_another_dead(parse, text: str, wounded: list[int]) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert [c.value for c in mention.claims if c.attribute == "wounded"] == wounded


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a share of the hit has died: the share is the dead, the whole the hit
        ("One of two men shot late Monday in Belle Glade dies\n\nPolice are investigating.", {("shot", 2), ("killed", 1), ("wounded", 1)}),
        ("One of three people shot Sunday dies\n\nPolice are investigating.", {("shot", 3), ("killed", 1), ("wounded", 2)}),
    ],
)
def test_a_share_of_the_hit_dies(parse, text: str, counts: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert {(c.attribute, c.value) for c in mention.claims if c.attribute in ("killed", "wounded", "shot")} == counts


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        # the part of a person hit tells of the person
        ("13-year-old's toe grazed by bullet at strip mall\n\nPolice are investigating.", 1),
        ("Shooting in Elm Park\n\nThe girl's ear had been grazed by a bullet, police said.", 1),
        # and joins the person told beside it
        ("Shooting in Elm Park\n\nAn 18-year-old woman suffered a graze wound on her upper right arm, and a 14-year-old "
         "boy's abdomen was grazed.", 2),
    ],
)
def test_a_part_of_the_body_hit_tells_of_its_owner(parse, text: str, wounded: int) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert max((c.value for c in mention.claims if c.attribute == "wounded"), default=0) == wounded


@pytest.mark.parametrize(
    ("headline", "counts"),
    [
        # a headline's "shot", tagged a present, is still told fatal
        ("11-year-old boy wounded, stepfather fatally shot while walking home from store", [("wounded", 1), ("killed", 1)]),
        ("4 shot dead in Indianapolis home", [("killed", 4)]),
    ],
)
def test_a_headline_shot_told_fatal_is_dead(parse, headline: str, counts: list[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    doc = parse(headline + "\n\nPolice are investigating.")
    assert [(c.attribute, c.value) for c in headline_counts(next(iter(doc.sents)))] == counts


@pytest.mark.parametrize(
    ("sentence", "victim"),
    [
        # the object hit is a part of a person's body: the person
        ("The bullet grazed the wife's ear.", "wife"),
        ("He accidentally pulled the trigger and shot his left foot.", "He"),
        # a bullet's "his" is the one told before, whom the part stands for
        ("A bullet grazed his abdomen.", "abdomen"),
    ],
)
def test_a_part_of_the_body_shot_is_its_owners(parse, sentence: str, victim: str) -> None:  # type: ignore[no-untyped-def]
    found = [c for c in counts_in(next(iter(parse(sentence).sents))) if c.attribute in ("shot", "wounded")]
    assert [(c.value, c.victim.text if c.victim is not None else None) for c in found] == [(1, victim)]


def test_a_part_of_ones_own_body_hurt_is_no_count(parse) -> None:  # type: ignore[no-untyped-def]
    # a player's injury to his own knee: no one was shot
    sentence = "Bush hurt his left knee against the Carolina Panthers on Oct. 19."
    assert [c for c in counts_in(next(iter(parse(sentence).sents))) if c.attribute in ("shot", "wounded")] == []


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        # those shot breaking in are people as much as those they came to rob
        ("The man who killed three home invaders will face no criminal charges.", [("killed", 3)]),
        ("A homeowner shot a prowler early Sunday.", [("shot", 1)]),
    ],
)
def test_intruders_are_counted(parse, sentence: str, counts: list[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    assert [(c.attribute, c.value) for c in counts_in(next(iter(parse(sentence).sents)))] == counts


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        # as many people as the ages listed after them
        ("The father killed his sons, 10 and 12, before turning the gun on himself.", [("killed", 2), ("killed", 3)]),
        ("Her sons, 7 and 8, were critically hurt.", [("wounded", 2)]),
        # a number of their own counts them already
        ("Police said two brothers, 10 and 12, were shot.", [("shot", 2)]),
    ],
)
def test_people_are_counted_by_their_ages(parse, sentence: str, counts: list[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    assert [(c.attribute, c.value) for c in counts_in(next(iter(parse(sentence).sents)))] == counts


def test_a_headline_verb_read_as_a_modifier_of_the_person_hit(parse) -> None:  # type: ignore[no-untyped-def]
    # the parser makes "shoots" a modifier of "father": the father was shot
    doc = parse("2-year-old accidentally shoots father in Southwest Baltimore\n\nPolice are investigating.")
    assert [(c.attribute, c.value, c.victim.text if c.victim is not None else None) for c in headline_counts(next(iter(doc.sents)))] == [
        ("shot", 1, "father")
    ]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # the same word with a number a sentence or two before
        ("Two brothers were at a party in Dayton on Sunday when a gunman opened fire. The brothers were wounded.", {("wounded", 2)}),
        ("Police found five gunshot victims outside Club Veltrana. These victims were treated for gunshot wounds.", {("wounded", 5)}),
        # the same word in the singular, joined: "a boy and a boy" are the boys
        ("A 16-year-old boy and 15-year-old boy were on Austin Boulevard on Monday. The boys were hit in their legs.", {("shot", 2)}),
        # the names the word is put to, however the parser hangs them
        ("Police Officers Tarno Quillan and Veltran Osk were ambushed in Riverside. The officers were shot and killed.", {("shot", 2), ("killed", 2)}),
        ("Officers Tarno Quillan, Veltran Osk and Rell Dumaine were ambushed on Sunday. The officers were shot and killed.", {("shot", 3), ("killed", 3)}),
        (
            "Tarno Quillan and Veltran Osk, both officers, were ambushed on Sunday. The officers, answering a false call, were wounded.",
            {("wounded", 2)},
        ),
    ],
)
def test_a_definite_plural_counts_the_people_it_takes_up(parse, text: str, counts: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    doc = parse(text)
    assert {(c.attribute, c.value) for s in list(doc.sents)[1:] for c in counts_in(s)} == counts


@pytest.mark.parametrize(
    "text",
    [
        # another word: the victims are not the robbers
        "Three men robbed a store in Dayton on Sunday. The victims were wounded.",
        # some of them, or others than them
        "Two brothers and a cousin were at a party on Sunday. The youngest brothers were wounded.",
        "Two brothers were at a party on Sunday. The others were wounded.",
        "Four victims were found at the scene on Sunday. The victims taken to Veltrana General were wounded.",
        # one officer named is no count of the officers
        "Officer Tarno Quillan was ambushed on Sunday. The officers were wounded.",
        # told too long before
        "Two brothers were at a party. Police came. A crowd formed. Sirens sounded. The brothers were wounded.",
    ],
)
def test_a_definite_plural_without_its_people_told_counts_no_one(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = parse(text)
    assert [c for s in list(doc.sents)[1:] for c in counts_in(s) if c.attribute in ("wounded", "killed")] == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the victims of a multiple, of a killing's verb, or numbered, and the killer's death told apart
        ("State Police are investigating a triple murder in Corbin. Troopers returned fire, killing the suspect.", 4),
        ("A gunman killed five servicemen in Chattanooga on Thursday. The suspect was killed by police.", 6),
        ("Tarno Quillan shot and killed his wife in Corbin on Sunday. He then killed himself.", 2),
        ("Three victims died at the scene in Corbin on Sunday. The gunman later took his own life.", 4),
        # a "murder-suicide" counts at least two: no total that may hold him
        ("Veltrana murder-suicide suspect argued with ex before killing her friend and a neighbor\n\nPolice said Tarno Quillan later took his own life.", 3),
        # but not where a count may hold him already: "people" may count him
        ("Three people were killed in Corbin on Sunday. The gunman then killed himself.", 3),
        ("State Police are investigating a quadruple homicide in Corbin. Four people are dead. The suspect took his own life.", 4),
        # the suspect police killed beside one victim is most often that victim
        ("Police shot and killed a man in Corbin on Sunday. The suspect had fired at officers and was pronounced dead.", 1),
        # a child's own accident is no killer's death
        ("A gunshot killed a child in Corbin on Sunday. Police said the boy accidentally shot himself.", 1),
    ],
)
def test_a_killers_death_told_apart_from_his_victims_adds_to_them(parse, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text, "2017-03-27")
    assert max(c.value for c in mention.claims if c.attribute == "killed") == killed


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        # "additional" people are others besides those told before
        ("Shooting on Main Street\n\nA man was wounded on Main Street in Dayton on Sunday. Two additional people were wounded, police said.", 3),
        # burns are a hurt a victim receives, as wounds and injuries are
        ("Firebombs thrown at Veltrana home\n\nUnknown men threw firebombs at the house of Tarno Quillan in Dayton on Sunday. Quillan received minor burns.", 1),
    ],
)
def test_hurts_told_as_others_or_as_burns_are_counted(parse, text: str, wounded: int) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text, "2017-03-27")
    assert max((c.value for c in mention.claims if c.attribute == "wounded"), default=0) == wounded
