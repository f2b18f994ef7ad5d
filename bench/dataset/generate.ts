// The synthetic dataset, generated in memory from a fixed seed: the same seed, size and anchor date give the
// same rows on every machine. Each recommendation gets a log whose entries walk the lifecycle's allowed
// moves, so its final status and progress are those of its latest entry, as logProgress would leave them.
import { TRANSITIONS } from '../../src/domain/log/lifecycle';
import type { RecommendationStatus } from '../../src/generated/prisma/client';
import { NOTE_PARTS, OWNERS, TITLE_PARTS, ANALYSTS } from './words';

export interface DatasetSize {
  recommendations: number;
  updates: number;
}

interface PlannedUpdate {
  note: string;
  statusBefore: RecommendationStatus;
  status: RecommendationStatus;
  progressBefore: number;
  progress: number;
  evidenceUrls: string[];
  occurredOn: Date;
  actorName: string;
  createdAt: Date;
}

export interface PlannedRecommendation {
  code: string;
  themeCode: string;
  titleZh: string;
  titleEn: string;
  summaryEn: string;
  quote: string;
  createdAt: Date;
  targetDate: Date | null;
  ownerNames: string[];
  updates: PlannedUpdate[];
}

const DAY = 86_400_000;

/** mulberry32: tiny, fast and good enough for test data. */
function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  return { next, int, pick };
}
type Rng = ReturnType<typeof seededRandom>;

/** Splits `total` log entries over `n` records with an exponential spread: a few busy records, some silent. */
function updateCounts(rng: Rng, n: number, total: number): number[] {
  const weights = Array.from({ length: n }, () => -Math.log(1 - rng.next() * 0.999));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  for (let left = total - counts.reduce((a, b) => a + b, 0); left > 0; left--) counts[rng.int(0, n - 1)] += 1;
  return counts;
}

interface State {
  status: RecommendationStatus;
  progress: number;
}

/** One step of the lifecycle: usually progress, sometimes a status move that TRANSITIONS allows. */
function nextState(rng: Rng, s: State, abandonNow: boolean): State {
  const r = rng.next();
  if (abandonNow && TRANSITIONS[s.status].includes('ABANDONED')) return { status: 'ABANDONED', progress: s.progress };
  switch (s.status) {
    case 'NOT_STARTED':
      if (r < 0.5) return { status: 'PLANNED', progress: rng.int(0, 5) };
      if (r < 0.8) return { status: 'IN_PROGRESS', progress: rng.int(5, 20) };
      return s;
    case 'PLANNED':
      if (r < 0.55) return { status: 'IN_PROGRESS', progress: Math.max(s.progress, rng.int(5, 20)) };
      if (r < 0.65) return { status: 'STALLED', progress: s.progress };
      return { status: 'PLANNED', progress: Math.min(15, s.progress + rng.int(0, 3)) };
    case 'IN_PROGRESS':
      if (r < 0.1 && s.progress >= 70) return { status: 'IMPLEMENTED', progress: 100 };
      if (r < 0.16) return { status: 'STALLED', progress: s.progress };
      return { status: 'IN_PROGRESS', progress: Math.min(95, s.progress + rng.int(0, 9)) };
    case 'STALLED':
      if (r < 0.45) return { status: 'IN_PROGRESS', progress: s.progress };
      if (r < 0.55) return { status: 'PLANNED', progress: Math.min(s.progress, 15) };
      return s;
    case 'IMPLEMENTED':
      return r < 0.04 ? { status: 'IN_PROGRESS', progress: 90 } : s;
    case 'ABANDONED':
      return s;
  }
}

const sentence = (rng: Rng, parts: readonly (readonly string[])[]) => parts.map((p) => rng.pick(p)).join(' ');

function planUpdates(rng: Rng, code: string, createdAt: Date, anchor: Date, count: number): PlannedUpdate[] {
  const first = createdAt.getTime() + DAY;
  const span = Math.max(1, Math.floor((anchor.getTime() - DAY - first) / DAY));
  const days = Array.from({ length: count }, () => rng.int(0, span)).sort((a, b) => a - b);
  const abandonAt = rng.next() < 0.03 ? count - 1 : -1;
  let state: State = { status: 'NOT_STARTED', progress: 0 };
  return days.map((d, i) => {
    const next = nextState(rng, state, i === abandonAt);
    const occurredOn = new Date(first - (first % DAY) + d * DAY);
    const lag = rng.int(0, 3 * DAY) + rng.int(0, DAY - 1);
    const evidence =
      next.status === 'IMPLEMENTED' && state.status !== 'IMPLEMENTED' ? 2 : rng.next() < 0.25 ? rng.int(1, 3) : 0;
    const note =
      next.status === 'ABANDONED'
        ? `${sentence(rng, NOTE_PARTS)}\n\nReason: superseded by a later measure.`
        : sentence(rng, NOTE_PARTS);
    const u: PlannedUpdate = {
      note,
      statusBefore: state.status,
      status: next.status,
      progressBefore: state.progress,
      progress: next.progress,
      evidenceUrls: Array.from(
        { length: evidence },
        (_, k) => `https://gov.example.cn/ai/${code.toLowerCase()}/${i + 1}-${k + 1}`,
      ),
      occurredOn,
      actorName: rng.pick(ANALYSTS),
      createdAt: new Date(Math.min(occurredOn.getTime() + lag, anchor.getTime() - 1)),
    };
    state = next;
    return u;
  });
}

/** Codes of synthetic records: an `S` number keeps them apart from the catalog's own two-digit codes. */
const syntheticCode = (themeCode: string, pillar: string, n: number) =>
  `${pillar === 'GOVERNANCE' ? 'GOV' : 'DEV'}-${themeCode}-S${String(n).padStart(4, '0')}`;

export function planDataset(
  seed: number,
  size: DatasetSize,
  anchor: Date,
  themes: readonly { code: string; pillar: string }[],
  catalog: readonly { code: string; themeCode: string }[],
): PlannedRecommendation[] {
  const rng = seededRandom(seed);
  const counts = updateCounts(rng, size.recommendations, size.updates);
  const records: PlannedRecommendation[] = [];
  for (let i = 0; i < size.recommendations; i++) {
    const fromCatalog = catalog[i];
    const theme = fromCatalog ? themes.find((t) => t.code === fromCatalog.themeCode)! : themes[i % themes.length];
    const code = fromCatalog?.code ?? syntheticCode(theme.code, theme.pillar, i + 1);
    const createdAt = new Date(anchor.getTime() - 760 * DAY + rng.int(0, 20 * DAY));
    const title = sentence(rng, TITLE_PARTS);
    const hasTarget = rng.next() < 0.7;
    const ownerCount = rng.int(0, 3);
    records.push({
      code,
      themeCode: theme.code,
      titleZh: `建议${i + 1}：${rng.pick(['完善', '推进', '建立', '加强', '探索'])}${rng.pick(['监管沙盒', '风险评估', '数据共享', '算力基础设施', '人才培养'])}`,
      titleEn: title,
      summaryEn: `${title}, with ${sentence(rng, NOTE_PARTS).toLowerCase()}`,
      quote: `应${rng.pick(['进一步', '加快', '积极'])}${rng.pick(['完善', '推进', '建立'])}人工智能${rng.pick(['治理', '发展', '应用'])}相关制度（第${i + 1}条）`,
      createdAt,
      targetDate: hasTarget ? new Date(anchor.getTime() + rng.int(-180, 540) * DAY) : null,
      ownerNames: [...new Set(Array.from({ length: ownerCount }, () => rng.pick(OWNERS).name))],
      updates: planUpdates(rng, code, createdAt, anchor, counts[i]),
    });
  }
  return records;
}
