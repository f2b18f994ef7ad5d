// The rule itself (src/domain/visibility): what each reader sees of an entry. The channels' tests prove that
// every way out asks it.
import { mayReadText, readsInternal, visibleTo } from '../../src/domain/visibility/visibility';

const internal = { id: 1, visibility: 'INTERNAL' as const, note: 'secret', evidenceUrls: ['https://example.org/a'] };
const published = { ...internal, visibility: 'PUBLIC' as const };

describe('visibility of a log entry', () => {
  it('lets every signed-in role read internal text, VIEWER included, and no anonymous reader', () => {
    expect((['VIEWER', 'ANALYST', 'REVIEWER', 'ADMIN'] as const).map((role) => readsInternal({ role }))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(readsInternal(null)).toBe(false);
  });

  it('withholds an internal entry’s note and evidence from an anonymous reader, keeping the rest', () => {
    expect(visibleTo(null, internal)).toEqual({ id: 1, visibility: 'INTERNAL', note: '', evidenceUrls: [] });
    expect(mayReadText(null, internal)).toBe(false);
  });

  it('shows a signed-in reader an internal entry whole, and everyone a public one', () => {
    expect(visibleTo({ role: 'VIEWER' }, internal)).toEqual(internal);
    expect(visibleTo(null, published)).toEqual(published);
    expect(mayReadText(null, published)).toBe(true);
  });
});
