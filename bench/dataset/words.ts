// Word lists for the synthetic dataset: enough variety that notes and titles are not all the same length.
import type { OwnerKind } from '../../src/generated/prisma/client';

export const TITLE_PARTS = [
  ['Establish', 'Strengthen', 'Pilot', 'Clarify', 'Expand', 'Review', 'Coordinate', 'Publish'],
  ['a regulatory sandbox', 'risk assessment rules', 'data-sharing agreements', 'compute infrastructure', 'talent programmes', 'liability rules', 'model registration', 'incident reporting'],
  ['for healthcare AI', 'for financial services', 'across provinces', 'for public services', 'for small enterprises', 'in manufacturing', 'for cross-border data', 'for foundation models'],
] as const;

export const NOTE_PARTS = [
  ['Drafted', 'Consulted on', 'Approved', 'Published', 'Piloted', 'Reviewed', 'Funded', 'Delayed', 'Extended', 'Evaluated'],
  ['the implementing rules', 'a provincial pilot', 'the technical standard', 'the guidance note', 'the funding scheme', 'the working group terms', 'the evaluation report', 'the registry design'],
  ['after stakeholder consultation.', 'with two ministries.', 'ahead of the national plan.', 'following the audit office review.', 'in three pilot cities.', 'pending budget approval.', 'as announced at the annual conference.', 'with industry bodies and academia.'],
] as const;

export const ANALYSTS = [
  'analyst-zhang', 'analyst-li', 'analyst-wang', 'analyst-liu', 'analyst-chen', 'analyst-yang', 'analyst-huang', 'analyst-zhao',
  'analyst-wu', 'analyst-zhou', 'analyst-xu', 'analyst-sun', 'analyst-ma', 'analyst-zhu', 'analyst-hu', 'analyst-guo',
] as const;

export const OWNERS: readonly { name: string; kind: OwnerKind }[] = [
  { name: 'Ministry of Industry and Information Technology', kind: 'MINISTRY' },
  { name: 'Ministry of Science and Technology', kind: 'MINISTRY' },
  { name: 'Ministry of Education', kind: 'MINISTRY' },
  { name: 'Ministry of Finance', kind: 'MINISTRY' },
  { name: 'Ministry of Human Resources and Social Security', kind: 'MINISTRY' },
  { name: 'Cyberspace Administration', kind: 'REGULATOR' },
  { name: 'Financial Regulatory Administration', kind: 'REGULATOR' },
  { name: 'Market Regulation Administration', kind: 'REGULATOR' },
  { name: 'Data Administration', kind: 'REGULATOR' },
  { name: 'Beijing Municipal Government', kind: 'LOCAL_GOVERNMENT' },
  { name: 'Shanghai Municipal Government', kind: 'LOCAL_GOVERNMENT' },
  { name: 'Guangdong Provincial Government', kind: 'LOCAL_GOVERNMENT' },
  { name: 'Zhejiang Provincial Government', kind: 'LOCAL_GOVERNMENT' },
  { name: 'Shenzhen Municipal Government', kind: 'LOCAL_GOVERNMENT' },
  { name: 'State Grid', kind: 'ENTERPRISE' },
  { name: 'China Mobile', kind: 'ENTERPRISE' },
  { name: 'AI Industry Alliance', kind: 'INDUSTRY_BODY' },
  { name: 'Software Industry Association', kind: 'INDUSTRY_BODY' },
  { name: 'Academy of Sciences', kind: 'ACADEMIA' },
  { name: 'Tsinghua University', kind: 'ACADEMIA' },
  { name: 'Peking University', kind: 'ACADEMIA' },
  { name: 'Standardization Administration', kind: 'OTHER' },
  { name: 'UN Advisory Body on AI', kind: 'INTERNATIONAL_BODY' },
  { name: 'OECD AI Policy Observatory', kind: 'INTERNATIONAL_BODY' },
];
