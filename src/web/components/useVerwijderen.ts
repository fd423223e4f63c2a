import { useState } from 'react';
import { toProblemError } from './useResource';

/**
 * A "remove after confirmation" flow: which item waits for confirmation (null: none, the dialog is
 * closed), whether the removal runs, and what went wrong. `na` runs after a removal succeeded
 * (tell the user, reload, move focus); a failure closes the dialog and keeps the server's message.
 */
export function useVerwijderen<T>(verwijder: (item: T) => Promise<unknown>, na: (item: T) => unknown) {
  const [weg, setWeg] = useState<T | null>(null);
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const bevestig = async () => {
    if (weg === null) return;
    const item = weg;
    setBezig(true);
    setFout(null);
    try {
      await verwijder(item);
      setWeg(null);
      await na(item);
    } catch (error) {
      const p = toProblemError(error);
      setWeg(null);
      setFout(p.detail ?? p.title);
    } finally {
      setBezig(false);
    }
  };
  return { weg, vraag: setWeg, annuleer: () => setWeg(null), bezig, fout, bevestig };
}
