"""Texts of the commands' manuals: the sections of their ``--help`` epilogs.

``help.manual.*`` are shared by several commands (datasets, invalid data, exit codes);
``help.<command>.*`` belong to one command. Each is laid out by hand, lines of at most
90 characters, as argparse prints epilogs as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

_SHARED: Final[Mapping[str, Mapping[str, str]]] = {
    "help.manual.examples": {"en": "examples:", "nl": "voorbeelden:"},
    "help.manual.exit_codes": {
        "en": """\
exit codes: 0 success, 1 invalid data or rules, a write error or not enough memory,
  2 wrong usage, 70 internal error, 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).
""",
        "nl": """\
afsluitcodes: 0 gelukt, 1 ongeldige gegevens of regels, een schrijffout of te weinig
  geheugen, 2 verkeerd gebruik, 70 interne fout, 130 onderbroken (Ctrl-C), 143 beëindigd
  (SIGTERM).
""",
    },
    "help.manual.exit_codes_check": {
        "en": "exit codes: 0 valid, 1 invalid, 2 wrong usage.\n",
        "nl": "afsluitcodes: 0 geldig, 1 ongeldig, 2 verkeerd gebruik.\n",
    },
    "help.manual.dataset": {
        "en": """\
dataset:
  A folder of CSV files (one header row; comma, semicolon or tab between the columns;
  UTF-8 or Windows-1252, as Excel saves them) named after the tables of the data
  contract, or one .xlsx workbook with one sheet per table (needs
  pip install 'teleworkrules[xlsx]'): staff (required), telework, telework_days,
  internet, absences, material_requests, payments, or their Dutch names (personeel,
  thuiswerk, thuiswerkdagen, afwezigheden, materiaalaanvragen, betalingen). Dutch column
  names and values are accepted (personeelsnummer, datum_in_dienst, statutair,
  derdebetaler, ja/nee, ...). Dates are YYYY-MM-DD or day first (DD/MM/YYYY, never month
  first), months YYYY-MM or MM/YYYY, decimals use a point or a comma. A .csv file or
  sheet named after no table is a problem, never ignored.
""",
        "nl": """\
dataset:
  Een map met CSV-bestanden (één kopregel; komma, puntkomma of tab tussen de kolommen;
  UTF-8 of Windows-1252, zoals Excel ze bewaart) met de namen van de tabellen van het
  datacontract, of één .xlsx-werkmap met één blad per tabel (vraagt
  pip install 'teleworkrules[xlsx]'): personeel (verplicht), thuiswerk, thuiswerkdagen,
  internet, afwezigheden, materiaalaanvragen, betalingen, of hun Engelse namen (staff,
  telework, telework_days, absences, material_requests, payments). Kolomnamen en
  waarden mogen in het Nederlands (personeelsnummer, datum_in_dienst, statutair,
  derdebetaler, ja/nee, ...). Datums zijn JJJJ-MM-DD of met de dag eerst (DD/MM/JJJJ,
  nooit de maand eerst), maanden JJJJ-MM of MM/JJJJ; decimalen met een punt of een
  komma. Een CSV-bestand of blad dat naar geen enkele tabel genoemd is, is een probleem
  en wordt nooit genegeerd.
""",
    },
    "help.manual.invalid": {
        "en": """\
invalid data:
  Every problem is listed on stderr (table, row, column, value, what was expected) and
  nothing is evaluated or written (exit code 1), unless --skip-invalid is given: then the
  valid rows are used and every skipped row is listed. The same problem in many rows is
  shown once with its count and first rows; --problems FILE (.csv or .xlsx, Dutch
  headers with --lang nl) writes every problem, one per row with its code, to work
  through. --limit NAME=N raises a reading limit (see the security and limits page).
""",
        "nl": """\
ongeldige gegevens:
  Elk probleem wordt op stderr opgesomd (tabel, rij, kolom, waarde, wat verwacht werd) en
  er wordt niets berekend of geschreven (afsluitcode 1), tenzij --skip-invalid gegeven
  is: dan worden de geldige rijen gebruikt en wordt elke overgeslagen rij opgesomd.
  Hetzelfde probleem in veel rijen wordt één keer getoond, met het aantal en de eerste
  rijen; --problems BESTAND (.csv of .xlsx, Nederlandse kolomkoppen met --lang nl)
  schrijft elk probleem weg, één per rij met zijn code, om af te werken. --limit NAAM=N
  verhoogt een leeslimiet (zie de pagina over beveiliging en limieten).
""",
    },
}

_ENTITLEMENTS: Final[Mapping[str, Mapping[str, str]]] = {
    "help.entitlements.computes": {
        "en": """\
what it computes:
  For every staff member and every month from --from to --to, the allowances owed
  under the rules as known on --as-known-on (default: today).
""",
        "nl": """\
wat het berekent:
  Voor elk personeelslid en elke maand van --from tot --to: de vergoedingen die
  verschuldigd zijn volgens de regels zoals gekend op --as-known-on (standaard: vandaag).
""",
    },
    "help.entitlements.rules": {
        "en": """\
the rules:
  internet_forfait      VPS art. VII 109: {forfait} a month paid with salary
  internet_third_party  VPS art. VII 109: the employer pays the provider; a {benefit}
                        benefit in kind is added to salary and nothing is paid
  home_working          sectoral agreement 2020-2022 (decided {decided}, owed from
                        {owed_from}): {home} a month for at least {per_week} telework {unit} a week
  The situation on the first day of the month in service decides the month; a month
  granted is granted in full. 'teleworkrules rules' lists every amount, date and setting
  with its legal source.
""",
        "nl": """\
de regels:
  internet_forfait      VPS art. VII 109: {forfait} per maand, betaald met het loon
  internet_third_party  VPS art. VII 109: de werkgever betaalt de provider
                        (derdebetalersregeling); een voordeel van alle aard van {benefit}
                        wordt bij het loon geteld en er wordt niets uitbetaald
  home_working          sectoraal akkoord 2020-2022 (beslist op {decided}, verschuldigd
                        vanaf {owed_from}): {home} per maand bij minstens {per_week} {unit}
                        per week
  De toestand op de eerste dag in dienst van de maand bepaalt de hele maand; een
  toegekende maand wordt volledig toegekend. 'teleworkrules rules' toont elk bedrag, elke
  datum en elke instelling met zijn wettelijke bron.
""",
    },
    "help.entitlements.day": {"en": "day", "nl": "telewerkdag"},
    "help.entitlements.days": {"en": "days", "nl": "telewerkdagen"},
    "help.entitlements.output": {
        "en": """\
output:
  CSV with the header employee_id,month,allowance,amount,benefit_in_kind; one row per
  allowance granted to a person for a month, sorted by employee_id, month, allowance.
  Months with nothing granted have no row. --format excel-csv writes the same CSV for a
  Belgian Excel (semicolons, decimal commas, UTF-8 with BOM); --output FILE.xlsx a
  workbook with one filterable sheet and euro formats (at most 1,048,575 rows; needs
  pip install 'teleworkrules[xlsx]'). With --output FILE the extension picks the format
  (.csv or .xlsx; anything else is refused) and --format may only agree with it; the
  file is written only when the whole run succeeds and is confirmed on stderr.
""",
        "nl": """\
uitvoer:
  CSV met de kopregel employee_id,month,allowance,amount,benefit_in_kind; één rij per
  vergoeding die een persoon voor een maand krijgt, gesorteerd op employee_id, month,
  allowance. Maanden zonder toegekende vergoeding hebben geen rij. --format excel-csv
  schrijft dezelfde CSV voor een Belgische Excel (puntkomma's, decimale komma's, UTF-8
  met BOM); --output BESTAND.xlsx een werkmap met één filterbaar blad en euroformaten
  (hoogstens 1.048.575 rijen; vraagt pip install 'teleworkrules[xlsx]'). Met --output
  BESTAND kiest de extensie het formaat (.csv of .xlsx; al het andere wordt geweigerd)
  en mag --format er enkel mee overeenstemmen; het bestand wordt pas geschreven als de
  hele berekening lukt, en wordt op stderr bevestigd.
""",
    },
}

_REPORT: Final[Mapping[str, Mapping[str, str]]] = {
    "help.report.answers": {
        "en": """\
what it answers (per calendar year of the period):
  1a  staff per internet route and with the home-working allowance: persons,
      percentages of the staff in service and of the average monthly headcount,
      person-months, people who switched route
  1b  cost: forfait and home-working allowance on accrual basis (entitlement month) and
      cash basis (payments.paid_on); the third-party employer cost
  2a  material budgets of the entity, structural and one-off
  2b  material requests per item: persons, spending, requests not meeting the conditions
  Every definition is printed with the JSON and in the Excel file.
""",
        "nl": """\
wat het beantwoordt (per kalenderjaar van de periode):
  1a  personeel per internetregeling en met de thuiswerkvergoeding: personen,
      percentages van het personeel in dienst en van de gemiddelde personeelsbezetting
      per maand, persoonsmaanden, personen die van regeling veranderden
  1b  kostprijs: forfait en thuiswerkvergoeding op transactiebasis (maand van het recht)
      en op kasbasis (payments.paid_on); de werkgeverskost van de derdebetalersregeling
  2a  materiaalbudgetten van de entiteit, structureel en eenmalig
  2b  materiaalaanvragen per item: personen, uitgaven, aanvragen die niet aan de
      voorwaarden voldoen
  Elke definitie staat bij de JSON en in het Excel-bestand.
""",
    },
    "help.report.without_dataset": {
        "en": """\
without DATASET:
  The bundled synthetic DWSE dataset over {start}..{end}, the period of written
  question no. 55 of 8 November 2023: it reproduces DWSE's published figures.
""",
        "nl": """\
zonder DATASET:
  De meegeleverde synthetische dataset van het DWSE over {start}..{end}, de periode van
  schriftelijke vraag nr. 55 van 8 november 2023: hij geeft de gepubliceerde cijfers van
  het DWSE opnieuw.
""",
    },
    "help.report.formats": {
        "en": """\
formats:
  table (default, fits the terminal's width), json (the data contract's report JSON
  plus percentages, budgets, material and definitions), csv (year,section,measure,value;
  the header in the run's language), excel-csv (the same CSV for a Belgian Excel:
  semicolons, decimal commas, UTF-8 with BOM), xlsx (the answer in sentences, then one
  sheet per question with a chart, a sheet of definitions and sources; ready to print;
  needs pip install 'teleworkrules[xlsx]'). With --output FILE the file's extension picks
  the format (.txt table, .json, .csv, .xlsx; anything else is refused), and --format may
  only agree with it (excel-csv with .csv); the file is confirmed on stderr and nothing
  is printed. With --skip-invalid every output says what was skipped.
""",
        "nl": """\
formaten:
  table (standaard, past in de breedte van de terminal), json (de rapport-JSON van het
  datacontract, aangevuld met percentages, budgetten, materiaal en definities), csv
  (jaar,onderdeel,maatstaf,waarde), excel-csv (dezelfde CSV voor een Belgische Excel:
  puntkomma's, decimale komma's, UTF-8 met BOM), xlsx (het antwoord in zinnen, dan één
  blad per vraag met een grafiek, een blad met definities en bronnen; klaar om af te
  drukken; vraagt pip install 'teleworkrules[xlsx]'). Met
  --output BESTAND kiest de extensie van het bestand het formaat (.txt tabel, .json, .csv,
  .xlsx; al het andere wordt geweigerd), en mag --format er enkel mee overeenstemmen
  (excel-csv met .csv); het bestand wordt op stderr bevestigd en er wordt niets getoond.
  Met --skip-invalid vermeldt elke uitvoer wat overgeslagen werd.
""",
    },
}

_ARREARS: Final[Mapping[str, Mapping[str, str]]] = {
    "help.arrears.causes": {
        "en": """\
causes:
  rule_changed     a rule or amount applies to the month but became known after the
                   comparison date (e.g. the home-working allowance: owed from 2023-01,
                   decided on 2023-09-08); the parameter and its source are named
  not_paid         owed but nothing paid for the month (e.g. not yet paid)
  not_owed         paid but not owed: to recover
  payment_differs  paid a different amount than owed
""",
        "nl": """\
oorzaken:
  rule_changed     een regel of bedrag geldt voor de maand, maar werd pas na de
                   vergelijkingsdatum gekend (bv. de thuiswerkvergoeding: verschuldigd
                   vanaf 2023-01, beslist op 2023-09-08); de parameter en zijn bron
                   worden vermeld
  not_paid         verschuldigd, maar niets betaald voor de maand (bv. nog niet betaald)
  not_owed         betaald, maar niet verschuldigd: terug te vorderen
  payment_differs  een ander bedrag betaald dan verschuldigd
""",
    },
    "help.arrears.output": {
        "en": """\
output:
  table (default): totals per year and allowance, then per person the months, the
  difference and the cause; csv: one row per person, month and allowance with a
  difference (employee_id,month,allowance,owed,paid,difference,cause,parameter,
  known_from,source) for a payroll correction run; excel-csv: the same CSV for a
  Belgian Excel (semicolons, decimal commas, UTF-8 with BOM); json: the same with
  totals; xlsx (needs pip install 'teleworkrules[xlsx]'). With --output FILE the file's
  extension picks the format (.txt table, .json, .csv, .xlsx; anything else is refused),
  and --format may only agree with it (excel-csv with .csv); the file is confirmed on
  stderr and nothing is printed.
""",
        "nl": """\
uitvoer:
  table (standaard): totalen per jaar en vergoeding, daarna per persoon de maanden, het
  verschil en de oorzaak; csv: één rij per persoon, maand en vergoeding met een verschil
  (employee_id,month,allowance,owed,paid,difference,cause,parameter,known_from,source)
  voor een correctieberekening in de loonadministratie; excel-csv: dezelfde CSV voor een
  Belgische Excel (puntkomma's, decimale komma's, UTF-8 met BOM); json: hetzelfde met
  totalen; xlsx (vraagt pip install 'teleworkrules[xlsx]'). Met --output BESTAND kiest de
  extensie van het bestand het formaat (.txt tabel, .json, .csv, .xlsx; al het andere
  wordt geweigerd), en mag --format er enkel mee overeenstemmen (excel-csv met .csv); het
  bestand wordt op stderr bevestigd en er wordt niets getoond.
""",
    },
}

_SIMULATE: Final[Mapping[str, Mapping[str, str]]] = {
    "help.simulate.reforms": {
        "en": """\
reforms:
  --set PARAMETER=VALUE@YYYY-MM overrides a parameter from a month on, e.g.
    --set internet.forfait.amount=25.00@2025-01
    --set home_working.min_days_per_week=2@2025-01
    --set entity.budget.monitors=45000.00@2025-01
  Values follow the parameter's unit (amounts with a point, true/false, codes).
""",
        "nl": """\
hervormingen:
  --set PARAMETER=WAARDE@JJJJ-MM wijzigt een parameter vanaf een maand, bv.
    --set internet.forfait.amount=25,00@2025-01
    --set home_working.min_days_per_week=2@2025-01
    --set entity.budget.monitors=45000,00@2025-01
  De waarden volgen de eenheid van de parameter (bedragen met een komma of een punt,
  ja/nee, codes).
""",
    },
    "help.simulate.initiative_file": {
        "en": "initiative file (TOML):",
        "nl": "initiatiefbestand (TOML):",
    },
    "help.simulate.output": {
        "en": """\
output:
  table (default), json or xlsx (needs pip install 'teleworkrules[xlsx]'). With --output
  FILE the file's extension picks the format (.txt, .json, .xlsx; anything else, .csv
  too, is refused: the comparison is no flat table) and --format may only agree with it;
  the file is confirmed on stderr and nothing is printed.
""",
        "nl": """\
uitvoer:
  table (standaard), json of xlsx (vraagt pip install 'teleworkrules[xlsx]'). Met
  --output BESTAND kiest de extensie van het bestand het formaat (.txt, .json, .xlsx; al
  het andere, ook .csv, wordt geweigerd: de vergelijking is geen platte tabel) en mag
  --format er enkel mee overeenstemmen; het bestand wordt op stderr bevestigd en er wordt
  niets getoond.
""",
    },
}

TEXTS: Final[Mapping[str, Mapping[str, str]]] = {
    **_SHARED,
    **_ENTITLEMENTS,
    **_REPORT,
    **_ARREARS,
    **_SIMULATE,
}
