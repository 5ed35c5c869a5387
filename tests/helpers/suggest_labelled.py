"""Notes grouped by hand, in Swedish and English, to measure the board's suggestions.

Written for this purpose as a facilitator would file them after a workshop on rural
development: each note belongs to one group (the group names are the labels, never shown
to the suggestions). The notes mix place names (which must keep their capitals in a
proposed name), particle verbs ("ta fram", "bygga ut", "set up", "roll out") whose
particles say nothing about the topic, and notes of one topic that share few words.
Used by tests/core/test_suggest_labelled.py (adjusted Rand index before and after, see
docs/board.md).
"""

from __future__ import annotations

from collections import Counter
from math import comb

SV_QUESTION = "Hur kan kommuner möjliggöra smarta landsbygder?"
EN_QUESTION = "How can municipalities enable smart rural areas?"

SV: list[tuple[str, str]] = [
    # Transport
    ("transport", "Fler avgångar med tåg på Inlandsbanan året runt"),
    ("transport", "Bättre bussförbindelser mellan byarna och Storuman"),
    ("transport", "Anropsstyrd kollektivtrafik för dem som saknar bil"),
    ("transport", "Samåkning via en app när bussen inte går"),
    ("transport", "Nattåg till Stockholm som stannar i Inlandet"),
    ("transport", "Pendlarparkeringar vid busshållplatserna"),
    ("transport", "Kollektivtrafiken måste gå ihop med skolskjutsarna"),
    # Broadband
    ("bredband", "Bygga ut fiber till alla hushåll, även de sista"),
    ("bredband", "Bredband i varje by så att man kan jobba hemifrån"),
    ("bredband", "Mobiltäckning längs vägarna, inte bara i tätorten"),
    ("bredband", "Byanät för fiber som byborna själva äger"),
    ("bredband", "Stöd till fiberföreningar som vill bygga ut"),
    ("bredband", "Snabbt bredband är en förutsättning för distansarbete"),
    # Housing
    ("bostäder", "Fler hyreslägenheter så att unga kan bo kvar"),
    ("bostäder", "Kommunen kan bygga bostäder för inflyttade"),
    ("bostäder", "Tomma hus bör hyras ut i stället för att stå tomma"),
    ("bostäder", "Bostäder åt säsongsarbetare i turistorterna"),
    ("bostäder", "Lägenheter för äldre så att villorna blir lediga"),
    ("bostäder", "Billiga tomter för den som vill bygga hus på landet"),
    # Tourism and booking
    ("turism", "En gemensam bokningsportal för turistföretagen i Inlandet"),
    ("turism", "Marknadsföra Lappland för turister från Europa"),
    ("turism", "Paketresor där boende, guidning och aktiviteter bokas på ett ställe"),
    ("turism", "Turistföretagen behöver samarbeta om bokning och marknadsföring"),
    ("turism", "Vandringsleder och skoterleder som turister hittar"),
    ("turism", "Besöksnäringen kan ge jobb året runt, inte bara på vintern"),
    # Services: school, health care, shop
    ("service", "Behålla byskolan även när eleverna blir färre"),
    ("service", "Vårdcentral med distansmöten via video"),
    ("service", "Lanthandeln som servicepunkt med paket och apotek"),
    ("service", "Hemtjänst och äldreomsorg som når ut i byarna"),
    ("service", "En servicepunkt där man får hjälp med myndigheter"),
    ("service", "Skola och förskola nära hemmet lockar barnfamiljer"),
    # Collaboration between municipality and villages
    ("samverkan", "Ta fram en gemensam strategi tillsammans med byarna"),
    ("samverkan", "Kommunen bör lyssna på byaföreningarna i tid"),
    ("samverkan", "Sätta upp ett forum där byar och kommun möts varje kvartal"),
    ("samverkan", "Samverkan mellan Arvidsjaur och Storuman i stället för konkurrens"),
    ("samverkan", "Dialog med medborgarna innan beslut fattas"),
    ("samverkan", "Region Västerbotten och kommunerna bör planera tillsammans"),
    # Jobs and enterprise
    ("jobb", "Coworkingplatser i byarna för den som jobbar på distans"),
    ("jobb", "Hjälp för småföretagare att komma igång"),
    ("jobb", "Lokala företag bör få fler offentliga upphandlingar"),
    ("jobb", "Rådgivning till den som vill starta företag på landsbygden"),
    ("jobb", "Fler jobb inom skogen och energin stannar lokalt"),
    ("jobb", "Företagare behöver nätverk och mentorer"),
    # Young people
    ("unga", "Mötesplatser för unga på kvällarna"),
    ("unga", "Låt ungdomarna vara med och bestämma i kommunen"),
    ("unga", "Sommarjobb för ungdomar i lokala företag"),
    ("unga", "Unga som flyttat bort ska vilja komma tillbaka"),
    ("unga", "Fritidsgård och idrottshall öppna även på helger"),
    ("unga", "Ungdomsråd i varje kommundel"),
]

EN: list[tuple[str, str]] = [
    # Transport
    ("transport", "More trains on the Inland Line all year round"),
    ("transport", "Better bus connections between the villages and Storuman"),
    ("transport", "Demand-responsive public transport for people without a car"),
    ("transport", "Car sharing through an app when the bus does not run"),
    ("transport", "A night train to Stockholm that stops in the inland"),
    ("transport", "Park and ride at the bus stops"),
    ("transport", "Public transport must fit with the school buses"),
    # Broadband
    ("broadband", "Roll out fibre to every household, the last ones too"),
    ("broadband", "Broadband in every village so people can work from home"),
    ("broadband", "Mobile coverage along the roads, not only in town"),
    ("broadband", "Village fibre networks owned by the villagers"),
    ("broadband", "Support for fibre associations that want to build out"),
    ("broadband", "Fast broadband is a condition for remote work"),
    # Housing
    ("housing", "More rental flats so young people can stay"),
    ("housing", "The municipality can build homes for newcomers"),
    ("housing", "Empty houses should be rented out instead of standing empty"),
    ("housing", "Homes for seasonal workers in the resorts"),
    ("housing", "Flats for older people so that family houses become free"),
    ("housing", "Cheap plots for those who want to build a house in the countryside"),
    # Tourism and booking
    ("tourism", "One booking portal for all tourism businesses in the inland"),
    ("tourism", "Market Lapland to tourists from Europe"),
    ("tourism", "Packages where lodging, guides and activities are booked in one place"),
    ("tourism", "Tourism businesses need to work together on booking and marketing"),
    ("tourism", "Hiking and snowmobile trails that tourists can find"),
    ("tourism", "Visitor industry jobs all year, not only in winter"),
    # Services
    ("services", "Keep the village school even when there are fewer pupils"),
    ("services", "A health centre with video appointments"),
    ("services", "The village shop as a service point for parcels and pharmacy"),
    ("services", "Home care and elderly care that reach the villages"),
    ("services", "A service point where people get help with authorities"),
    ("services", "School and preschool close to home attract families"),
    # Collaboration
    ("collaboration", "Draw up a joint strategy together with the villages"),
    ("collaboration", "The municipality should listen to village associations early"),
    ("collaboration", "Set up a forum where villages and municipality meet every quarter"),
    ("collaboration", "Cooperation between Arvidsjaur and Storuman instead of competition"),
    ("collaboration", "Dialogue with citizens before decisions are made"),
    ("collaboration", "Region Västerbotten and the municipalities should plan together"),
    # Jobs
    ("jobs", "Coworking spaces in the villages for remote workers"),
    ("jobs", "Help for small business owners to get started"),
    ("jobs", "Local businesses should win more public procurement"),
    ("jobs", "Advice for people who want to start a business in the countryside"),
    ("jobs", "More jobs in forestry and energy stay local"),
    ("jobs", "Business owners need networks and mentors"),
    # Young people
    ("youth", "Meeting places for young people in the evenings"),
    ("youth", "Let young people take part in municipal decisions"),
    ("youth", "Summer jobs for young people in local businesses"),
    ("youth", "Young people who moved away should want to come back"),
    ("youth", "Youth club and sports hall open at weekends too"),
    ("youth", "A youth council in every part of the municipality"),
]


def adjusted_rand_index(truth: list, predicted: list) -> float:
    """Hubert and Arabie's ARI: 1 for identical partitions, about 0 for chance."""
    n = len(truth)
    pairs = sum(comb(c, 2) for c in Counter(zip(truth, predicted, strict=True)).values())
    a = sum(comb(c, 2) for c in Counter(truth).values())
    b = sum(comb(c, 2) for c in Counter(predicted).values())
    expected = a * b / comb(n, 2)
    maximum = (a + b) / 2
    return 1.0 if maximum == expected else (pairs - expected) / (maximum - expected)
