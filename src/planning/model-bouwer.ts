import type { ModelData } from 'highs';

/** A sparse model built column by column, handed to HiGHS in compressed-column form. */
export class ModelBouwer {
  private readonly rijen: { lo: number; hi: number }[] = [];
  private readonly kolommen: {
    kost: number;
    lo: number;
    hi: number;
    geheel: boolean;
    a: [number, number][];
  }[] = [];

  get aantalKolommen() {
    return this.kolommen.length;
  }

  rij(lo: number, hi: number): number {
    this.rijen.push({ lo, hi });
    return this.rijen.length - 1;
  }

  private readonly benoemd = new Map<string, number>();

  /** The row named `sleutel` (a person's, a team's, a vraag's capacity), made on first use. */
  rijVan(sleutel: string, lo: number, hi: number): number {
    let r = this.benoemd.get(sleutel);
    if (r === undefined) {
      r = this.rij(lo, hi);
      this.benoemd.set(sleutel, r);
    }
    return r;
  }

  kolom(kost: number, lo: number, hi: number, geheel: boolean): number {
    this.kolommen.push({ kost, lo, hi, geheel, a: [] });
    return this.kolommen.length - 1;
  }

  zet(kolom: number, rij: number, waarde: number) {
    this.kolommen[kolom]!.a.push([rij, waarde]);
  }

  modelData(oneindig: number, richting: ModelData['sense'], geheelType: 1): ModelData {
    const starts: number[] = [];
    const indices: number[] = [];
    const values: number[] = [];
    for (const k of this.kolommen) {
      starts.push(indices.length);
      for (const [r, w] of [...k.a].sort((a, b) => a[0] - b[0])) {
        indices.push(r);
        values.push(w);
      }
    }
    starts.push(indices.length);
    const grens = (x: number) => (x === Infinity ? oneindig : x === -Infinity ? -oneindig : x);
    return {
      numCols: this.kolommen.length,
      numRows: this.rijen.length,
      sense: richting,
      colCost: Float64Array.from(this.kolommen, (k) => k.kost),
      colLower: Float64Array.from(this.kolommen, (k) => k.lo),
      colUpper: Float64Array.from(this.kolommen, (k) => grens(k.hi)),
      rowLower: Float64Array.from(this.rijen, (r) => grens(r.lo)),
      rowUpper: Float64Array.from(this.rijen, (r) => grens(r.hi)),
      matrix: {
        format: 'csc' as const,
        numRows: this.rijen.length,
        numCols: this.kolommen.length,
        starts: Int32Array.from(starts),
        indices: Int32Array.from(indices),
        values: Float64Array.from(values),
      },
      integrality: Int32Array.from(this.kolommen, (k) =>
        k.geheel ? geheelType : 0,
      ) as ModelData['integrality'],
    };
  }
}
