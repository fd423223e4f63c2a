import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { OvergangNietToegestaanError } from '../domain/levenscyclus';
import {
  CONFLICT_SOORTEN,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  StaleVersionError,
  TooManyAttemptsError,
  UnauthenticatedError,
  ValidationError,
} from '../domain/probleem';

/** One field problem in a 400 answer (the Haal Centraal / NL API convention `invalidParams`). */
export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  invalidParams?: InvalidParam[];
  [extra: string]: unknown;
}

/** An HTTP-level problem raised by the HTTP layer itself (headers, ids, preconditions). */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
  }
}

const TYPE = (code: string) => `urn:wendbaar:probleem:${code}`;

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  p: Omit<Problem, 'instance'> & { status: number },
) {
  return reply
    .code(p.status as number)
    .type('application/problem+json; charset=utf-8')
    .send({ ...p, instance: request.url.split('?')[0] });
}

/** Zod issues as invalid params: one per field, unknown fields each named on their own. */
function invalidParamsFromValidation(error: FastifyError & { validationContext?: string }): InvalidParam[] {
  const params: InvalidParam[] = [];
  for (const v of error.validation ?? []) {
    const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const issue = v.params as { keys?: string[] };
    if (v.keyword === 'unrecognized_keys' && issue.keys) {
      for (const key of issue.keys) {
        params.push({
          name: path ? `${path}.${key}` : key,
          code: 'onbekend-veld',
          reason: `Het veld '${key}' is onbekend. Laat het weg.`,
        });
      }
      continue;
    }
    params.push({
      name: path || error.validationContext || 'body',
      code: v.keyword,
      reason: v.message ?? 'Ongeldige waarde.',
    });
  }
  return params;
}

const WAAR = {
  body: 'de gegevens',
  querystring: 'de zoekparameters',
  params: 'het adres',
  headers: 'de headers',
} as const;

/** Every error becomes problem+json; only a bug gives a 500, and never with a stack trace. */
export function problemErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: keyof typeof WAAR }).validationContext ?? 'body';
    const invalidParams = invalidParamsFromValidation(error);
    return sendProblem(reply, request, {
      type: TYPE('ongeldige-invoer'),
      title: 'Ongeldige invoer',
      status: 400,
      detail: `Er ${invalidParams.length === 1 ? 'is 1 probleem' : `zijn ${invalidParams.length} problemen`} met ${WAAR[context] ?? 'de invoer'}.`,
      invalidParams,
    });
  }
  if (error instanceof DomainError) return sendDomainProblem(error, request, reply);
  if (error instanceof HttpProblem) {
    return sendProblem(reply, request, {
      type: TYPE(error.code),
      title: error.title,
      status: error.status,
      detail: error.detail,
      ...error.extra,
    });
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return sendProblem(reply, request, {
      type: TYPE(CLIENT_FOUT[error.code]?.code ?? 'ongeldig-verzoek'),
      title: CLIENT_FOUT[error.code]?.title ?? 'Ongeldig verzoek',
      status,
      detail: CLIENT_FOUT[error.code]?.detail ?? 'Het verzoek kon niet worden verwerkt.',
    });
  }
  request.log.error({ err: error }, 'onverwachte fout');
  return sendProblem(reply, request, interneFout(request));
}

/**
 * The one answer to anything unexpected, a database error included: no message, code, constraint
 * or table name of the cause (those go to the server log), only the request id to quote.
 */
export function interneFout(request: FastifyRequest): Problem {
  return {
    type: TYPE('interne-fout'),
    title: 'Interne fout',
    status: 500,
    detail: `Er ging iets mis aan onze kant. Vermeld bij een melding verzoek-id ${request.id}.`,
    instance: request.url.split('?')[0],
  };
}

const CLIENT_FOUT: Record<string, { code: string; title: string; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'ongeldige-json',
    title: 'Ongeldige JSON',
    detail: 'De gegevens zijn geen geldige JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'lege-json',
    title: 'Lege gegevens',
    detail: 'Er zijn geen gegevens meegestuurd; stuur een JSON-object.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'te-groot',
    title: 'Te groot',
    detail: 'De gegevens zijn te groot. Stuur minder dan 100 kB.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'onbekend-formaat',
    title: 'Formaat niet ondersteund',
    detail: 'Stuur de gegevens als application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'ongeldige-lengte',
    title: 'Ongeldige lengte',
    detail: 'De opgegeven lengte klopt niet met de gegevens.',
  },
};

function sendDomainProblem(error: DomainError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof ValidationError) {
    return sendProblem(reply, request, {
      type: TYPE('ongeldige-invoer'),
      title: 'Ongeldige invoer',
      status: 400,
      detail:
        error.problemen.length === 1
          ? error.problemen[0]!.melding
          : `Er zijn ${error.problemen.length} problemen met de gegevens.`,
      invalidParams: error.problemen.map((p) => ({ name: p.veld, code: p.code, reason: p.melding })),
    });
  }
  if (error instanceof NotFoundError) {
    return sendProblem(reply, request, {
      type: TYPE('niet-gevonden'),
      title: 'Niet gevonden',
      status: 404,
      detail: `${error.soort} met id ${error.id} bestaat niet.`,
    });
  }
  if (error instanceof StaleVersionError) {
    return sendProblem(reply, request, {
      type: TYPE('versie-verouderd'),
      title: 'Intussen gewijzigd',
      status: 412,
      detail: `Iemand anders heeft dit intussen gewijzigd (nu versie ${error.huidigeVersie}). Haal de gegevens opnieuw op en breng uw wijziging opnieuw aan.`,
      huidigeVersie: error.huidigeVersie,
    });
  }
  if (error instanceof UnauthenticatedError) {
    return sendProblem(reply, request, {
      type: TYPE('niet-ingelogd'),
      title: 'Niet ingelogd',
      status: 401,
      detail: error.detail,
    });
  }
  if (error instanceof ForbiddenError) {
    return sendProblem(reply, request, {
      type: TYPE(error.code),
      title: 'Geen toegang',
      status: 403,
      detail: error.detail,
    });
  }
  if (error instanceof TooManyAttemptsError) {
    reply.header('Retry-After', String(error.wachtSeconden));
    return sendProblem(reply, request, {
      type: TYPE('te-veel-pogingen'),
      title: 'Te veel pogingen',
      status: 429,
      detail: error.message,
    });
  }
  if (error instanceof OvergangNietToegestaanError) {
    return sendProblem(reply, request, {
      type: TYPE('overgang-niet-toegestaan'),
      title: 'Deze stap is niet toegestaan',
      status: 409,
      detail: error.detail,
      huidigeStatus: error.van,
      gevraagdeStatus: error.naar,
      toegestaneStatussen: [...error.toegestaan],
    });
  }
  if (error instanceof ConflictError) {
    return sendProblem(reply, request, {
      type: TYPE(error.soort),
      title: CONFLICT_SOORTEN[error.soort],
      status: 409,
      detail: error.detail,
    });
  }
  return sendProblem(reply, request, {
    type: TYPE('ongeldig-verzoek'),
    title: 'Ongeldig verzoek',
    status: 400,
    detail: error.message,
  });
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(reply, request, {
    type: TYPE('niet-gevonden'),
    title: 'Niet gevonden',
    status: 404,
    detail: request.url.split('?')[0]!.endsWith('/')
      ? 'Dit adres bestaat niet. Laat de slash aan het eind weg.'
      : 'Dit adres bestaat niet.',
  });
}
