import type { Teksten } from './teksten';

/**
 * Texts of logging in, the account menu, what a role may see, and beheer (accounts and the
 * audit log).
 */
export const toegang = {
  'nav.accounts': { nl: 'Accounts', en: 'Accounts' },
  'nav.audit': { nl: 'Auditlog', en: 'Audit log' },
  'nav.gegevensbeheer': { nl: 'Gegevensbeheer', en: 'Data management' },

  'rollen.medewerker': { nl: 'Medewerker', en: 'Employee' },
  'rollen.teamleider': { nl: 'Teamleider', en: 'Team leader' },
  'rollen.programmaregisseur': { nl: 'Programmaregisseur', en: 'Programme director' },
  'rollen.directeur': { nl: 'Directeur', en: 'Director' },
  'rollen.po': { nl: 'P&O', en: 'HR' },
  'rollen.or': { nl: 'Ondernemingsraad', en: 'Works council' },
  'rollen.college': { nl: 'College van B&W', en: 'Executive board' },
  'rollen.beheerder': { nl: 'Beheerder', en: 'Administrator' },
  'rollen.medewerker.uitleg': {
    nl: 'eigen gegevens en expertises, basisgegevens van collega’s',
    en: 'own data and expertise, colleagues’ basic details',
  },
  'rollen.teamleider.uitleg': { nl: 'eigen teams volledig', en: 'own teams in full' },
  'rollen.programmaregisseur.uitleg': {
    nl: 'beschikbaarheid en expertise van iedereen',
    en: 'everyone’s availability and expertise',
  },
  'rollen.directeur.uitleg': {
    nl: 'de hele organisatie, teams en leidinggevenden; tweestapsverificatie verplicht',
    en: 'the whole organisation, teams and managers; two-step verification required',
  },
  'rollen.po.uitleg': {
    nl: 'personeelsgegevens en wijzigingen; tweestapsverificatie verplicht',
    en: 'personnel data and changes; two-step verification required',
  },
  'rollen.or.uitleg': { nl: 'alleen totalen', en: 'totals only' },
  'rollen.college.uitleg': { nl: 'alleen totalen', en: 'totals only' },
  'rollen.beheerder.uitleg': {
    nl: 'accounts en auditlog; tweestapsverificatie verplicht',
    en: 'accounts and audit log; two-step verification required',
  },

  'inloggen.titel': { nl: 'Inloggen', en: 'Log in' },
  'inloggen.wachtwoord': { nl: 'Wachtwoord', en: 'Password' },
  'inloggen.knop': { nl: 'Inloggen', en: 'Log in' },
  'inloggen.uitgelogd': { nl: 'U bent uitgelogd.', en: 'You have logged out.' },
  'inloggen.overalUitgelogd': {
    nl: 'U bent op alle apparaten uitgelogd.',
    en: 'You have logged out on all devices.',
  },
  'inloggen.verlopen': {
    nl: 'Uw sessie is verlopen. Log opnieuw in; daarna gaat u verder waar u was.',
    en: 'Your session has expired. Log in again; you will then continue where you were.',
  },
  'inloggen.teVaak': {
    nl: 'Er is te vaak geprobeerd in te loggen. Probeer het over {minuten} minuten opnieuw.',
    en: 'Too many login attempts. Try again in {minuten} minutes.',
  },
  'inloggen.alIngelogd': { nl: 'U bent al ingelogd als {naam}.', en: 'You are already logged in as {naam}.' },
  'inloggen.verder': { nl: 'Verder naar Wendbaar', en: 'Continue to Wendbaar' },
  'inloggen.oidc.titel': { nl: 'Inloggen met uw gemeente-account', en: 'Log in with your municipal account' },
  'inloggen.oidc.uitleg': {
    nl: 'Gebruik het account waarmee u ook op uw werkplek inlogt ({naam}).',
    en: 'Use the account you also use to log in at your workplace ({naam}).',
  },
  'inloggen.oidc.knop': { nl: 'Inloggen via {naam}', en: 'Log in with {naam}' },
  'inloggen.oidcFout.onbekendAccount': {
    nl: 'U bent bij de gemeente ingelogd, maar er is geen Wendbaar-account met uw e-mailadres. Vraag de beheerder om een account.',
    en: 'You are logged in at the municipality, but there is no Wendbaar account with your e-mail address. Ask the administrator for an account.',
  },
  'inloggen.oidcFout.geweigerd': {
    nl: 'Inloggen via de gemeente is afgebroken of geweigerd. Probeer het opnieuw.',
    en: 'Logging in through the municipality was cancelled or refused. Try again.',
  },
  'inloggen.oidcFout.verlopen': {
    nl: 'Het inloggen via de gemeente duurde te lang. Probeer het opnieuw.',
    en: 'Logging in through the municipality took too long. Try again.',
  },
  'inloggen.oidcFout.fout': {
    nl: 'Inloggen via de gemeente is niet gelukt. Probeer het later opnieuw.',
    en: 'Logging in through the municipality did not work. Try again later.',
  },

  'demo.titel': { nl: 'Demo-accounts', en: 'Demo accounts' },
  'demo.uitleg': {
    nl: 'Deze installatie draait in demomodus. Probeer Wendbaar met een account per rol; de knop vult e-mailadres en wachtwoord in en logt in.',
    en: 'This installation runs in demo mode. Try Wendbaar with one account per role; the button fills in e-mail address and password and logs in.',
  },
  'demo.caption': { nl: 'Demo-accounts per rol', en: 'Demo accounts per role' },
  'demo.tweestaps': { nl: 'Tweestapsverificatie', en: 'Two-step verification' },
  'demo.inloggenAls': { nl: 'Inloggen als {rol}', en: 'Log in as {rol}' },
  'demo.wachtwoord': {
    nl: 'Het wachtwoord van alle demo-accounts is demo-wendbaar. De code voor tweestapsverificatie ziet u na het inloggen.',
    en: 'The password of every demo account is demo-wendbaar. You will see the two-step verification code after logging in.',
  },

  'totp.titel': { nl: 'Tweestapsverificatie', en: 'Two-step verification' },
  'totp.uitleg': {
    nl: 'Uw rol vraagt om een tweede stap. Open de authenticator-app op uw telefoon en vul de code van zes cijfers in die bij Wendbaar staat.',
    en: 'Your role requires a second step. Open the authenticator app on your phone and enter the six-digit code shown for Wendbaar.',
  },
  'totp.code': { nl: 'Code', en: 'Code' },
  'totp.code.uitleg': {
    nl: 'Zes cijfers, bijvoorbeeld 123456. Elke code is 30 seconden geldig.',
    en: 'Six digits, for example 123456. Each code is valid for 30 seconds.',
  },
  'totp.knop': { nl: 'Code controleren', en: 'Check code' },
  'totp.annuleren': { nl: 'Stoppen en uitloggen', en: 'Stop and log out' },
  'totp.demo.uitleg': {
    nl: 'Demomodus: de code van dit demo-account is nu',
    en: 'Demo mode: the code of this demo account is now',
  },
  'totp.demo.invullen': { nl: 'Democode invullen', en: 'Fill in demo code' },

  'totpInstellen.titel': { nl: 'Tweestapsverificatie instellen', en: 'Set up two-step verification' },
  'totpInstellen.intro': {
    nl: 'Uw rol geeft toegang tot gevoelige gegevens. Daarom logt u voortaan in met uw wachtwoord én een code uit een authenticator-app.',
    en: 'Your role gives access to sensitive data. From now on you log in with your password and a code from an authenticator app.',
  },
  'totpInstellen.stap1': { nl: 'Installeer een authenticator-app', en: 'Install an authenticator app' },
  'totpInstellen.stap1.uitleg': {
    nl: 'Bijvoorbeeld de app die uw organisatie voorschrijft, of een andere app voor tijdgebonden codes (TOTP).',
    en: 'For example the app your organisation prescribes, or another app for time-based codes (TOTP).',
  },
  'totpInstellen.stap2': { nl: 'Voeg Wendbaar toe aan de app', en: 'Add Wendbaar to the app' },
  'totpInstellen.qr': {
    nl: 'QR-code om Wendbaar toe te voegen aan uw authenticator-app ({eMail})',
    en: 'QR code to add Wendbaar to your authenticator app ({eMail})',
  },
  'totpInstellen.sleutel': { nl: 'Sleutel', en: 'Key' },
  'totpInstellen.sleutel.uitleg': {
    nl: 'Scan de QR-code met de app. Lukt dat niet, kies dan in de app voor handmatig invoeren en typ deze sleutel over:',
    en: 'Scan the QR code with the app. If that does not work, choose manual entry in the app and type this key:',
  },
  'totpInstellen.uri': {
    nl: 'Of gebruik deze koppeling (otpauth-URI):',
    en: 'Or use this link (otpauth URI):',
  },
  'totpInstellen.stap3': { nl: 'Vul de code uit de app in', en: 'Enter the code from the app' },
  'totpInstellen.knop': { nl: 'Tweestapsverificatie inschakelen', en: 'Turn on two-step verification' },

  'wachtwoord.titel': { nl: 'Wachtwoord wijzigen', en: 'Change password' },
  'wachtwoord.verplicht': {
    nl: 'U bent ingelogd met een eenmalig wachtwoord. Kies nu een eigen wachtwoord om verder te gaan.',
    en: 'You logged in with a one-time password. Choose your own password now to continue.',
  },
  'wachtwoord.huidig': { nl: 'Huidig wachtwoord', en: 'Current password' },
  'wachtwoord.huidig.eenmalig': {
    nl: 'Het eenmalige wachtwoord dat u van de beheerder kreeg.',
    en: 'The one-time password you received from the administrator.',
  },
  'wachtwoord.nieuw': { nl: 'Nieuw wachtwoord', en: 'New password' },
  'wachtwoord.nieuw.uitleg': {
    nl: 'Minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden.',
    en: 'At least 12 characters. A sentence of a few words is strong and easy to remember.',
  },
  'wachtwoord.herhaling': { nl: 'Herhaal het nieuwe wachtwoord', en: 'Repeat the new password' },
  'wachtwoord.nietGelijk': {
    nl: 'De twee nieuwe wachtwoorden zijn niet gelijk.',
    en: 'The two new passwords are not the same.',
  },
  'wachtwoord.knop': { nl: 'Wachtwoord opslaan', en: 'Save password' },
  'wachtwoord.gewijzigd': { nl: 'Uw wachtwoord is gewijzigd.', en: 'Your password has been changed.' },

  'account.ingelogdAls': { nl: 'Ingelogd als', en: 'Logged in as' },
  'account.menu': { nl: 'Mijn account', en: 'My account' },
  'account.uitloggen': { nl: 'Uitloggen', en: 'Log out' },
  'account.overalUitloggen': { nl: 'Overal uitloggen', en: 'Log out everywhere' },
  'account.download': { nl: 'Mijn gegevens downloaden', en: 'Download my data' },
  'account.gedownload': {
    nl: 'Uw gegevens zijn gedownload (mijn-gegevens-wendbaar.json).',
    en: 'Your data has been downloaded (mijn-gegevens-wendbaar.json).',
  },
  'account.wachtwoordWijzigen': { nl: 'Wachtwoord wijzigen', en: 'Change password' },

  'geenToegang.titel': { nl: 'Geen toegang', en: 'No access' },
  'geenToegang.tekst': {
    nl: 'Deze pagina is niet beschikbaar voor uw rol.',
    en: 'This page is not available for your role.',
  },

  'zicht.verborgen': { nl: 'niet zichtbaar voor uw rol', en: 'not visible for your role' },
  'zicht.verborgenKort': { nl: 'niet zichtbaar', en: 'not visible' },
  'organisatie.persoonsgegevensVerborgen': {
    nl: 'U ziet de cijfers van de organisatie. Geplande wijzigingen en signalen over personen zijn niet zichtbaar voor uw rol.',
    en: 'You see the figures of the organisation. Planned changes and signals about people are not visible for your role.',
  },
  'organisatie.signalen.geenTeams': {
    nl: 'Geen signalen: elk basisteam heeft een teamleider.',
    en: 'No signals: every base team has a team leader.',
  },
  'medewerkers.zicht.deels': {
    nl: 'Van medewerkers buiten uw eigen teams zijn schaal, uren en datum in dienst niet zichtbaar voor uw rol.',
    en: 'For employees outside your own teams, scale, hours and start date are not visible for your role.',
  },
  'medewerkers.zicht.inzetbaarheid': {
    nl: 'Schaal en datum in dienst zijn niet zichtbaar voor uw rol.',
    en: 'Scale and start date are not visible for your role.',
  },
  'medewerkers.zicht.basis': {
    nl: 'U ziet de basisgegevens van collega’s. Schaal, uren en datum in dienst zijn niet zichtbaar voor uw rol.',
    en: 'You see colleagues’ basic details. Scale, hours and start date are not visible for your role.',
  },
  'medewerker.zicht.basis': {
    nl: 'Contracthistorie en expertises van deze medewerker zijn niet zichtbaar voor uw rol.',
    en: 'Contract history and expertise of this employee are not visible for your role.',
  },

  'kiezer.zoek': { nl: 'Zoek een medewerker', en: 'Find an employee' },
  'kiezer.zoek.uitleg': {
    nl: 'Typ een deel van de naam of het personeelsnummer en druk op Enter.',
    en: 'Type part of the name or the personnel number and press Enter.',
  },
  'kiezer.aantal': { nl: '{aantal} medewerkers gevonden', en: '{aantal} employees found' },
  'kiezer.kies': { nl: 'Kiezen', en: 'Choose' },
  'kiezer.gekozen': { nl: 'Gekozen:', en: 'Chosen:' },
  'kiezer.anders': { nl: 'Andere medewerker kiezen', en: 'Choose another employee' },

  'leiding.aanstellen': { nl: 'Teamleider aanstellen', en: 'Appoint team leader' },
  'leiding.aanstellen.directeur': { nl: 'Directeur aanstellen', en: 'Appoint director' },
  'leiding.aanstellen.uitleg': {
    nl: 'Een basisteam heeft op elke datum precies één teamleider. Neemt iemand het over, beëindig dan het lopende leiderschap en noem daar de opvolger.',
    en: 'A base team has exactly one team leader on every date. When someone takes over, end the current leadership and name the successor there.',
  },
  'leiding.aanstellen.uitlegDirectie': {
    nl: 'Een directeur geeft leiding aan de directie.',
    en: 'A director leads the board of directors.',
  },
  'leiding.aanstellen.opslaan': { nl: 'Aanstellen', en: 'Appoint' },
  'leiding.gemeentesecretaris': { nl: 'Is gemeentesecretaris', en: 'Is municipal secretary' },
  'leiding.kiesMedewerker': { nl: 'Kies een medewerker.', en: 'Choose an employee.' },
  'leiding.aangesteld': {
    nl: '{naam} is aangesteld per {datum}.',
    en: '{naam} has been appointed from {datum}.',
  },
  'leiding.beeindigen': { nl: 'Beëindigen', en: 'End' },
  'leiding.beeindigen.titel': { nl: 'Leiderschap van {naam} beëindigen', en: 'End the leadership of {naam}' },
  'leiding.beeindigen.opslaan': { nl: 'Leiderschap beëindigen', en: 'End leadership' },
  'leiding.einddatum': { nl: 'Laatste dag', en: 'Last day' },
  'leiding.einddatum.uitleg': {
    nl: 'De laatste dag waarop deze persoon leiding geeft aan dit team.',
    en: 'The last day on which this person leads this team.',
  },
  'leiding.beeindigd': {
    nl: 'Het leiderschap van {naam} eindigt op {datum}.',
    en: 'The leadership of {naam} ends on {datum}.',
  },
  'leiding.opvolger': { nl: 'Opvolger', en: 'Successor' },
  'leiding.opvolger.uitleg': {
    nl: 'Een basisteam heeft op elke datum een teamleider. Kies wie het vanaf de dag na de laatste dag overneemt; zonder opvolger kan dit alleen als het team dan is opgeheven.',
    en: 'A base team has a team leader on every date. Choose who takes over from the day after the last day; without a successor this is only possible when the team has been dissolved by then.',
  },
  'leiding.opvolger.uitlegDirectie': {
    nl: 'Neemt iemand deze rol over (als gemeentesecretaris ook die taak), kies die dan; de opvolger begint de dag na de laatste dag.',
    en: 'If someone takes over this role (as municipal secretary, that task too), choose them; the successor starts the day after the last day.',
  },
  'leiding.opgevolgd': {
    nl: '{naam} neemt het over per {datum}.',
    en: '{naam} takes over from {datum}.',
  },

  'beheer.titel': { nl: 'Beheer', en: 'Administration' },
  'accounts.titel': { nl: 'Accounts', en: 'Accounts' },
  'accounts.intro': {
    nl: 'Wie met welke rollen in Wendbaar kan. Een nieuw account krijgt een eenmalig wachtwoord; bij de eerste keer inloggen kiest de gebruiker een eigen wachtwoord.',
    en: 'Who can use Wendbaar with which roles. A new account gets a one-time password; at the first login the user chooses their own password.',
  },
  'accounts.account': { nl: 'Account', en: 'Account' },
  'accounts.nieuw': { nl: 'Nieuw account', en: 'New account' },
  'accounts.nieuw.intro': {
    nl: 'Alle velden zijn verplicht, tenzij er ‘niet verplicht’ bij staat.',
    en: 'All fields are required unless marked ‘optional’.',
  },
  'accounts.nieuw.opslaan': { nl: 'Account aanmaken', en: 'Create account' },
  'accounts.zoeken': { nl: 'Zoeken', en: 'Search' },
  'accounts.filter.zoek': { nl: 'Naam of e-mailadres', en: 'Name or e-mail address' },
  'accounts.aantal': { nl: '{aantal} accounts gevonden', en: '{aantal} accounts found' },
  'accounts.rollen': { nl: 'Rollen', en: 'Roles' },
  'accounts.rollen.uitleg': {
    nl: 'Kies een of meer rollen. Wat een rol mag, staat erachter.',
    en: 'Choose one or more roles. What a role may do is shown after it.',
  },
  'accounts.medewerker': { nl: 'Medewerker', en: 'Employee' },
  'accounts.medewerker.open': { nl: 'Gegevens van de medewerker', en: 'Details of the employee' },
  'accounts.tweestaps': { nl: 'Tweestapsverificatie', en: 'Two-step verification' },
  'accounts.ingesteld': { nl: 'Ingesteld', en: 'Set up' },
  'accounts.nietIngesteld': { nl: 'Niet ingesteld', en: 'Not set up' },
  'accounts.actief': { nl: 'Actief', en: 'Active' },
  'accounts.geblokkeerd': { nl: 'Geblokkeerd', en: 'Blocked' },
  'accounts.moetWachtwoordKiezen': { nl: 'Moet wachtwoord kiezen', en: 'Must choose password' },
  'accounts.terug': { nl: 'Terug naar accounts', en: 'Back to accounts' },
  'accounts.naarAccount': { nl: 'Naar het account van {naam}', en: 'To the account of {naam}' },
  'accounts.wijzigen': { nl: 'Rollen of blokkade wijzigen', en: 'Change roles or block' },
  'accounts.wijzigen.naam': { nl: 'Naam wijzigen', en: 'Change name' },
  'accounts.eigenAccount': {
    nl: 'Uw eigen rollen en blokkade kunt u niet wijzigen: dat doet een andere beheerder.',
    en: 'You cannot change your own roles or block yourself: another administrator does that.',
  },
  'accounts.blokkeren': { nl: 'Account blokkeren', en: 'Block account' },
  'accounts.blokkeren.uitleg': {
    nl: 'Een geblokkeerd account kan niet inloggen; lopende sessies eindigen.',
    en: 'A blocked account cannot log in; running sessions end.',
  },
  'accounts.opgeslagen': {
    nl: 'De wijzigingen aan het account van {naam} zijn opgeslagen.',
    en: 'The changes to the account of {naam} have been saved.',
  },
  'accounts.eenmalig.titel': { nl: 'Eenmalig wachtwoord voor {naam}', en: 'One-time password for {naam}' },
  'accounts.eenmalig.uitleg': {
    nl: 'U ziet dit wachtwoord maar één keer. Kopieer het nu en geef het veilig door. Bij de eerste keer inloggen kiest de gebruiker een eigen wachtwoord.',
    en: 'You see this password only once. Copy it now and pass it on safely. At the first login the user chooses their own password.',
  },
  'accounts.eenmalig.label': { nl: 'Eenmalig wachtwoord', en: 'One-time password' },
  'accounts.eenmalig.kopieer': { nl: 'Wachtwoord kopiëren', en: 'Copy password' },
  'accounts.eenmalig.gekopieerd': { nl: 'Gekopieerd.', en: 'Copied.' },
  'accounts.herstel.titel': { nl: 'Herstellen', en: 'Recovery' },
  'accounts.herstel.uitleg': {
    nl: 'Bij een vergeten wachtwoord of een verloren telefoon. Alle sessies van het account eindigen.',
    en: 'For a forgotten password or a lost phone. All sessions of the account end.',
  },
  'accounts.wachtwoordHerstellen': { nl: 'Wachtwoord herstellen', en: 'Reset password' },
  'accounts.wachtwoordHerstellen.vraag': {
    nl: 'Wachtwoord van {naam} herstellen?',
    en: 'Reset the password of {naam}?',
  },
  'accounts.wachtwoordHerstellen.gevolg': {
    nl: 'Het huidige wachtwoord werkt daarna niet meer. U krijgt een eenmalig wachtwoord om door te geven.',
    en: 'The current password stops working. You get a one-time password to pass on.',
  },
  'accounts.totpHerstellen': {
    nl: 'Tweestapsverificatie opnieuw instellen',
    en: 'Reset two-step verification',
  },
  'accounts.totpHerstellen.vraag': {
    nl: 'Tweestapsverificatie van {naam} opnieuw instellen?',
    en: 'Reset two-step verification of {naam}?',
  },
  'accounts.totpHerstellen.gevolg': {
    nl: 'De huidige authenticator-app werkt daarna niet meer. Bij de volgende keer inloggen stelt de gebruiker een nieuwe in.',
    en: 'The current authenticator app stops working. At the next login the user sets up a new one.',
  },
  'accounts.totpHersteld': {
    nl: '{naam} stelt bij de volgende keer inloggen tweestapsverificatie opnieuw in.',
    en: '{naam} will set up two-step verification again at the next login.',
  },

  'audit.titel': { nl: 'Auditlog', en: 'Audit log' },
  'audit.intro': {
    nl: 'Elke wijziging, elke inlogpoging en elk inzien van persoonsgegevens: wie, wat, wanneer, vanaf waar, en met welk resultaat.',
    en: 'Every change, every login attempt and every view of personal data: who, what, when, from where, and with what result.',
  },
  'audit.caption': { nl: 'Auditregels, nieuwste eerst', en: 'Audit records, newest first' },
  'audit.aantal': { nl: '{aantal} auditregels gevonden', en: '{aantal} audit records found' },
  'audit.geen': {
    nl: 'Geen auditregels gevonden. Pas de filters aan.',
    en: 'No audit records found. Change the filters.',
  },
  'audit.export': { nl: 'Exporteer CSV', en: 'Export CSV' },
  'audit.filter.van': { nl: 'Van', en: 'From' },
  'audit.filter.tot': { nl: 'Tot en met', en: 'Up to and including' },
  'audit.filter.actie': { nl: 'Actie bevat', en: 'Action contains' },
  'audit.filter.resultaat': { nl: 'Resultaat', en: 'Result' },
  'audit.filter.objectType': { nl: 'Soort object', en: 'Object type' },
  'audit.filter.objectId': { nl: 'Object-id', en: 'Object id' },
  'audit.kolom.tijdstip': { nl: 'Tijdstip', en: 'Time' },
  'audit.kolom.gebeurtenis': { nl: 'Wat er gebeurde', en: 'What happened' },
  'audit.kolom.actie': { nl: 'Route en id', en: 'Route and id' },
  'audit.filter.persoon': { nl: 'Persoon', en: 'Person' },
  'audit.persoon.uitleg': {
    nl: 'Zoek op naam of e-mailadres: wat deze persoon deed en wat over deze persoon ging.',
    en: 'Search by name or e-mail address: what this person did and what concerned them.',
  },
  'audit.persoon.zoek': { nl: 'Zoek persoon', en: 'Find person' },
  'audit.persoon.aantal': { nl: '{aantal} personen gevonden', en: '{aantal} people found' },
  'audit.persoon.account': { nl: 'account {eMail}', en: 'account {eMail}' },
  'audit.persoon.wis': { nl: 'Wis', en: 'Clear' },
  'audit.persoon.onbekend': { nl: 'onbekende persoon', en: 'unknown person' },
  'audit.naarObject': { nl: 'Bekijk', en: 'View' },
  'audit.allesVanPersoon': { nl: 'Alles over deze persoon', en: 'Everything about this person' },
  'audit.kolom.resultaat': { nl: 'Resultaat', en: 'Result' },
  'audit.kolom.ip': { nl: 'IP-adres', en: 'IP address' },
  'audit.resultaat.gelukt': { nl: 'Gelukt', en: 'Succeeded' },
  'audit.resultaat.geweigerd': { nl: 'Geweigerd', en: 'Refused' },
  'audit.resultaat.mislukt': { nl: 'Mislukt', en: 'Failed' },
  'audit.keten.titel': { nl: 'Onveranderd?', en: 'Unchanged?' },
  'audit.keten.uitleg': {
    nl: 'Elke regel bevat een hash van de vorige. Een controle rekent de keten opnieuw uit en noemt elke regel die buiten Wendbaar om is gewijzigd of verwijderd.',
    en: 'Every record holds a hash of the previous one. A check recomputes the chain and names every record changed or removed outside Wendbaar.',
  },
  'audit.keten.knop': { nl: 'Controleer de keten', en: 'Check the chain' },
  'audit.keten.intact': {
    nl: 'De keten is intact: {aantal} regels gecontroleerd.',
    en: 'The chain is intact: {aantal} records checked.',
  },
  'audit.keten.gebroken': {
    nl: 'De keten is verbroken: {aantal} problemen',
    en: 'The chain is broken: {aantal} problems',
  },
  'audit.keten.regel': { nl: 'Regel {id}', en: 'Record {id}' },
  'audit.keten.anker': {
    nl: 'Vergeleken met het laatste anker buiten de database ({tijdstip}): regel {id}, {aantal} regels.',
    en: 'Compared with the latest anchor outside the database ({tijdstip}): record {id}, {aantal} records.',
  },
  'audit.keten.nogGeenAnker': {
    nl: 'Er is nog geen anker buiten de database geschreven.',
    en: 'No anchor has been written outside the database yet.',
  },
  'audit.keten.geenAnker': {
    nl: 'Er worden geen ankers buiten de database geschreven (WENDBAAR_AUDIT_ANKER): het verwijderen van de nieuwste regels is niet te zien.',
    en: 'No anchors are written outside the database (WENDBAAR_AUDIT_ANKER): removing the newest records cannot be seen.',
  },
  'audit.keten.zonderSleutel': {
    nl: 'Zonder sleutel gecontroleerd: alleen de hashketen (WENDBAAR_AUDIT_SLEUTEL).',
    en: 'Checked without the key: the hash chain only (WENDBAAR_AUDIT_SLEUTEL).',
  },

  'anonimiseren.knop': { nl: 'Anonimiseren', en: 'Anonymise' },
  'anonimiseren.uitleg': {
    nl: 'Na de bewaartermijn na uitdiensttreding worden naam, e-mailadres, personeelsnummer en expertises van deze medewerker onherroepelijk verwijderd. Het auditlog blijft, met alleen een pseudoniem.',
    en: "After the retention period following departure, this employee's name, e-mail address, staff number and expertise are removed for good. The audit log stays, with a pseudonym only.",
  },
  'anonimiseren.vraag': { nl: '{naam} anonimiseren?', en: 'Anonymise {naam}?' },
  'anonimiseren.gevolg': {
    nl: 'Dit kan niet ongedaan worden gemaakt. Het gekoppelde account wordt geblokkeerd. Wendbaar weigert als de medewerker nog in dienst is of de bewaartermijn nog loopt.',
    en: 'This cannot be undone. The linked account is blocked. Wendbaar refuses while the employee is still employed or the retention period runs.',
  },
  'anonimiseren.gedaan': {
    nl: 'De medewerker is geanonimiseerd (pseudoniem {pseudoniem}).',
    en: 'The employee has been anonymised (pseudonym {pseudoniem}).',
  },

  'gegevens.titel': { nl: 'Gegevensbeheer', en: 'Data management' },
  'gegevens.intro': {
    nl: 'Een back-up van alle gegevens van Wendbaar, en gegevens inlezen uit het personeelssysteem.',
    en: 'A backup of all of Wendbaar’s data, and reading data in from the HR system.',
  },
  'gegevens.backup.titel': { nl: 'Back-up', en: 'Backup' },
  'gegevens.backup.uitleg': {
    nl: 'De back-up is één bestand (.jsonl.gz) met alle tabellen van de database en de schemaversie, gemaakt uit één momentopname terwijl Wendbaar gewoon doorwerkt. Het bevat alle persoonsgegevens, accounts en het auditlog: bewaar het even zorgvuldig als de database zelf. Het downloaden wordt in het auditlog vastgelegd.',
    en: 'The backup is one file (.jsonl.gz) with every table of the database and the schema version, taken from one snapshot while Wendbaar keeps running. It holds all personal data, the accounts and the audit log: keep it as carefully as the database itself. The download is recorded in the audit log.',
  },
  'gegevens.backup.downloaden': { nl: 'Back-up downloaden', en: 'Download backup' },
  'gegevens.herstel.titel': { nl: 'Terugzetten', en: 'Restoring' },
  'gegevens.herstel.uitleg': {
    nl: 'Terugzetten gebeurt op de server met de opdrachtregel, altijd in een nieuwe, lege database; een database met gegevens wordt geweigerd. Een back-up van een oudere versie van Wendbaar wordt daarna bijgewerkt.',
    en: 'Restoring is done on the server from the command line, always into a new, empty database; a database that holds data is refused. A backup of an older version of Wendbaar is brought up to date afterwards.',
  },
  'gegevens.herstel.pglite': {
    nl: 'In een nieuwe, lege map (de ingebouwde database):',
    en: 'Into a new, empty folder (the embedded database):',
  },
  'gegevens.herstel.postgresql': {
    nl: 'In een nieuwe, lege PostgreSQL-database (als eigenaar van de database; --app-rol geeft de applicatierol haar rechten):',
    en: 'Into a new, empty PostgreSQL database (as the database owner; --app-rol gives the application role its rights):',
  },
  'gegevens.herstel.controle': {
    nl: 'Zet dezelfde auditsleutel als op de oude installatie (WENDBAAR_AUDIT_SLEUTEL of het bestand <datamap>.audit-sleutel) en controleer het auditlog:',
    en: 'Set the same audit key as on the old installation (WENDBAAR_AUDIT_SLEUTEL or the file <data folder>.audit-sleutel) and verify the audit log:',
  },
  'gegevens.import.titel': { nl: 'Importeren', en: 'Import' },
  'gegevens.import.uitleg': {
    nl: 'Medewerkers en teams inlezen uit een CSV- of Excelbestand van het personeelssysteem, eerst als proef.',
    en: 'Read employees and teams from a CSV or Excel file of the HR system, as a trial run first.',
  },
  'gegevens.import.link': { nl: 'Naar importeren', en: 'Go to import' },
} as const satisfies Teksten;
