/** The Dutch help text of the `wendbaar` command. */
export const usage = `Gebruik: wendbaar <opdracht> [opties]

Opdrachten:
  start                 Start Wendbaar: werkt de database bij, laadt bij een lege database de
                        demo-gemeente (tenzij WENDBAAR_DEMO=0) en serveert API en webapp.
  dev                   Voor ontwikkelaars: start de API zoals start, plus de Vite-ontwikkelserver
                        (http://localhost:5173) met hot reload; de webapp wordt niet gebouwd.
  migrate               Werkt de database bij naar de nieuwste versie en meldt wat is uitgevoerd.
    --app-rol ROL         (PostgreSQL, als eigenaar) geeft daarna de applicatierol haar rechten: lezen
                          en schrijven in het register, op audit_log alleen lezen en toevoegen
  demo                  Laadt een demo-organisatie in de database.
    --medewerkers N       aantal medewerkers (standaard 400, minimaal 20); het aantal teams groeit mee
    --seed S              startgetal voor de generator (standaard 2023): zelfde seed, zelfde organisatie
    --vervang             vervangt een bestaande organisatie (teams, medewerkers, expertises)
  audit verify          Controleert de keten van het auditlog met de sleutel en tegen het laatste
                        anker: meldt hoeveel regels zijn gecontroleerd en of de keten intact is, of
                        welke regels (id) buiten Wendbaar om zijn gewijzigd, vervalst of verwijderd
                        (exitcode 1). Verandert niets aan de database.
  audit anker           Schrijft de kop van de keten nu naar het ankerbestand (WENDBAAR_AUDIT_ANKER).
  audit export          Schrijft het auditlog als CSV (puntkomma's, UTF-8) naar stdout, nieuwste eerst.
    --van TIJDSTIP        vanaf dit moment (ISO 8601: 2026-01-01 of 2026-01-01T08:00:00Z; zonder
                          tijdzone UTC)
    --tot TIJDSTIP        tot (niet tot en met) dit moment
  account aanmaken      Maakt een account aan en toont een eenmalig wachtwoord; zo krijgt een lege
                        installatie haar eerste beheerder.
    --e-mail ADRES        e-mailadres (ook om via de identity provider te koppelen)
    --naam NAAM           naam zoals die in Wendbaar verschijnt
    --rol ROL             medewerker, teamleider, programmaregisseur, directeur, po, or, college of
                          beheerder; herhaal --rol voor meer rollen
  salaristabel laden    Laadt een salaristabel (Cao Gemeenten of eigen) uit een CSV- of XLSX-bestand
                        met de kolommen schaal, trede en bedrag (maandbedrag voltijd in euro); elke
                        foute rij wordt gemeld en dan wordt niets geladen (zie docs/loonsom.md).
    --bestand BESTAND     het .csv- of .xlsx-bestand
    --geldig-vanaf DATUM  de datum waarop de tabel ingaat (JJJJ-MM-DD)
    --naam NAAM           naam van de tabel (standaard "Salaristabel per DATUM")
  import BESTAND         Leest medewerkers, teams of formatieplaatsen uit een CSV- of XLSX-export van
                        het HR-systeem en toont wat er zou veranderen (proefimport) en elke foute
                        rij; exitcode 1 bij problemen. Zie docs/importeren-uit-het-hr-systeem.md.
    --soort SOORT         medewerkers, teams of formatieplaatsen
    --koppeling NAAM      een opgeslagen kolomkoppeling (standaard: voorgesteld uit de kolomkoppen)
    --peildatum DATUM     ingangsdatum van de wijzigingen (JJJJ-MM-DD, standaard vandaag)
    --volledig            het bestand is het volledige personeelsbestand: wie ontbreekt gaat uit dienst
    --reden TEKST         reden voor wijzigingen met terugwerkende kracht
    --doorvoeren          voert de import door, alles of niets (zonder: alleen de proefimport)
  backup                Schrijft een back-up: alle tabellen en de schemaversie in één bestand (gzip,
                        JSON-regels), uit één consistente momentopname. Met PostgreSQL kan dat naast
                        de draaiende server; bij PGlite haalt de beheerder de back-up uit de draaiende
                        server (GET /api/v1/beheer/backup), zie docs/overstappen-naar-postgresql.md.
    --uit BESTAND         waarheen (standaard wendbaar-backup-JJJJMMDD-UUMMSS.jsonl.gz)
  restore BESTAND       Zet een back-up terug in een lege database, in één transactie; een back-up van
                        een oudere versie wordt daarna bijgewerkt, een van een nieuwere geweigerd.
    --app-rol ROL         (PostgreSQL, als eigenaar) geeft daarna de applicatierol haar rechten
  help                  Toont deze tekst.

Omgevingsvariabelen:
  PORT                  poort van de webserver (standaard 3000)
  HOST                  adres van de webserver (standaard localhost; 0.0.0.0 voor alle adressen)
  DATABASE_URL          PostgreSQL-database, bijvoorbeeld postgresql://gebruiker:wachtwoord@host/wendbaar;
                        zonder deze variabele gebruikt Wendbaar PGlite in WENDBAAR_DATA_DIR
  WENDBAAR_DATA_DIR     map voor de PGlite-database (standaard ./data); die kan maar door één proces
                        tegelijk worden gebruikt: stop de server voor migrate, demo, account en audit
  WENDBAAR_DEMO         0 = begin met een lege database in plaats van de demo-gemeente
  LOG_LEVEL             fatal, error, warn, info (standaard), debug, trace of silent
  WENDBAAR_SESSIE_INACTIEF_MINUTEN
                        een sessie eindigt na zoveel minuten zonder activiteit (standaard 30)
  WENDBAAR_SESSIE_MAX_UREN
                        een sessie eindigt zoveel uur na het inloggen, actief of niet (standaard 10)
  WENDBAAR_BEWAARTERMIJN_JAREN
                        jaren na uitdiensttreding waarna een medewerker geanonimiseerd mag worden
                        (standaard 2)
  WENDBAAR_AUDIT_SLEUTEL
                        geheime sleutel van het auditlog (minstens 32 bytes, hex of base64, bv.
                        openssl rand -hex 32); zonder: bij PGlite <datamap>.audit-sleutel
  WENDBAAR_AUDIT_ANKER  bestand buiten de database waar ankers van het auditlog bij komen
                        (standaard bij PGlite <datamap>.audit-anker.jsonl)
  WENDBAAR_AUDIT_ANKER_MINUTEN
                        om de hoeveel minuten de server een anker schrijft (standaard 15)
  OIDC_ISSUER           inloggen via de identity provider van de gemeente (OpenID Connect): het
                        adres van de provider; daarnaast OIDC_CLIENT_ID, OIDC_CLIENT_SECRET,
                        OIDC_REDIRECT_URL, OIDC_SCOPES, OIDC_PERSONEELSNUMMER_CLAIM en OIDC_NAAM
                        (zie docs/oidc.md)

Voorbeelden (in de projectmap):
  npm start
  npx wendbaar demo --medewerkers 25000 --vervang      (of: npm run wendbaar -- demo …)
  DATABASE_URL=postgresql://localhost/wendbaar npm run wendbaar -- migrate
  npx wendbaar audit verify
  npx wendbaar account aanmaken --e-mail beheer@gemeente.nl --naam "Functioneel beheer" --rol beheerder
  npx wendbaar salaristabel laden --bestand cao-2026-07.csv --geldig-vanaf 2026-07-01
  npx wendbaar audit export --van 2026-01-01 --tot 2026-02-01 > auditlog-januari.csv
  DATABASE_URL=postgresql://localhost/wendbaar npx wendbaar restore wendbaar-backup.jsonl.gz --app-rol wendbaar_app
`;
