import type { FastifyReply, FastifyRequest } from 'fastify';
import { naarCsv, naarXlsx, type Tabel } from '../reports/tabel-export';
import { auditAantalPersonen } from './audit.plugin';

const bestandsnaam = (titel: string) =>
  titel
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The page an export asks a list for: every row its filters select, in one go (a file has no
 * pages). The bound keeps one request from reading an unbounded table into memory.
 */
export const HELE_LIJST = { pagina: 1, paginaGrootte: 100_000 } as const;

/**
 * A file that leaves the application is a bulk read, whatever the list's JSON answer is: a
 * spreadsheet is copied and mailed on, out of reach of the roles that shaped it. So every export
 * writes the one bulk audit record (the query, with its filters and format, and the number of
 * people the file names), also for lists whose policy entry does not mark their JSON answer as
 * personal data (the portfolio, the besluiten).
 */
export function auditExport(request: FastifyRequest, aantalPersonen: number): void {
  if (request.regel && !request.regel.leestPersoonsgegevens)
    request.regel = { ...request.regel, leestPersoonsgegevens: 'bulk' };
  auditAantalPersonen(request, aantalPersonen);
}

/** Sends a table as a download. Bypasses the JSON serializer (a string or buffer with its own type). */
export async function stuurExport<T>(reply: FastifyReply, formaat: 'csv' | 'xlsx', tabel: Tabel<T>) {
  const naam = `${bestandsnaam(tabel.titel)}.${formaat}`;
  reply.header('Content-Disposition', `attachment; filename="${naam}"`);
  if (formaat === 'csv') return reply.type('text/csv; charset=utf-8').send(naarCsv(tabel) as never);
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .send((await naarXlsx(tabel)) as never);
}
