import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { teamreserveringInvoerSchema, teamreserveringSchema } from '../../contract/team';
import { idParam } from '../../contract/velden';
import { zetReservering } from '../../services/inzetruimte.service';
import { requireIfMatch, setEtag } from '../etag';
import { assertId } from '../ids';

const tags = ['Inzetverzoeken'];

/** PUT /teams/{teamId}/reservering: the share of a team's capacity kept for robust work. */
export async function teamreserveringRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.put(
    '/teams/:teamId/reservering',
    {
      schema: {
        tags,
        operationId: 'zetTeamreservering',
        summary:
          'Het deel van de teamcapaciteit dat voor robuust werk gereserveerd blijft (teamleider van het team of directie; met If-Match)',
        params: z.object({ teamId: idParam }),
        body: teamreserveringInvoerSchema,
        response: { 200: teamreserveringSchema },
      },
    },
    async (request, reply) => {
      const r = await zetReservering(
        request.db,
        request.gebruiker!,
        assertId(request.params.teamId, 'Team'),
        requireIfMatch(request),
        request.body.robuustReservering,
      );
      setEtag(reply, r.versie);
      return r;
    },
  );
}
