"""Fictional Dutch material for the demo data: names, places, companies and notes.

Every person and company here is invented; combinations are drawn at random. Names come in
background groups so that first name, surname and languages fit together ("Ayşe Özdemir",
"Turks, Nederlands") instead of random mixtures.
"""

from __future__ import annotations

from dataclasses import dataclass

from jobhunter.models.enums import (
    AppointmentKind,
    BarrierKind,
    ContactKind,
    InterventionKind,
    RequirementKind,
    Sector,
    Stage,
)


@dataclass(frozen=True)
class Background:
    """A group of names that belong together, with the languages and schooling that fit."""

    weight: int
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    languages: tuple[str, ...]
    #: country of earlier schooling, or None for people who went to school in the Netherlands
    country: str | None


BACKGROUNDS: tuple[Background, ...] = (
    Background(
        34,
        ("Bram", "Daan", "Anouk", "Sanne", "Thijs", "Eline", "Kees", "Ineke", "Zoë", "Chloë",
         "Loïs", "Mariëlle", "René", "Gerrit", "Wilma", "Rosalie", "Fenna", "Sem", "Lotte",
         "Noël", "Joëlle", "Renée", "Björn", "Jeroen", "Marieke", "Ruud", "Esmée", "Henk",
         "Anja", "Mees"),
        ("de Vries", "van den Berg", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
         "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker",
         "Hoekstra", "Brouwer", "van der Linden", "Zwart", "van 't Hof", "Verbeek", "Kuijpers",
         "van Leeuwen", "Schouten", "de Haan"),
        ("Nederlands", "Nederlands", "Nederlands, Engels"),
        None,
    ),
    Background(
        10,
        ("Ayşe", "Mehmet", "Elif", "Emre", "Çağla", "Hüseyin", "Gülşen", "Özlem", "Ömer",
         "Burak", "Şeyma", "Yasemin", "Murat"),
        ("Özdemir", "Çelik", "Yılmaz", "Kaya", "Şahin", "Koç", "Doğan", "Aydın", "Öztürk",
         "Güler", "Arslan"),
        ("Turks, Nederlands", "Turks", "Turks, Koerdisch, Nederlands"),
        "Turkije",
    ),
    Background(
        12,
        ("Fatima", "Mohammed", "Siham", "Karim", "Samira", "Rachid", "Saïda", "Youssef",
         "Nadia", "Hamza", "Ikram", "Soufiane", "Naïma"),
        ("El Amrani", "Bakkali", "Ait Taleb", "Haddou", "Benali", "El Idrissi", "Azzouzi",
         "Boukhari", "Ouali", "Chaïbi"),
        ("Arabisch, Nederlands", "Berbers, Arabisch, Nederlands", "Tamazight, Nederlands"),
        "Marokko",
    ),
    Background(
        6,
        ("Agnieszka", "Piotr", "Małgorzata", "Łukasz", "Katarzyna", "Wojciech", "Zofia",
         "Paweł"),
        ("Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Lewandowska", "Zieliński", "Kamińska"),
        ("Pools, Engels", "Pools"),
        "Polen",
    ),
    Background(
        3,
        ("Ioana", "Andrei", "Mihai", "Ștefan", "Elena", "Răzvan"),
        ("Popescu", "Ionescu", "Dumitrescu", "Stănescu", "Constantin"),
        ("Roemeens, Engels", "Roemeens"),
        "Roemenië",
    ),
    Background(
        6,
        ("Yonas", "Selam", "Mehret", "Filmon", "Semhar", "Abrehet", "Tesfaye", "Haile",
         "Senait"),
        ("Tesfaye", "Haile", "Ghebremedhin", "Tekle", "Berhane", "Woldu", "Kidane"),
        ("Tigrinya, Arabisch", "Tigrinya, Amhaars, Engels", "Tigrinya"),
        "Eritrea",
    ),
    Background(
        4,
        ("Abdi", "Hodan", "Ayaan", "Hamdi", "Liban", "Sahra"),
        ("Abdullahi", "Mohamud", "Warsame", "Said", "Farah", "Jama"),
        ("Somalisch, Engels", "Somalisch, Arabisch"),
        "Somalië",
    ),
    Background(
        7,
        ("Ahmed", "Omar", "Leyla", "Rasha", "Yara", "Mahmoud", "Aziz", "Rania", "Ghaith"),
        ("Al-Hassan", "Haddad", "Khalil", "Said", "Darwish", "Al-Ahmad", "Sulaiman"),
        ("Arabisch, Engels", "Arabisch, Koerdisch", "Arabisch"),
        "Syrië",
    ),
    Background(
        3,
        ("Ngọc", "Minh", "Thảo", "Phương", "Đức", "Lan", "Tuấn"),
        ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ"),
        ("Vietnamees, Nederlands", "Vietnamees"),
        "Vietnam",
    ),
    Background(
        8,
        ("Priscilla", "Ravi", "Shanti", "Jaïr", "Dewi", "Xiomara", "Rodney", "Sharon",
         "Giovanni", "Anjali"),
        ("Ramdin", "Sewnath", "Kartosen", "Pinas", "Martina", "Lachman", "Doelwijt",
         "Sedney"),
        ("Nederlands, Sranantongo", "Papiamento, Nederlands", "Nederlands, Sarnami"),
        None,
    ),
    Background(
        2,
        ("Kwame", "Abena", "Kofi", "Ama", "Yaw"),
        ("Asante", "Mensah", "Boateng", "Owusu"),
        ("Engels, Twi", "Engels"),
        "Ghana",
    ),
    Background(
        3,
        ("Oleksandr", "Olena", "Iryna", "Dmytro", "Kateryna"),
        ("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko"),
        ("Oekraïens, Russisch, Engels", "Oekraïens, Engels"),
        "Oekraïne",
    ),
    Background(
        2,
        ("José", "Jesús", "María", "Andrés", "Lucía"),
        ("García", "Rodríguez", "Martínez", "Peña"),
        ("Spaans, Engels", "Spaans"),
        "Colombia",
    ),
    Background(
        2,
        ("Farid", "Zahra", "Mariam", "Ahmad", "Shabnam"),
        ("Ahmadi", "Rahimi", "Haidari", "Noori"),
        ("Dari, Engels", "Dari, Pasjtoe"),
        "Afghanistan",
    ),
)  # fmt: skip

#: (city, lowest and highest four-digit postcode, area code for landlines)
CITIES: tuple[tuple[str, int, int, str], ...] = (
    ("Rotterdam", 3011, 3089, "010"),
    ("Rotterdam", 3011, 3089, "010"),
    ("Rotterdam", 3011, 3089, "010"),
    ("Schiedam", 3111, 3125, "010"),
    ("Vlaardingen", 3131, 3138, "010"),
    ("Maassluis", 3141, 3147, "010"),
    ("Dordrecht", 3311, 3329, "078"),
    ("Delft", 2611, 2629, "015"),
    ("Gouda", 2801, 2809, "0182"),
    ("Zoetermeer", 2711, 2729, "079"),
    ("Capelle aan den IJssel", 2901, 2909, "010"),
    ("Spijkenisse", 3201, 3209, "0181"),
    ("Barendrecht", 2991, 2994, "0180"),
    ("Ridderkerk", 2981, 2987, "0180"),
    ("Hellevoetsluis", 3221, 3227, "0181"),
    ("Zwijndrecht", 3331, 3335, "078"),
)  # fmt: skip

#: Dutch postcodes never use F, I, O, Q, U or Y, nor the pairs SA, SD and SS.
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
POSTCODE_FORBIDDEN = frozenset({"SA", "SD", "SS"})

STREETS = (
    "Kerkstraat", "Dorpsstraat", "Molenweg", "Havenweg", "Industrieweg", "Marconistraat",
    "Spoorlaan", "Nieuwe Binnenweg", "Beukenlaan", "Lindelaan", "Julianastraat",
    "Oranjestraat", "Prins Hendrikkade", "Schiedamseweg", "Rijksstraatweg", "Noordsingel",
    "Vlietweg", "Zuidplein", "Korte Hoogstraat", "Van Speijkstraat", "Waalhaven Oostzijde",
    "Bedrijvenpark 't Veld", "Kanaalweg", "Edisonstraat", "Ampèrestraat",
)  # fmt: skip

#: (diploma text, counts as startkwalificatie) for people schooled in the Netherlands
EDUCATION_NL: tuple[tuple[str, bool], ...] = (
    ("vmbo basis, geen diploma", False), ("vmbo kader", False), ("praktijkonderwijs", False),
    ("mbo-1 entree", False), ("mbo-2 logistiek", True), ("mbo-2 horeca", True),
    ("mbo-3 zorg", True), ("havo, niet afgemaakt", False), ("havo", True),
    ("mbo-2 schoonmaak", True), ("mbo-2 groen", True),
)  # fmt: skip
#: templates for people schooled abroad; {country} is filled in (never a startkwalificatie)
EDUCATION_ABROAD = (
    "Middelbare school in {country}", "Lagere school in {country}",
    "Beroepsopleiding in {country} (niet erkend)", "Universiteit in {country} (niet erkend)",
    "Geen formele opleiding; werkervaring in {country}", "Vakschool in {country}",
)  # fmt: skip

WORK_EXPERIENCE = (
    "Schoonmaak in een hotel, 2 jaar.",
    "Magazijnwerk via uitzendbureau, steeds korte contracten.",
    "Geen betaald werk; vrijwilliger in het buurthuis.", "Maaltijdbezorger, 1 jaar.",
    "Jarenlang mantelzorger voor moeder.", "Vrachtwagenchauffeur, 10 jaar.",
    "Productiewerk in een fabriek, ploegendienst.", "Kapster, eigen salon.",
    "Tuinman bij een hotel.", "Kassamedewerker supermarkt, 3 jaar.",
    "Bouwvakker, opperman.",
)  # fmt: skip
#: extra work experience for people who worked before coming to the Netherlands
WORK_EXPERIENCE_ABROAD = (
    "Kok in eigen restaurant in het land van herkomst.", "Leraar basisschool in {country}.",
    "Naaister in een kledingatelier in {country}.", "Boer op het familiebedrijf in {country}.",
    "Vrachtwagenchauffeur in {country}, 8 jaar.", "Verpleegkundige in {country} (niet erkend).",
)  # fmt: skip
WISHES = (
    "Buiten werken, liefst in het groen.", "Vaste uren overdag vanwege de kinderen.",
    "Werken met de handen; geen kantoorbaan.", "Iets in de zorg, mensen helpen.",
    "Rijbewijs halen en dan chauffeur worden.", "In de keuken, later een eigen zaak.",
    "Werk dichtbij huis, met de fiets bereikbaar.", "Magazijnwerk; wil heftruckcertificaat halen.",
    "Niet in het weekend werken.", "Een vast contract, zekerheid voor het gezin.",
    "Iets met techniek of machines.", "Rustige werkplek met vaste collega's.",
)  # fmt: skip
SKILLS = (
    "Handig en sterk; kan goed samenwerken.", "Precies en schoon; veel ervaring met koken.",
    "Spreekt vier talen; goed met klanten.", "Technisch inzicht; repareert fietsen.",
    "Betrouwbaar en altijd op tijd; zorgde jaren voor familie.", "Goed met planten en tuinen.",
    "Rustig en geduldig; werkt nauwkeurig.",
    "Kan goed plannen en organiseren.", "Vriendelijk, gastvrij, lacht veel.",
    "Snel van begrip; leert door te doen.", "Naaien, kleding herstellen.",
)  # fmt: skip
MOTIVATION = (
    "Wil graag weer bijdragen en een voorbeeld zijn voor de kinderen.",
    "Wil uit de bijstand en eigen geld verdienen.",
    "Voelt zich nutteloos thuis; wil structuur en collega's.", "Wil het eigen vak weer uitoefenen.",
    "Wil laten zien dat leeftijd geen probleem is.",
    "Wil schulden afbetalen en weer vooruit kunnen.",
    "Twijfelt nog; eerdere afwijzingen hakten erin.",
)  # fmt: skip
MOTIVATION_NEWCOMER = (
    "Wil Nederlands leren door te werken.", "Wil een nieuw bestaan opbouwen in Nederland.",
    "Wil niet langer afhankelijk zijn; werkte in het land van herkomst altijd.",
)  # fmt: skip
CLIENT_NOTES = (
    "Werkt graag met vaste collega's; raakt onrustig bij veel wisselingen.",
    "Is bang om fouten te maken in het Nederlands; geruststellen helpt.",
    "Komt altijd op tijd, ook bij slecht weer op de fiets.",
    "Zegt snel ja; doorvragen of het echt past.",
    "Heeft een sterk netwerk in de eigen gemeenschap.",
    "Liever 's ochtends afspreken; 's middags kinderen ophalen.",
)  # fmt: skip

BARRIER_NOTES: dict[BarrierKind, tuple[str, ...]] = {
    BarrierKind.LANGUAGE: ("Taalniveau A2; volgt les op dinsdag en donderdag.",
                           "Begrijpt veel, maar spreekt nog onzeker.",
                           "Schrijven is lastig; mondeling gaat redelijk."),
    BarrierKind.NO_STARTKWALIFICATIE: ("Heeft geen startkwalificatie; praktijkroute bekijken.",
                                       "Diploma uit herkomstland niet erkend."),
    BarrierKind.NO_NETWORK: ("Geen netwerk buiten de wijk.", "Kent niemand die werkt."),
    BarrierKind.SEARCH_STRATEGIES: ("Weet niet hoe je een open sollicitatie doet.",
                                    "Reageert alleen op vacaturesites, nooit bellen."),
    BarrierKind.DISCRIMINATION: ("Eerder afgewezen vanwege hoofddoek; erg onzeker daardoor.",
                                 "Na afwijzingen om de naam gestopt met solliciteren."),
    BarrierKind.HEALTH: ("Rugklachten; geen zwaar tilwerk.", "Migraine; vaste rustmomenten."),
    BarrierKind.AGE: ("Werkgevers vinden 55+ vaak te duur; loonkostenvoordeel noemen.",
                      "Voelt zich 'te oud'; ervaring juist benadrukken."),
    BarrierKind.DEBTS: ("Schuldhulpverlening loopt via de gemeente.",
                        "Beslag op uitkering; stress over geld."),
    BarrierKind.CHILDCARE: ("Kinderopvang pas geregeld vanaf september.",
                            "Alleenstaande ouder; alleen schooltijden."),
    BarrierKind.HOME_SITUATION: ("Woont tijdelijk bij familie.", "Spanningen thuis."),
    BarrierKind.TRAUMA: ("Oorlogsverleden; slaapt slecht. Contact met GGZ.",),
    BarrierKind.STATUS_LOSS: ("Was ingenieur; moeite met eenvoudig werk beginnen.",),
    BarrierKind.ADDICTION: ("Alcoholgebruik in het verleden; nu in behandeling, gaat goed.",
                            "Gokschulden en -verslaving; begeleiding via de verslavingszorg."),
    BarrierKind.UNSAFE_WORKPLACE: ("Werd bij de vorige baan buitengesloten door het team.",
                                   "Onveilige werkplek gehad (pesten); wil vooraf kennismaken."),
}  # fmt: skip
INTERVENTION_GOALS: dict[InterventionKind, tuple[str, ...]] = {
    InterventionKind.SCHOOLING: ("VCA-basis behalen", "Heftruckcertificaat halen",
                                 "HACCP-certificaat halen"),
    InterventionKind.LANGUAGE_COURSE: ("Taalniveau B1 halen", "Werkgerelateerd Nederlands"),
    InterventionKind.TRAINING: ("Sollicitatietraining: gesprek oefenen",
                                "Workshop sollicitatiebrief en cv"),
    InterventionKind.LEARNING_WORKPLACE: ("Leerwerkplek in de groenvoorziening",
                                          "Leerwerkplek keuken"),
    InterventionKind.WORK_EXPERIENCE: ("Werkritme opbouwen, 3 dagen per week",
                                       "Werkervaring opdoen in de horeca"),
    InterventionKind.RESILIENCE_TRAINING: ("Weerbaarheid bij afwijzing",),
    InterventionKind.JOBCOACH: ("Begeleiding eerste maanden op de werkvloer",),
    InterventionKind.OTHER: ("Schuldhulp opstarten", "Kinderopvang regelen"),
}  # fmt: skip
PROVIDERS = (
    "Taalhuis Rotterdam", "ROC Albeda", "Zadkine", "Werkgeversservicepunt Rijnmond",
    "Stichting Kans", "Buurtcentrum De Wending", "Jobcoach Jansen & Partners",
    "Opleidingscentrum Transport & Logistiek", "Leerwerkbedrijf Groen Rijnmond",
)  # fmt: skip
#: evaluations by the effect seen, 1 (none) .. 5 (strong)
EVALUATIONS: dict[int, tuple[str, ...]] = {
    1: ("Geen effect te zien; komt onregelmatig en haakt af bij theorie.",
        "Niets veranderd; de cursus sloot niet aan bij wat ze nodig heeft."),
    2: ("Weinig effect; te theoretisch. Leren in de praktijk lijkt beter te passen.",
        "Kleine stap: durft iets meer, maar valt terug bij tegenslag."),
    3: ("Enig effect: gesprekken gaan beter, schrijven nog lastig.",
        "Werkritme redelijk; drie dagen lukt, vier nog niet."),
    4: ("Duidelijk effect: meer zelfvertrouwen in gesprekken.",
        "Certificaat gehaald; direct bruikbaar bij werkgevers.",
        "Werkritme gaat goed; nu vier dagen."),
    5: ("Sterk effect: belt nu zelf werkgevers en vraagt door.",
        "Taalniveau een hele stap omhoog; collega's merken het."),
}  # fmt: skip
#: how an intervention is done: the bejegening, per kind
APPROACHES: dict[InterventionKind, tuple[str, ...]] = {
    InterventionKind.SCHOOLING: (
        "Opleiding in de avond, zodat overdag werkervaring kan; wekelijks even bellen.",
        "Met de docent een haalbaar tempo afgesproken; examen pas als hij er klaar voor is.",
    ),
    InterventionKind.LANGUAGE_COURSE: (
        "Taalmaatje van dezelfde leeftijd; oefenen met woorden van de werkvloer.",
        "Kleine groep, twee ochtenden per week; elke les één werkgesprek naspelen.",
    ),
    InterventionKind.TRAINING: (
        "Leergericht: na elk oefengesprek bespreken wat ze ervan leerde, niet of het goed ging.",
        "Oefenen met een echte werkgever uit het netwerk; daarna nabespreken.",
    ),
    InterventionKind.LEARNING_WORKPLACE: (
        "Vaste werkbegeleider; elke vrijdag tien minuten terugkijken op de week.",
        "Begint met vier uur per dag; opbouw in overleg, tempo van de cliënt.",
    ),
    InterventionKind.WORK_EXPERIENCE: (
        "Drie dagen per week, vaste collega's; jobhunter komt elke twee weken langs.",
        "Zelf gekozen werkplek dichtbij huis; afspraken op papier, samen ondertekend.",
    ),
    InterventionKind.RESILIENCE_TRAINING: (
        "Groepstraining met lotgenoten; erkennen wat er gebeurde, dan oefenen met reageren.",
        "Individueel, in de eigen taal, met een vertrouwde begeleider.",
    ),
    InterventionKind.JOBCOACH: (
        "Jobcoach op de werkvloer, eerst wekelijks, later op afroep; werkgever weet wie hij belt.",
        "Jobcoach bespreekt signalen vroeg met de leidinggevende; korte lijnen.",
    ),
    InterventionKind.OTHER: (
        "Warme overdracht naar schuldhulp; eerste gesprek samen gevoerd.",
        "Praktische hulp: samen de aanvraag ingevuld en de afspraak gemaakt.",
    ),
}  # fmt: skip
REFLECTIONS = (
    "Ik praat te snel als ik zenuwachtig ben; volgende keer eerst ademhalen.",
    "Ik durfde te vragen wat er precies van me verwacht wordt. Dat gaf rust.",
    "Na de afwijzing gebeld waarom: te weinig ervaring met de kassa. Dat kan ik leren.",
    "Ik vertelde over mijn werk als kok; de werkgever stelde daarna meer vragen.",
    "Op tijd vertrokken en tien minuten te vroeg. Voelde me minder gehaast.",
    "Ik merk dat ik het lastig vind om hulp te vragen; wel gedaan bij de planning.",
    "Zelf een werkgever gebeld. Spannend, maar hij was vriendelijk.",
    "Drie sterke punten opgeschreven en hardop geoefend met mijn dochter.",
)  # fmt: skip
REFLECTIONS_ACHIEVED = (
    "Lukt nu zonder voorbereiding op papier; ik weet wat ik wil zeggen.",
    "Dit gaat vanzelf nu; nieuw leerdoel kiezen.",
    "Werkgever zei dat ik goed doorvroeg. Doel gehaald.",
)  # fmt: skip
LEARNING_GOALS = (
    "Na elk gesprek opschrijven wat ik leerde.", "Zelf een werkgever bellen en doorvragen.",
    "Mijn sterke punten in drie zinnen kunnen vertellen.", "Op tijd komen: tien minuten eerder.",
    "Om hulp vragen als ik iets niet begrijp.", "Na een afwijzing vragen wat beter kan.",
)  # fmt: skip
NEXT_ACTIONS = (
    "Bellen over taalcursus", "Cv afmaken", "Werkverkenner laten invullen",
    "Voorstellen bij werkgever", "Evaluatie proefplaatsing plannen", "Huisbezoek",
    "Plan van aanpak bespreken", "Terugkoppeling sollicitatie",
)  # fmt: skip

#: per sector: company-type words and name parts; surnames of BACKGROUNDS are mixed in too
COMPANY_NAMES: dict[Sector, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Sector.CLEANING: (("Schoonmaakbedrijf", "Schoonmaakdiensten", "Facilitair Bedrijf"),
                      ("De Glans", "Helder", "Schoon & Co", "Rijnmond", "Blinkend",
                       "De Spons", "Stralend")),
    Sector.CATERING: (("Restaurant", "Catering", "Lunchroom", "Brasserie", "Eetcafé"),
                      ("De Smaak", "Het Veerhuis", "Mevlana", "Zuid", "De Maas",
                       "Het Witte Huis", "De Pollepel")),
    Sector.GREEN: (("Groenvoorziening", "Hoveniersbedrijf", "Groenbeheer"),
                   ("De Linde", "Buitenwerk", "Groen Rijnmond", "Den Hartog", "De Eik",
                    "Het Groene Hart")),
    Sector.PRODUCTION: (("Metaalbewerking", "Bakkerij", "Verpakkingen", "Drukkerij",
                         "Kunststoffen"),
                        ("Havenstad", "Het Korenschoof", "Pak-it", "Maasdelta", "De Molen",
                         "Vlietland")),
    Sector.LOGISTICS: (("Distributiecentrum", "Logistiek", "Warehousing"),
                       ("Waalhaven", "Europoort", "Rijnmond", "Snelpak", "Botlek",
                        "Maasvlakte")),
    Sector.CARE: (("Zorggroep", "Woonzorgcentrum", "Thuiszorg"),
                  ("De Linde", "Zonnehuis", "Het Anker", "De Meeuw", "Ouderenzorg Zuid",
                   "De Horst")),
    Sector.TRANSPORT: (("Transportbedrijf", "Koeriersdienst", "Taxicentrale"),
                       ("Snel", "Rotterdam Zuid", "De Haas", "Zuid-Holland", "Express",
                        "Maasstad")),
}  # fmt: skip
#: suffixes after a name part, and after a family name ("Bakkerij Öztürk & Zn.")
COMPANY_SUFFIXES = ("", "", "", "", " B.V.", " Rijnmond")
FAMILY_SUFFIXES = ("", "", "", " B.V.", " & Zn.")

WORKPLACES: dict[Sector, tuple[str, ...]] = {
    Sector.CLEANING: ("Schoonmaker kantoren", "Glazenwasser", "Medewerker huishouding",
                      "Schoonmaker ziekenhuis"),
    Sector.CATERING: ("Afwasser", "Keukenhulp", "Medewerker bediening", "Kok",
                      "Medewerker bedrijfsrestaurant"),
    Sector.GREEN: ("Medewerker groen", "Hovenier", "Medewerker straatreiniging"),
    Sector.PRODUCTION: ("Productiemedewerker", "Inpakker", "Machineoperator",
                        "Medewerker bakkerij"),
    Sector.LOGISTICS: ("Orderpicker", "Magazijnmedewerker", "Heftruckchauffeur",
                       "Medewerker retouren"),
    Sector.CARE: ("Medewerker facilitair", "Helpende zorg", "Gastvrouw restaurant",
                  "Medewerker wasserij"),
    Sector.TRANSPORT: ("Bijrijder", "Chauffeur bestelbus", "Taxichauffeur",
                       "Koerier op de e-bike"),
}  # fmt: skip
WORKPLACE_TASKS: dict[Sector, tuple[str, ...]] = {
    Sector.CLEANING: ("Kantoren en sanitair schoonmaken, vaak vroeg in de ochtend.",
                      "Vaste route door het gebouw; werken in een klein team."),
    Sector.CATERING: ("Afwas, voorbereiden van groenten, keuken schoonhouden.",
                      "Gasten bedienen en tafels afruimen; drukke lunch."),
    Sector.GREEN: ("Maaien, snoeien en onkruid wieden in de wijk.",
                   "Plantsoenen onderhouden; werken in een ploeg van vier."),
    Sector.PRODUCTION: ("Producten inpakken en controleren aan de lopende band.",
                        "Machine bedienen en bijvullen; ploegendienst mogelijk."),
    Sector.LOGISTICS: ("Orders verzamelen met een handscanner.",
                       "Goederen ontvangen, controleren en wegzetten."),
    Sector.CARE: ("Maaltijden rondbrengen, koffie schenken, praatje maken.",
                  "Linnen en kleding wassen en sorteren."),
    Sector.TRANSPORT: ("Pakketten bezorgen in de regio; vaste route.",
                       "Meerijden en helpen bij laden en lossen."),
}  # fmt: skip
CONTRACT_FORMS = (
    "proefplaatsing 2 maanden met behoud van uitkering", "tijdelijk contract 6 maanden",
    "tijdelijk contract 12 maanden", "leerwerkplek, daarna contract", "vast contract",
    "detachering via het Werkgeversservicepunt", "proefplaatsing 1 maand, daarna 6 maanden",
    "tijdelijk contract 7 maanden met loonkostensubsidie",
)  # fmt: skip
#: how a workplace could be carved or reshaped so it fits (jobcarving, functiecreatie)
JOBCARVING: dict[Sector, tuple[str, ...]] = {
    Sector.CLEANING: ("Sanitair en afval apart van het kantoorwerk: een vaste taak voor één "
                      "medewerker.",),
    Sector.CATERING: ("Afwas en voorbereiding los van de kookwerkzaamheden; de koks winnen "
                      "tijd.", "Lunchuitgifte als eigen functie, vaste uren 11-15."),
    Sector.GREEN: ("Zwerfvuil prikken en bankjes schoonmaken los van het maaiwerk.",),
    Sector.PRODUCTION: ("Inpakken en etiketteren apart van het machinewerk.",
                        "Controle van de eindproducten als aparte taak."),
    Sector.LOGISTICS: ("Retouren sorteren los van het orderpicken; geen productienorm.",),
    Sector.CARE: ("Koffie schenken en maaltijden rondbrengen los van de zorgtaken.",
                  "Wasserij: alleen sorteren en vouwen, geen machines."),
    Sector.TRANSPORT: ("Laden en lossen op het depot zonder zelf te rijden.",),
}  # fmt: skip
#: why a client was proposed although a hard requirement is known to fail, per requirement
OVERRIDE_REASONS: dict[RequirementKind, tuple[str, ...]] = {
    RequirementKind.DUTCH_LEVEL: (
        "Taalniveau lager dan gevraagd; werkgever zorgt voor een taalmaatje op de werkvloer.",
        "Spreekt beter dan de toets zegt; werkgever wil kennismaken en zelf beoordelen.",
    ),
    RequirementKind.HOURS: (
        "Minder uren beschikbaar; werkgever akkoord met opbouw in drie maanden.",
        "Kinderopvang is vanaf volgende maand geregeld; dan zijn de uren er wel.",
    ),
    RequirementKind.DRIVING_LICENCE: (
        "Rijlessen lopen, examen over zes weken; werkgever wil nu al kennismaken.",
    ),
    RequirementKind.CERTIFICATE: ("Cursus is ingepland; werkgever betaalt het certificaat.",),
    RequirementKind.OTHER: ("Besproken met de werkgever; eis blijkt niet hard.",),
}  # fmt: skip
CONSENT_SCOPES = (
    "Cv, werkervaring en taalniveau; geen gezondheidsinformatie.",
    "Cv en wat de cliënt kan; belemmeringen alleen na overleg.",
    "Alles wat nodig is voor de plaatsing, inclusief ondersteuningsbehoefte.",
)  # fmt: skip
COLLEAGUE_SCOPES = (
    "Het hele dossier, voor overdracht bij vakantie of ziekte.",
    "Contactgegevens en plan van aanpak, voor de jobcoach.",
)  # fmt: skip

#: (certificate a sector asks for, or None)
SECTOR_CERTIFICATES: dict[Sector, tuple[str, ...]] = {
    Sector.LOGISTICS: ("heftruckcertificaat", "VCA"),
    Sector.CATERING: ("HACCP",),
    Sector.PRODUCTION: ("VCA",),
    Sector.GREEN: ("VCA",),
    Sector.CARE: ("BHV",),
}  # fmt: skip
OTHER_REQUIREMENTS = (
    "Kan tillen tot 20 kg", "Bereid tot ploegendienst", "Geen bezwaar tegen werken in de kou",
    "Verklaring omtrent het gedrag (VOG)", "Representatief voorkomen",
    "Beschikbaar op zaterdag",
)  # fmt: skip

CONTACT_ROLES = (
    "HR-adviseur", "Teamleider", "Eigenaar", "Vestigingsmanager", "Planner",
    "Bedrijfsleider", "Office manager",
)  # fmt: skip
EMPLOYER_NOTES = (
    "Wil altijd eerst één cv zien, niet meerdere.",
    "Eigenaar kwam zelf ooit via de gemeente aan werk; gelooft in tweede kansen.",
    "Let op: ploegendienst, ook in het weekend.",
    "Social return-verplichting uit aanbesteding gemeente; zoekt actief kandidaten.",
    "Groot personeelstekort; staat open voor proefplaatsingen.",
    "Wil alles weten over een kandidaat voor een gesprek.",
    "Vooral geïnteresseerd in loonkostensubsidie en no-riskpolis.",
    "Hecht aan MVO; doet mee aan het werkgeversakkoord.",
    "Sfeer op de vloer informeel; veel collega's met migratieachtergrond.",
    "Geen HR-afdeling; eigenaar beslist alles zelf.",
)  # fmt: skip
ENDED_REASONS = (
    "Bedrijf verhuisd naar Brabant.", "Failliet verklaard; samenwerking gestopt.",
    "Overgenomen door een landelijke keten; HR loopt nu via het hoofdkantoor.",
)  # fmt: skip
DISCRIMINATION_REASONS = (
    "Weigerde twee kandidaten openlijk vanwege afkomst; samenwerking beëindigd.",
    "Wilde 'geen hoofddoeken aan de balie'; samenwerking beëindigd en gemeld.",
)  # fmt: skip

STAGE_NOTES: dict[Stage, tuple[str, ...]] = {
    Stage.PROPOSED: ("Warme introductie: kandidaat telefonisch voorgesteld.",
                     "Cv gestuurd met een korte toelichting."),
    Stage.EMPLOYER_PREBRIEF: ("Werkgever gebriefd over kandidaat en proefplaatsing.",
                              "Voorbespreking: echte minimumeisen doorgenomen."),
    Stage.INTERVIEW_PLANNED: ("Gesprek gepland; kandidaat voorbereid op vragen en kleding.",
                              "Kennismakingsgesprek op de werkvloer; ik ga mee."),
    Stage.DEBRIEF: ("Nabespreking: werkgever positief, kandidaat ook.",
                    "Nabespreking: werkgever twijfelt over taal, wil wel proefplaatsing."),
    Stage.TRIAL_PLACEMENT: ("Plaatsing gestart; afspraken op papier.",
                            "Eerste werkdag goed verlopen."),
    Stage.CONTRACT: ("Contract getekend na een geslaagde start.",
                     "Contract getekend; werkgever en werknemer tevreden."),
}  # fmt: skip
OUTCOME_REASONS: dict[Stage, tuple[str, ...]] = {
    Stage.REJECTED: ("Werkgever koos een kandidaat met meer ervaring.",
                     "Te weinig Nederlands voor de veiligheidsinstructies.",
                     "Werkgever vond de beschikbaarheid te beperkt."),
    Stage.WITHDRAWN: ("Cliënt vond de reistijd te lang.", "Cliënt kreeg een andere baan.",
                      "Kinderopvang bleek niet te regelen voor deze uren."),
    Stage.DROPPED_OUT: ("Uitgevallen door gezondheidsklachten.",
                        "Conflict met leidinggevende; niet meer verschenen.",
                        "Werk bleek fysiek te zwaar."),
}  # fmt: skip
DISCRIMINATION_REJECTION = "Werkgever wees de kandidaat af om de afkomst; gemeld en vastgelegd."
NEXT_STEPS: dict[Stage, tuple[str, ...]] = {
    Stage.PROPOSED: ("Werkgever nabellen", "Cv nasturen"),
    Stage.EMPLOYER_PREBRIEF: ("Gesprek inplannen", "Contractvorm afstemmen"),
    Stage.INTERVIEW_PLANNED: ("Gesprek voorbereiden", "Route oefenen"),
    Stage.DEBRIEF: ("Proefplaatsing regelen", "Papierwerk uitkering"),
    Stage.TRIAL_PLACEMENT: ("Evaluatie plannen", "Contract bespreken"),
}  # fmt: skip

#: (kind, summary) pairs, so a "huisbezoek" is a visit and a "mail" an e-mail
CLIENT_CONTACTS: tuple[tuple[ContactKind, str], ...] = (
    (ContactKind.CALL, "Gebeld over de voortgang"),
    (ContactKind.CALL, "Afspraak verzet: kind ziek"),
    (ContactKind.CALL, "Niet verschenen; opnieuw gebeld"),
    (ContactKind.CALL, "Even bijgepraat"),
    (ContactKind.VISIT, "Gesprek over plan van aanpak"),
    (ContactKind.VISIT, "Cv samen bijgewerkt"),
    (ContactKind.VISIT, "Sollicitatiegesprek voorbereid"),
    (ContactKind.VISIT, "Huisbezoek: situatie thuis besproken"),
    (ContactKind.EMAIL, "Mail met vacature gestuurd"),
    (ContactKind.EMAIL, "Werkverkenner-link gemaild"),
    (ContactKind.NOTE, "Reflectie op gesprek bij werkgever"),
    (ContactKind.NOTE, "Overleg met schuldhulpverlening"),
)  # fmt: skip
EMPLOYER_CONTACTS: tuple[tuple[ContactKind, str], ...] = (
    (ContactKind.VISIT, "Bedrijfsbezoek: kennismaking en rondleiding"),
    (ContactKind.VISIT, "Werkplek besproken en eisen nagevraagd"),
    (ContactKind.CALL, "Gebeld over mogelijke kandidaat"),
    (ContactKind.CALL, "Nagebeld na bezoek"),
    (ContactKind.EMAIL, "Mail met informatie over loonkostensubsidie"),
    (ContactKind.EMAIL, "Nieuwsbrief MVO-platform gestuurd"),
    (ContactKind.NOTE, "Afspraak gemaakt voor bezoek"),
)  # fmt: skip
MATCH_CONTACTS: tuple[tuple[ContactKind, str], ...] = (
    (ContactKind.CALL, "Evaluatie plaatsing met werkgever en werknemer"),
    (ContactKind.VISIT, "Driegesprek op de werkvloer"),
    (ContactKind.CALL, "Nabespreking sollicitatiegesprek"),
    (ContactKind.EMAIL, "Papierwerk proefplaatsing rondgestuurd"),
)  # fmt: skip
NOTE_BODIES = (
    "Loopt goed; blijft wel onzeker over de taal.", "Werkgever wil graag nog een kandidaat.",
    "Afgesproken: volgende week opnieuw contact.", "Kinderopvang is nu geregeld.",
    "Vraagt of een jobcoach mogelijk is.", "Teamleider is tevreden over de inzet.",
    "Reiskosten nog niet vergoed; uitgezocht bij de gemeente.",
    "Had moeite met de vroege begintijd; samen een oplossing gezocht.",
)  # fmt: skip

APPOINTMENT_KINDS = (
    AppointmentKind.EMPLOYEE_CHECKIN, AppointmentKind.EMPLOYER_EVALUATION,
    AppointmentKind.EMPLOYEE_CHECKIN, AppointmentKind.JOBCOACH,
    AppointmentKind.EMPLOYER_EVALUATION, AppointmentKind.PROBLEM_FOLLOWUP,
)  # fmt: skip
APPOINTMENT_DONE_NOTES = (
    "Gaat goed; wil meer uren.", "Werkgever tevreden; contract wordt verlengd.",
    "Kleine botsing met collega besproken; opgelost.", "Jobcoach komt nog twee keer.",
    "Reistijd zwaar; bekeken of een andere dienst kan.",
)  # fmt: skip
APPOINTMENT_CANCELLED_NOTES = (
    "Afgezegd door werkgever: drukte.", "Werknemer ziek; nieuwe afspraak volgt.",
)  # fmt: skip
APPOINTMENT_PLANNED_NOTES = (
    "Bespreken: uren en rooster.", "Vragen naar de eerste weken.", None, None,
)  # fmt: skip
