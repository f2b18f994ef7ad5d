// A document added without themes gets one per top-level section (decisions: "Themes belong to a document"),
// named by the section's heading, with no pillar; a document without headings gets one theme, its title's.
// Codes are derived from the slug (DOCSLUG1, DOCSLUG2, …); createTheme adds more later.
import { topLevelSections, type Section } from '../catalog/documentText';
import { LIMITS } from '../validation';
import type { ThemeFields } from './themes';

export function themesOfSections(
  doc: { slug: string; titleZh: string; titleEn: string },
  sections: readonly Section[],
): ThemeFields[] {
  const stem = doc.slug
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 24);
  const prefix = /^[A-Z]/.test(stem) ? stem : `D${stem}`.slice(0, 24);
  const top = topLevelSections(sections);
  if (top.length === 0) return [{ code: `${prefix}1`, nameZh: doc.titleZh, nameEn: doc.titleEn, pillar: null }];
  return top.map((s, i) => {
    const name = s.heading.slice(0, LIMITS.title);
    return { code: `${prefix}${i + 1}`, nameZh: name, nameEn: name, sectionZh: name, pillar: null };
  });
}
