"""Fictional Dutch material for the demo data: names, places, companies, notes."""

from __future__ import annotations

from jobhunter.models.enums import Sector

FIRST_NAMES = (
    "Fatima", "Mohammed", "Zoë", "Björn", "Ayşe", "Mehmet", "Noë", "Siham", "Bram", "Daan",
    "Anouk", "Sanne", "Thijs", "Eline", "Kees", "Ineke", "Priscilla", "Jaïr", "Ngọc", "Tesfaye",
    "Haile", "Abdi", "Yusuf", "Nadia", "Karim", "Samira", "Rachid", "Elif", "Emre", "Çağla",
    "Agnieszka", "Piotr", "Małgorzata", "Ioana", "Andreï", "Ahmed", "Saïda", "Chloë", "Loïs",
    "Mariëlle", "René", "José", "Gerrit", "Wilma", "Rosalie", "Dewi", "Ravi", "Shanti",
    "Kwame", "Abena", "Aziz", "Leyla", "Omar", "Hüseyin", "Fenna", "Sem", "Lotte", "Jesús",
)  # fmt: skip
LAST_NAMES = (
    "de Vries", "van den Berg", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
    "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Özdemir",
    "Çelik", "Yılmaz", "Kaya", "Şahin", "El Amrani", "Bakkali", "Ait Taleb", "Haddou",
    "Benali", "Kowalski", "Nowak", "Wiśniewski", "Popescu", "Nguyễn", "Trần", "Tesfaye",
    "Haile", "Said", "Abdullahi", "Mohamud", "Ramdin", "Sewnath", "Kartosen", "Pinas",
    "Asante", "Mensah", "Hoekstra", "Brouwer", "van der Linden", "Koç", "Doğan", "Zwart",
)  # fmt: skip
CITIES = (
    ("Rotterdam", "30"), ("Schiedam", "31"), ("Vlaardingen", "31"), ("Dordrecht", "33"),
    ("Delft", "26"), ("Gouda", "28"), ("Zoetermeer", "27"), ("Capelle aan den IJssel", "29"),
    ("Spijkenisse", "32"), ("Maassluis", "31"), ("Barendrecht", "29"), ("Ridderkerk", "29"),
)  # fmt: skip
LANGUAGES = (
    "Nederlands", "Nederlands, Engels", "Arabisch, Nederlands", "Turks, Nederlands",
    "Tigrinya, Arabisch", "Pools, Engels", "Somalisch, Engels", "Berbers, Arabisch, Nederlands",
    "Vietnamees", "Roemeens, Engels", "Papiamento, Nederlands", "Sranantongo, Nederlands",
)  # fmt: skip
EDUCATION = (
    "vmbo basis", "vmbo kader", "mbo-2 logistiek", "mbo-1 entree", "havo (niet afgemaakt)",
    "middelbare school in Syrië", "universiteit Eritrea (niet erkend)", "lagere school",
    "mbo-3 zorg", "mbo-2 horeca", "geen diploma",
)  # fmt: skip
WISHES = (
    "Buiten werken, liefst in het groen.", "Vaste uren overdag vanwege de kinderen.",
    "Werken met de handen; geen kantoorbaan.", "Iets in de zorg, mensen helpen.",
    "Rijbewijs halen en dan chauffeur worden.", "In de keuken, later eigen zaak.",
    "Werk dichtbij huis, met de fiets bereikbaar.", "Magazijnwerk, heftruckcertificaat halen.",
)  # fmt: skip
SKILLS = (
    "Handig, sterk, kan goed samenwerken.", "Precies en schoon; veel ervaring met koken.",
    "Spreekt vier talen; goed met klanten.", "Technisch inzicht; repareert fietsen.",
    "Betrouwbaar, altijd op tijd; zorgde jaren voor familie.", "Goed met planten en tuinen.",
    "Rustig, geduldig, werkt nauwkeurig.", "Ervaring als vrachtwagenchauffeur in Polen.",
)  # fmt: skip
MOTIVATION = (
    "Wil graag weer bijdragen en een voorbeeld zijn voor de kinderen.",
    "Wil uit de bijstand en eigen geld verdienen.",
    "Voelt zich nutteloos thuis; wil structuur en collega's.",
    "Wil Nederlands leren door te werken.", "Wil zijn vak weer uitoefenen.",
)  # fmt: skip
BARRIER_NOTES = (
    "Schuldhulpverlening loopt via de gemeente.", "Taalniveau A2; volgt les op dinsdag.",
    "Rugklachten; geen zwaar tilwerk.", "Kinderopvang pas geregeld vanaf september.",
    "Eerder afgewezen vanwege hoofddoek; erg onzeker daardoor.", "Geen netwerk buiten de wijk.",
    "Weet niet hoe je een open sollicitatie doet.", "Woont tijdelijk bij familie.",
)  # fmt: skip
INTERVENTION_GOALS = (
    "Taalniveau B1 halen", "Sollicitatietraining: gesprek oefenen", "Heftruckcertificaat",
    "VCA-basis behalen", "Werkritme opbouwen, 3 dagen per week", "Weerbaarheid bij afwijzing",
    "Werkervaring opdoen in de horeca", "Begeleiding eerste maanden op de werkvloer",
)  # fmt: skip
PROVIDERS = (
    "Taalhuis Rotterdam", "ROC Albeda", "Werkgeversservicepunt Rijnmond", "Stichting Kans",
    "Buurtcentrum De Wending", "Jobcoach Jansen", "Opleidingscentrum Transport & Logistiek",
)  # fmt: skip
LEARNING_GOALS = (
    "Na elk gesprek opschrijven wat ik leerde.", "Zelf een werkgever bellen en doorvragen.",
    "Mijn sterke punten in drie zinnen kunnen vertellen.", "Op tijd komen: 10 minuten eerder.",
    "Om hulp vragen als ik iets niet begrijp.",
)  # fmt: skip
COMPANY_NAMES: dict[Sector, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Sector.CLEANING: (("Schoonmaakbedrijf", "Glansgroep", "Facilitair"),
                      ("De Glans", "Helder", "Van Leeuwen", "Schoon & Co", "Rijnmond")),
    Sector.CATERING: (("Restaurant", "Catering", "Lunchroom", "Brasserie"),
                      ("De Smaak", "Het Veerhuis", "Mevlana", "Zuid", "De Maas")),
    Sector.GREEN: (("Groenvoorziening", "Hoveniersbedrijf", "Groenbeheer"),
                   ("Van Dijk", "De Linde", "Buitenwerk", "Groen Rijnmond", "Den Hartog")),
    Sector.PRODUCTION: (("Metaalbewerking", "Bakkerij", "Verpakkingen", "Drukkerij"),
                        ("Havenstad", "Het Korenschoof", "Pak-it", "Maasdelta", "Brouwer")),
    Sector.LOGISTICS: (("Distributiecentrum", "Logistiek", "Warehousing"),
                       ("Waalhaven", "Europoort", "Rijnmond", "Snelpak", "Botlek")),
    Sector.CARE: (("Zorggroep", "Woonzorgcentrum", "Thuiszorg"),
                  ("De Linde", "Humanitas", "Zonnehuis", "Laurens", "Aafje")),
    Sector.TRANSPORT: (("Transportbedrijf", "Koeriersdienst", "Taxi"),
                       ("Van der Wal", "Snel", "Rotterdam Zuid", "Kuijpers", "De Haas")),
}  # fmt: skip
WORKPLACES: dict[Sector, tuple[str, ...]] = {
    Sector.CLEANING: ("Schoonmaker kantoren", "Glazenwasser", "Medewerker huishouding"),
    Sector.CATERING: ("Afwasser", "Keukenhulp", "Medewerker bediening", "Kok"),
    Sector.GREEN: ("Medewerker groen", "Hovenier", "Medewerker straatreiniging"),
    Sector.PRODUCTION: ("Productiemedewerker", "Inpakker", "Machineoperator"),
    Sector.LOGISTICS: ("Orderpicker", "Magazijnmedewerker", "Heftruckchauffeur"),
    Sector.CARE: ("Medewerker facilitair", "Helpende zorg", "Gastvrouw restaurant"),
    Sector.TRANSPORT: ("Bijrijder", "Chauffeur bestelbus", "Taxichauffeur"),
}  # fmt: skip
CONTRACT_FORMS = (
    "Proefplaatsing 2 maanden met behoud van uitkering", "Tijdelijk contract 6 maanden",
    "Tijdelijk contract 12 maanden", "Leerwerkplek, daarna contract", "Vast contract",
    "Detachering via Werkgeversservicepunt",
)  # fmt: skip
CONTACT_ROLES = ("HR-adviseur", "Teamleider", "Eigenaar", "Vestigingsmanager", "Planner")
CLIENT_CONTACT_SUMMARIES = (
    "Gebeld over de voortgang", "Gesprek over plan van aanpak", "Cv samen bijgewerkt",
    "Afspraak verzet: kind ziek", "Sollicitatiegesprek voorbereid", "Even bijgepraat",
    "Mail met vacature gestuurd", "Huisbezoek: situatie thuis besproken",
    "Reflectie op gesprek bij werkgever", "Niet verschenen; opnieuw gebeld",
)  # fmt: skip
EMPLOYER_CONTACT_SUMMARIES = (
    "Bedrijfsbezoek: kennismaking en rondleiding", "Werkplek besproken en eisen nagevraagd",
    "Gebeld over mogelijke kandidaat", "Mail met informatie over loonkostensubsidie",
    "Evaluatie plaatsing", "Afspraak gemaakt voor bezoek", "Nieuwsbrief MVO-platform gestuurd",
)  # fmt: skip
NOTE_BODIES = (
    "Loopt goed; blijft wel onzeker over de taal.", "Werkgever wil graag nog een kandidaat.",
    "Afgesproken: volgende week opnieuw contact.", "Kinderopvang is nu geregeld.",
    "Vraagt of een jobcoach mogelijk is.", "Teamleider is tevreden over inzet.",
)  # fmt: skip
OUTCOME_REASONS = (
    "Werkgever koos een kandidaat met meer ervaring", "Cliënt vond de reistijd te lang",
    "Uitgevallen door gezondheidsklachten", "Cliënt kreeg een andere baan",
    "Te weinig Nederlands voor de veiligheidsinstructies",
)  # fmt: skip
NEXT_ACTIONS = (
    "Bellen over taalcursus", "Cv afmaken", "Werkverkenner laten invullen",
    "Voorstellen bij werkgever", "Evaluatie proefplaatsing plannen", "Huisbezoek",
)  # fmt: skip
STREETS = (
    "Havenweg",
    "Industrieweg",
    "Kerkstraat",
    "Marconistraat",
    "Nieuwe Binnenweg",
    "Laan van Zuid",
)
