// Every write reads as a sentence in the audit trail, in both languages (issue 26: "the audit trail reads as
// sentences built from the operation table's labels"). An operation added without a change label or a line in
// AUDIT_WORDS would read "A change": this fails first.
import { auditSummary, OPERATIONS } from '../../src/domain/operations';

it.each(Object.keys(OPERATIONS))('%s has its own words in both languages', (operation) => {
  const { en, zh } = auditSummary({ operation, targetType: 'Recommendation', targetId: 'GOV-X-01', actorName: 'li' });
  expect(en).not.toMatch(/^A change/);
  expect(zh).not.toMatch(/一项更改/);
  expect(en).toContain('GOV-X-01');
  expect(zh).toContain('GOV-X-01');
});
