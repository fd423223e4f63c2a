import type { FastifyReply } from 'fastify';
import { naarCsv, naarXlsx, type Tabel } from '../reports/tabel-export';

const bestandsnaam = (titel: string) =>
  titel
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Sends a table as a download. Bypasses the JSON serializer (a string or buffer with its own type). */
export async function stuurExport<T>(reply: FastifyReply, formaat: 'csv' | 'xlsx', tabel: Tabel<T>) {
  const naam = `${bestandsnaam(tabel.titel)}.${formaat}`;
  reply.header('Content-Disposition', `attachment; filename="${naam}"`);
  if (formaat === 'csv') return reply.type('text/csv; charset=utf-8').send(naarCsv(tabel) as never);
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .send((await naarXlsx(tabel)) as never);
}
