/** A versioned migration: plain PostgreSQL statements, run in order inside one transaction. */
export interface Migration {
  name: string;
  statements: string[];
}
