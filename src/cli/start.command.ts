import type { AddressInfo } from 'node:net';
import { type Config, describeDatabaseTarget } from '../config';
import type { DatabaseHandle } from '../db/connect';
import { loadDemoAccounts } from '../demo/demo-accounts';
import { loadDemoEvaluatie } from '../demo/demo-evaluatie';
import { loadDemoFormatie } from '../demo/demo-formatie';
import { loadDemoGesprekken } from '../demo/demo-gesprekken';
import { countOrganisatie, loadDemoOrganisatie } from '../demo/demo-loader';
import { loadDemoOntwikkeling } from '../demo/demo-ontwikkeling';
import { loadDemoOr } from '../demo/demo-or';
import { generateDemoOrganisatie } from '../demo/demo-organisatie';
import { loadDemoPlanning } from '../demo/demo-planning';
import { loadDemoProgramma } from '../demo/demo-programma';
import { loadDemoPuls } from '../demo/demo-puls';
import { loadDemoRaadsbrief } from '../demo/demo-raadsbrief';
import { loadDemoScenario } from '../demo/demo-scenario';
import { loadDemoZoWerkenWe } from '../demo/demo-zo-werken-we';
import { controleerSleutel, richtAuditIn, startAnkers } from './audit-anker';
import { CliError } from './cli-error';
import { formatAantal, formatSeconden } from './format';
import { migrate, openConfiguredDatabase } from './open-database';

/**
 * `wendbaar start`: migrate, fill an empty database with the demo municipality, serve API and web
 * app, and stop cleanly on SIGINT/SIGTERM so PGlite writes its data folder before exiting.
 */
export async function runStart(config: Config, webRoot: string | undefined): Promise<{ url: string }> {
  // Load the HTTP layer while the database opens: both take about a second and neither needs the other.
  const appModule = import('../http/app');
  appModule.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
  const handle = await openConfiguredDatabase(config);
  const auditOpzet = richtAuditIn(config, { aanmaken: true });
  try {
    const applied = await migrate(handle);
    if (applied.length > 0) console.log(`Database bijgewerkt: ${applied.join(', ')}`);
    await controleerSleutel(handle.db, auditOpzet);
    if (config.demo) await loadDemoIntoEmpty(handle);
  } catch (error) {
    await handle.close();
    throw error;
  }

  const { buildApp } = await appModule;
  const app = await buildApp({
    db: handle.db,
    engine: handle.engine,
    webRoot,
    demo: config.demo,
    sessie: config.sessie,
    bewaartermijnJaren: config.bewaartermijnJaren,
    oidc: config.oidc,
    publiekeUrl: config.publiekeUrl,
    proxy: config.proxy,
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
  });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    await handle.close();
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      throw new CliError(`Poort ${config.port} is al in gebruik. Kies een andere poort met PORT=…`);
    }
    throw error;
  }

  const ankers = startAnkers(handle.db, auditOpzet, config.audit.ankerMinuten);
  // Before the address is printed: whoever waits for that line may stop the server at once.
  let stopping = false;
  const stop = async () => {
    // A second Ctrl+C while closing means: stop now.
    if (stopping) process.exit(1);
    stopping = true;
    console.log('Wendbaar stopt…');
    try {
      await app.close();
      await ankers.stop(); // the last anchor, after the last request's record
      await handle.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const { port } = app.server.address() as AddressInfo;
  const url = urlFor(config.host, port);
  console.log(`Wendbaar draait op ${url} (database: ${describeDatabaseTarget(config)})`);
  // Behind a TLS proxy Wendbaar learns the https scheme only from a trusted proxy; without one the
  // browser's https Origin fails the CSRF check on every write.
  if (config.publiekeUrl?.startsWith('https://') && config.proxy === false) {
    console.warn(
      'Let op: PUBLIEKE_URL is https, maar WENDBAAR_PROXY is niet gezet. Achter een TLS-proxy worden dan alle wijzigingen geweigerd; zet WENDBAAR_PROXY op het adres van de proxy (docs/deployment.md).',
    );
  }
  return { url };
}

async function loadDemoIntoEmpty(handle: DatabaseHandle): Promise<void> {
  const telling = await countOrganisatie(handle.db);
  if (telling.team > 0 || telling.medewerker > 0) return;
  const start = performance.now();
  const org = generateDemoOrganisatie({ medewerkers: 400 });
  await loadDemoOrganisatie(handle.db, org);
  await loadDemoAccounts(handle.db);
  await loadDemoPlanning(handle.db);
  await loadDemoProgramma(handle.db);
  await loadDemoEvaluatie(handle.db);
  await loadDemoFormatie(handle.db);
  await loadDemoScenario(handle.db);
  await loadDemoOntwikkeling(handle.db);
  await loadDemoGesprekken(handle.db);
  await loadDemoPuls(handle.db);
  await loadDemoZoWerkenWe(handle.db);
  await loadDemoOr(handle.db);
  // Last: the sent raadsbrief's snapshot cites the organisation, the programme and the formatie.
  await loadDemoRaadsbrief(handle.db);
  console.log(
    `De database was leeg: de demo-gemeente is geladen (${formatAantal(org.medewerkers.length)} medewerkers ` +
      `in ${org.teams.length} teams, ${formatSeconden(performance.now() - start)}). ` +
      'Log in met een van de demo-accounts op de inlogpagina. Zet WENDBAAR_DEMO=0 om leeg te beginnen.',
  );
}

/** The address to click: a wildcard host is reachable as localhost on this machine. */
function urlFor(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
}
