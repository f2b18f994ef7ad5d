// Prepared-statement names for the first texts a handle sends prepared. Planning the compiled list statement
// cost PostgreSQL more than running it; each connection keeps what it prepared until it closes, so the number
// of texts prepared is bounded (a client sending ever new query shapes gets unprepared statements past the
// bound, not unbounded memory).
import { createHash } from 'node:crypto';

const MAX_PREPARED = 64;

export class PreparedStatementNames {
  private readonly names = new Map<string, string>();

  /** The name to prepare `text` under, or undefined once the bound is reached (then it runs unprepared). */
  nameOf(text: string): string | undefined {
    let name = this.names.get(text);
    if (!name && this.names.size < MAX_PREPARED)
      this.names.set(text, (name = `cq_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`));
    return name;
  }
}
