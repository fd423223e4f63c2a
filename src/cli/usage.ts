/** The Dutch help text of the `wendbaar` command. */
export const usage = `Gebruik: wendbaar <opdracht> [opties]

Opdrachten:
  start                 Start Wendbaar: werkt de database bij, laadt bij een lege database de
                        demo-gemeente (tenzij WENDBAAR_DEMO=0) en serveert API en webapp.
  dev                   Voor ontwikkelaars: start de API zoals start, plus de Vite-ontwikkelserver
                        (http://localhost:5173) met hot reload; de webapp wordt niet gebouwd.
  migrate               Werkt de database bij naar de nieuwste versie en meldt wat is uitgevoerd.
  demo                  Laadt een demo-organisatie in de database.
    --medewerkers N       aantal medewerkers (standaard 400, minimaal 20); het aantal teams groeit mee
    --seed S              startgetal voor de generator (standaard 2023): zelfde seed, zelfde organisatie
    --vervang             vervangt een bestaande organisatie (teams, medewerkers, expertises)
  help                  Toont deze tekst.

Omgevingsvariabelen:
  PORT                  poort van de webserver (standaard 3000)
  HOST                  adres van de webserver (standaard localhost; 0.0.0.0 voor alle adressen)
  DATABASE_URL          PostgreSQL-database, bijvoorbeeld postgresql://gebruiker:wachtwoord@host/wendbaar;
                        zonder deze variabele gebruikt Wendbaar PGlite in WENDBAAR_DATA_DIR
  WENDBAAR_DATA_DIR     map voor de PGlite-database (standaard ./data)
  WENDBAAR_DEMO         0 = begin met een lege database in plaats van de demo-gemeente
  LOG_LEVEL             fatal, error, warn, info (standaard), debug, trace of silent

Voorbeelden (in de projectmap):
  npm start
  npx wendbaar demo --medewerkers 25000 --vervang      (of: npm run wendbaar -- demo …)
  DATABASE_URL=postgresql://localhost/wendbaar npm run wendbaar -- migrate
`;
