import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type ImportRapport,
  importBestandInvoerSchema,
  importBestandSchema,
  importInvoerSchema,
  importKoppelingenSchema,
  importKoppelingSchema,
  importKoppelingWijzigingSchema,
  importProefInvoerSchema,
  importProefTaakSchema,
  importRapportSchema,
  importVeldenSchema,
  importVerwerkingenSchema,
  MAX_IMPORT_BYTES,
  nieuweImportKoppelingSchema,
} from '../../contract/import';
import { idParam } from '../../contract/velden';
import { VELDEN } from '../../domain/import-velden';
import * as service from '../../services/import.service';
import { getProefImport, startProefImport } from '../../services/import-proef.service';
import { auditAantalPersonen } from '../audit.plugin';
import { requireIfMatch, setEtag } from '../etag';
import { assertId } from '../ids';

const tags = ['Import'];
/** The file travels as base64 inside JSON: a third larger, plus the rest of the body. */
const IMPORT_BODY_LIMIET = Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 64 * 1024;

/**
 * The import's audit record (BIO2 8.15.01): the file's name and SHA-256 and the counts, never its
 * content; as a bulk read and write of personal data, with how many people the report names.
 */
function auditImport(request: FastifyRequest, r: ImportRapport): void {
  request.auditObject = { type: 'import', id: r.id };
  request.auditDetails = {
    ...request.auditDetails,
    bestandsnaam: r.bestandsnaam,
    sha256: r.sha256,
    soort: r.soort,
    peildatum: r.peildatum,
    volledig: r.volledig,
    aantallen: r.aantallen,
  };
  auditAantalPersonen(request, r.soort === 'medewerkers' ? r.wijzigingen.length : 0);
}

/** Import from the HR system (issue 16): read a file, map its columns, a dry run, the commit. */
export async function importRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const koppelingId = (id: string) => assertId(id, 'Importkoppeling');

  app.get(
    '/import-velden',
    {
      schema: {
        tags,
        operationId: 'getImportVelden',
        summary: 'De velden van Wendbaar waaraan een kolom van een importbestand gekoppeld kan worden',
        response: { 200: importVeldenSchema },
      },
    },
    async () => ({
      medewerkers: [...VELDEN.medewerkers],
      teams: [...VELDEN.teams],
      formatieplaatsen: [...VELDEN.formatieplaatsen],
    }),
  );

  app.post(
    '/import-bestanden',
    {
      bodyLimit: IMPORT_BODY_LIMIET,
      schema: {
        tags,
        operationId: 'leesImportBestand',
        summary: 'Een CSV- of XLSX-bestand lezen: kolomkoppen, de eerste rijen en een voorgestelde koppeling',
        description:
          'Stuur het bestand base64-gecodeerd in `inhoud`. Er wordt niets opgeslagen en niets uit de database gelezen. ' +
          `Hoogstens ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
        body: importBestandInvoerSchema,
        response: { 200: importBestandSchema },
      },
    },
    async (request) => {
      const b = await service.leesImportBestand(request.body);
      request.auditObject = { type: 'importbestand', id: null };
      request.auditDetails = { bestandsnaam: b.bestandsnaam, sha256: b.sha256, aantalRijen: b.aantalRijen };
      // The answer shows the first rows of the file: at most five people.
      auditAantalPersonen(request, b.soort === 'medewerkers' ? b.voorbeeld.length : 0);
      return b;
    },
  );

  app.post(
    '/import-proeven',
    {
      bodyLimit: IMPORT_BODY_LIMIET,
      // A dry run writes nothing, and in the background it outlives the request: it reads from the
      // pool, not from a request transaction (docs/architecture.md, "One transaction per write").
      config: { transactie: 'eigen' },
      schema: {
        tags,
        operationId: 'proefImport',
        summary:
          'Proefimport: wat het bestand zou wijzigen (nieuw, gewijzigd, beëindigd) en elk probleem per rij',
        description:
          'Wijzigt niets. Dezelfde planning als het doorvoeren (POST /imports): wat dit rapport noemt, is wat er gebeurt. ' +
          'Met `achtergrond: true` (voor grote bestanden) is het antwoord meteen 202 met een proefimport in uitvoering; ' +
          'GET /import-proeven/{proefId} geeft de voortgang (fase, rijen verwerkt) en, als die klaar is, het rapport.',
        body: importProefInvoerSchema,
        response: { 200: importRapportSchema, 202: importProefTaakSchema },
      },
    },
    async (request, reply) => {
      const { achtergrond, ...invoer } = request.body;
      if (achtergrond) {
        const taak = startProefImport(request.db, request.gebruiker!.accountId, invoer);
        request.auditObject = { type: 'importproef', id: taak.id };
        request.auditDetails = { bestandsnaam: invoer.bestandsnaam, soort: invoer.soort };
        // Nothing of the file is answered yet; the report is audited when it is fetched.
        auditAantalPersonen(request, 0);
        return reply.code(202).header('Location', `/api/v1/import-proeven/${taak.id}`).send(taak);
      }
      const r = await service.proefImport(request.db, invoer);
      auditImport(request, r);
      return r;
    },
  );

  app.get(
    '/import-proeven/:proefId',
    {
      schema: {
        tags,
        operationId: 'getProefImport',
        summary:
          'Een proefimport op de achtergrond: status, voortgang (fase en rijen) en, als die klaar is, het rapport',
        description:
          'Alleen voor wie de proefimport startte; bewaard tot een uur nadat die klaar is, in het geheugen van de server ' +
          '(na een herstart: start de proefimport opnieuw).',
        params: z.object({ proefId: idParam }),
        response: { 200: importProefTaakSchema },
      },
    },
    async (request) => {
      const taak = getProefImport(
        assertId(request.params.proefId, 'Proefimport'),
        request.gebruiker!.accountId,
      );
      if (taak.rapport) auditImport(request, taak.rapport);
      else {
        request.auditObject = { type: 'importproef', id: taak.id };
        auditAantalPersonen(request, 0);
      }
      return taak;
    },
  );

  app.post(
    '/imports',
    {
      bodyLimit: IMPORT_BODY_LIMIET,
      schema: {
        tags,
        operationId: 'voerImportDoor',
        summary: 'Een import doorvoeren, alles of niets (409 zolang het bestand problemen heeft)',
        description:
          'Plant opnieuw tegen de huidige stand en voert het plan uit in één transactie. Hetzelfde bestand twee keer ' +
          'doorvoeren wijzigt de tweede keer niets.',
        body: importInvoerSchema,
        response: { 201: importRapportSchema },
      },
    },
    async (request, reply) => {
      const r = await service.voerImportDoor(request.db, request.gebruiker!.accountId, request.body);
      auditImport(request, r);
      return reply.code(201).send(r);
    },
  );

  app.get(
    '/imports',
    {
      schema: {
        tags,
        operationId: 'listImports',
        summary: 'De laatste 50 doorgevoerde imports: bestand, SHA-256, peildatum en aantallen',
        response: { 200: importVerwerkingenSchema },
      },
    },
    async (request) => service.listVerwerkingen(request.db),
  );

  app.get(
    '/import-koppelingen',
    {
      schema: {
        tags,
        operationId: 'listImportKoppelingen',
        summary: 'Opgeslagen kolomkoppelingen, op naam',
        response: { 200: importKoppelingenSchema },
      },
    },
    async (request) => service.listKoppelingen(request.db),
  );

  app.post(
    '/import-koppelingen',
    {
      schema: {
        tags,
        operationId: 'createImportKoppeling',
        summary: 'Een kolomkoppeling opslaan onder een naam, voor het volgende bestand uit hetzelfde systeem',
        body: nieuweImportKoppelingSchema,
        response: { 201: importKoppelingSchema },
      },
    },
    async (request, reply) => {
      const k = await service.maakKoppeling(request.db, request.body);
      setEtag(reply, k.versie);
      return reply.code(201).header('Location', `/api/v1/import-koppelingen/${k.id}`).send(k);
    },
  );

  app.get(
    '/import-koppelingen/:koppelingId',
    {
      schema: {
        tags,
        operationId: 'getImportKoppeling',
        summary: 'Eén opgeslagen kolomkoppeling',
        params: z.object({ koppelingId: idParam }),
        response: { 200: importKoppelingSchema },
      },
    },
    async (request, reply) => {
      const k = await service.getKoppeling(request.db, koppelingId(request.params.koppelingId));
      setEtag(reply, k.versie);
      return k;
    },
  );

  app.patch(
    '/import-koppelingen/:koppelingId',
    {
      schema: {
        tags,
        operationId: 'updateImportKoppeling',
        summary: 'Naam of velden van een kolomkoppeling wijzigen (met If-Match)',
        params: z.object({ koppelingId: idParam }),
        body: importKoppelingWijzigingSchema,
        response: { 200: importKoppelingSchema },
      },
    },
    async (request, reply) => {
      const k = await service.wijzigKoppeling(
        request.db,
        koppelingId(request.params.koppelingId),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, k.versie);
      return k;
    },
  );

  app.delete(
    '/import-koppelingen/:koppelingId',
    {
      schema: {
        tags,
        operationId: 'deleteImportKoppeling',
        summary: 'Een kolomkoppeling verwijderen (met If-Match)',
        params: z.object({ koppelingId: idParam }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.verwijderKoppeling(
        request.db,
        koppelingId(request.params.koppelingId),
        requireIfMatch(request),
      );
      return reply.code(204).send(null);
    },
  );
}
