/**
 * Projects across years: a project is followed from one year to the next by the id its editors keep
 * (performance.yaml, projects[].id; src/data/projects-across-years.ts). Against the same stage of the previous
 * year: a new id whose name is nearly a vanished project's name is most likely the same project under a changed id
 * (project/id-changed, one finding per such project); last year's projects that no longer appear are listed in one
 * finding (project/disappeared), since a project may have ended. Both are warnings. Cheap when nothing changed: two
 * id sets; names are compared only between vanished and new projects.
 */
import type { Project } from '../../schemas/performance.ts';
import type { DisclosureContext, LocatedRuleFinding } from '../context.ts';

/** A name without what changes from year to year in how it is written: spaces, punctuation, years. */
export function normaliseProjectName(name: string): string {
  return name
    .replace(/(19|20)\d{2}\s*年(度)?/g, '')
    .replace(/[\s\u3000“”"'‘’《》〈〉（）()【】[\]、，,。.·:：;；\-—_]/g, '')
    .toLowerCase();
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Nearly the same name: equal once normalised, or within a quarter of the longer name's characters of each other
 * (干部教育培训经费 / 干部教育培训专项经费), for names of four characters or more.
 */
export function nearlySameName(a: string, b: string): boolean {
  const x = normaliseProjectName(a);
  const y = normaliseProjectName(b);
  if (x === y) return x.length > 0;
  const longest = Math.max(x.length, y.length);
  if (Math.min(x.length, y.length) < 4) return false;
  const limit = Math.max(1, Math.floor(longest / 4));
  return distance(x, y, limit) <= limit;
}

const STAGE_NAMES = { budget: '预算', final: '决算' } as const;

export function projectsAcrossYearsRules(context: DisclosureContext): LocatedRuleFinding[] {
  const projects = context.performance?.projects;
  const lastProjects = context.previous?.performance?.projects;
  if (!projects || !lastProjects || lastProjects.length === 0) return [];
  const ids = new Set(projects.map((project) => project.id));
  const vanished = lastProjects.filter((project) => !ids.has(project.id));
  if (vanished.length === 0) return [];
  const lastIds = new Set(lastProjects.map((project) => project.id));
  const findings: LocatedRuleFinding[] = [];
  const last = `${context.year - 1}年${STAGE_NAMES[context.stage]}`;
  const matched = new Set<Project>();
  projects.forEach((project, index) => {
    if (lastIds.has(project.id)) return;
    const earlier = vanished.find((old) => !matched.has(old) && nearlySameName(old.name, project.name));
    if (!earlier) return;
    matched.add(earlier);
    findings.push({
      severity: 'warning', rule: 'project/id-changed', file: 'performance.yaml', at: ['projects', index, 'id'],
      message: `项目“${project.name}”的标识 ${project.id} 是新的，但名称与${last}的项目“${earlier.name}”（标识 ${earlier.id}）几乎相同：如是同一项目，请沿用上年的标识 ${earlier.id}，本站才能把它的历年资金和绩效连起来；如确是新项目，可忽略本提示`,
      messageEn: `Project ${project.id} is new but its name is nearly that of last year's project ${earlier.id}: keep the id if it is the same project`,
      values: [
        { label: '本年项目', value: `${project.name}（${project.id}）` },
        { label: `${last}项目`, value: `${earlier.name}（${earlier.id}）` },
      ],
    });
  });
  const gone = vanished.filter((project) => !matched.has(project));
  if (gone.length > 0) {
    findings.push({
      severity: 'warning', rule: 'project/disappeared', file: 'performance.yaml', at: ['projects'],
      message: `${last}的${gone.length}个项目在本年未出现（按项目标识对照）：${gone.map((project) => `“${project.name}”（${project.id}）`).join('、')}。如项目已结束可忽略；如仍在实施，请使用与上年相同的项目标识`,
      messageEn: `${gone.length} project(s) of last year's ${context.stage} do not appear this year (by project id)`,
      values: [{ label: '上年项目', value: gone.map((project) => `${project.name}（${project.id}）`).join('；') }],
    });
  }
  return findings;
}
