// The owners cell of a catalog sheet, `Name (KIND); Name (KIND)`: one codec, which the export writes and the
// import reads, so that any owner name comes back as it was, and plain names read as they always did.
import { decodeOwners, encodeOwners } from '../../src/domain/exchange/ownersCell';
import { DomainError } from '../../src/errors';

type Owner = Parameters<typeof encodeOwners>[0][number];

describe('the owners cell', () => {
  it('writes plain names as before: lead first, "Name (KIND)", joined by "; "', () => {
    const owners: Owner[] = [
      { name: '科技部', kind: 'MINISTRY' },
      { name: 'Cyberspace Administration', kind: 'REGULATOR' },
    ];
    expect(encodeOwners(owners)).toBe('科技部 (MINISTRY); Cyberspace Administration (REGULATOR)');
    expect(decodeOwners('科技部 (MINISTRY);Cyberspace Administration(REGULATOR) ; ')).toEqual(owners);
  });

  it.each<Owner[][]>([
    [[{ name: 'Real Ministry (MINISTRY); Other Org', kind: 'OTHER' }]],
    [
      [
        { name: 'A;=B', kind: 'REGULATOR' },
        { name: 'Name (REGULATOR)', kind: 'MINISTRY' },
      ],
    ],
    [[{ name: 'Back\\slash\\; Org\\', kind: 'OTHER' }]],
    [[{ name: '\\\\;;\\', kind: 'ACADEMIA' }]],
    [[{ name: 'two\nlines (X)', kind: 'ENTERPRISE' }]],
    // Quotes are the CSV layer's to escape; the lead stays first however the others are named.
    [
      [
        { name: 'The "Quoted" Office, Ltd.', kind: 'OTHER' },
        { name: "O'Brien \\; Partners", kind: 'ENTERPRISE' },
        { name: '"; (MINISTRY)', kind: 'REGULATOR' },
      ],
    ],
  ])('gives back %j exactly', (owners) => {
    expect(decodeOwners(encodeOwners(owners))).toEqual(owners);
  });

  it('escapes only what would split the cell: a semicolon and the backslash itself', () => {
    expect(encodeOwners([{ name: 'A;=B\\C', kind: 'OTHER' }])).toBe('A\\;=B\\\\C (OTHER)');
    // A backslash typed before anything else is the name's own.
    expect(decodeOwners('C:\\dir (OTHER)')).toEqual([{ name: 'C:\\dir', kind: 'OTHER' }]);
  });

  it('refuses an owner without its (KIND) with BAD_USER_INPUT on the owners column', () => {
    const refusal = (() => {
      try {
        decodeOwners('Ministry of Science (MINISTRY); Other Org');
      } catch (err) {
        return err;
      }
    })() as DomainError;
    expect(refusal).toBeInstanceOf(DomainError);
    expect([refusal.code, refusal.details?.field, refusal.message]).toEqual([
      'BAD_USER_INPUT',
      'owners',
      'owners: write each as "Name (KIND)", e.g. "Ministry of Science (MINISTRY)", and a ";" within a name as "\\;": "Other Org" has no (KIND).',
    ]);
  });
});
