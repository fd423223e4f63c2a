import { type ComponentType, lazy } from 'react';

/**
 * A page from an area module, loaded on first use: `pagina(organisatie, 'TeamsPage')`. Every page of
 * an area comes from one import() of the area's module, so the area is one chunk that loads once.
 * The Suspense boundary around the Outlet (Layout) shows the loading state meanwhile.
 */
export function pagina<M extends Record<string, unknown>, K extends keyof M & string>(
  laad: () => Promise<M>,
  naam: K,
): ComponentType {
  return lazy(async () => ({ default: (await laad())[naam] as ComponentType }));
}
