import { ConflictError } from './probleem';

/**
 * A lifecycle as a graph: for every state, the states one may go to next. Pure data, so the web app,
 * the API and the property tests read the same graph.
 */
export type Graaf<S extends string> = Readonly<Record<S, readonly S[]>>;

export function volgendeStatussen<S extends string>(graaf: Graaf<S>, status: S): readonly S[] {
  return graaf[status] ?? [];
}

export function magOvergaan<S extends string>(graaf: Graaf<S>, van: S, naar: S): boolean {
  return volgendeStatussen(graaf, van).includes(naar);
}

/** A step the graph does not allow: 409, naming the states that are allowed from here. */
export class OvergangNietToegestaanError extends ConflictError {
  constructor(
    readonly van: string,
    readonly naar: string,
    readonly toegestaan: readonly string[],
  ) {
    super(
      toegestaan.length === 0
        ? `Vanuit '${van}' is geen volgende stap meer mogelijk.`
        : `Van '${van}' kan niet naar '${naar}'. Wel mogelijk: ${toegestaan.map((s) => `'${s}'`).join(', ')}.`,
    );
  }
}

export function controleerOvergang<S extends string>(graaf: Graaf<S>, van: S, naar: S): void {
  if (!magOvergaan(graaf, van, naar)) {
    throw new OvergangNietToegestaanError(van, naar, volgendeStatussen(graaf, van));
  }
}
