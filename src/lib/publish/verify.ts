import { ChainError, checkFiles, ownFiles, walkChain, type SiteReader } from './chain.ts';
import { paths, publicationFile } from '../views/paths.ts';

/** What `npm run verify` found. */
export interface VerifyReport {
  source: string;
  /** The latest publication's id; undefined when there is no manifest. */
  id?: string;
  /** Files the latest manifest lists, and what became of them. */
  files: number;
  checked: number;
  mismatched: string[];
  missing: string[];
  /** Publications in the chain, this one included, back to the first when it is whole. */
  chain: number;
  /** Earlier publications' own files checked against their own manifests. */
  earlierChecked: number;
  /** Archives no longer kept (only the last few are): listed, not a failure. */
  gone: string[];
  /** A broken link of the chain or an earlier publication's damaged file. */
  problems: string[];
  ok: boolean;
}

const isArchive = (path: string) => /\/minh-bach-[^/]+\.zip$/.test(path);

/**
 * Checks a site (live, a copy, a zip of one) against its manifest: every file it lists, its
 * stable copy at /cong-bo/<id>/manifest.json, then the chain back to the first publication, and
 * each earlier publication's own files against that publication's manifest.
 */
export async function verifySite(reader: SiteReader): Promise<VerifyReport> {
  const report: VerifyReport = {
    source: reader.label,
    files: 0,
    checked: 0,
    mismatched: [],
    missing: [],
    chain: 0,
    earlierChecked: 0,
    gone: [],
    problems: [],
    ok: false,
  };
  const top = await reader.read(paths.manifest);
  if (!top) {
    report.problems.push(`${paths.manifest}: thiếu / missing: nothing to check against`);
    return report;
  }
  try {
    for await (const link of walkChain(reader, top)) {
      const m = link.manifest;
      report.chain++;
      if (report.chain === 1) {
        report.id = m.id;
        report.files = m.published.length;
        const own = await reader.hash(publicationFile(m.id, 'manifest.json'));
        if (own?.sha256 !== link.sha256)
          report.problems.push(
            `${publicationFile(m.id, 'manifest.json')}: ${own ? 'khác / differs from' : 'thiếu / missing, the copy of'} ${paths.manifest}`,
          );
        const check = await checkFiles(reader, m.published, isArchive);
        report.checked = check.checked;
        report.mismatched = check.mismatched;
        report.missing = check.missing;
        report.gone.push(...check.gone);
        continue;
      }
      const check = await checkFiles(reader, ownFiles(m), isArchive);
      report.earlierChecked += check.checked;
      report.gone.push(...check.gone);
      for (const path of check.mismatched)
        report.problems.push(
          `${path}: khác bản kê của lần công bố ${m.id} / differs from its own manifest`,
        );
      for (const path of check.missing)
        report.problems.push(`${path}: thiếu / missing (listed by publication ${m.id})`);
    }
  } catch (e) {
    if (!(e instanceof ChainError)) throw e;
    report.problems.push(`chuỗi đứt / broken chain: ${e.message}`);
  }
  report.ok =
    report.mismatched.length === 0 && report.missing.length === 0 && report.problems.length === 0;
  return report;
}

/** The report as people read it, Vietnamese first. */
export function formatVerifyReport(r: VerifyReport): string {
  const lines = [
    `Kiểm tra / verifying ${r.source}${r.id ? ` — lần công bố / publication ${r.id}` : ''}`,
    `  Tệp trong bản kê / files in the manifest: ${r.files}`,
    `  Đã kiểm tra, khớp / checked: ${r.checked - r.mismatched.length} of ${r.checked} match`,
    `  Khác bản kê / mismatched: ${r.mismatched.length}`,
    ...r.mismatched.slice(0, 50).map((p) => `    ✖ ${p}`),
    `  Thiếu / missing: ${r.missing.length}`,
    ...r.missing.slice(0, 50).map((p) => `    ✖ ${p}`),
    `  Chuỗi / chain: ${r.chain} lần công bố / publications${r.problems.some((p) => p.startsWith('chuỗi')) ? '' : ' back to the first'}; ${r.earlierChecked} earlier files checked against their own manifests`,
  ];
  if (r.gone.length)
    lines.push(`  Tệp zip cũ không còn giữ / archives no longer kept: ${r.gone.length}`);
  for (const p of r.problems) lines.push(`  ✖ ${p}`);
  lines.push(
    r.ok
      ? 'KẾT QUẢ: KHỚP — mọi tệp khớp bản kê và chuỗi / RESULT: OK, every file matches the manifest and the chain'
      : 'KẾT QUẢ: KHÔNG KHỚP / RESULT: FAILED, see above',
  );
  return `${lines.join('\n')}\n`;
}
