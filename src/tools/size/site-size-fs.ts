import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * What a built site weighs, by part, against the size budget: the country publication with its
 * kept publications must fit the hosts people use (GitHub Pages: 1 GB a site; Cloudflare Pages:
 * 20,000 files, 25 MiB a file), and every new monthly publication may add only a little.
 */
export const BUDGET = {
  /** The live site with `keep` publications kept, in bytes (MB = 1,000,000 bytes). */
  siteBytes: 500e6,
  /** What one more monthly publication may add to the live site. */
  perPublicationBytes: 15e6,
  keep: 5,
  /** Cloudflare Pages' limits, the strictest of the common free hosts. */
  files: 20_000,
  fileBytes: 25 * 1024 * 1024,
} as const;

/** The parts of a site, first match wins: a path relative to the site root. */
const PARTS: [name: string, test: RegExp][] = [
  ['commune pages', /^don-vi\/[^/]+\/[^/]+\/index\.html$/],
  ['province and unit index pages', /^don-vi\/.*\.html$/],
  ['share cards', /^the\//],
  ['per-unit downloads', /^tai-ve\/don-vi\//],
  ['per-indicator downloads', /^tai-ve\/chi-tieu\//],
  ['supervision downloads', /^tai-ve\/giam-sat\//],
  ['zip archives (live)', /^(?:tai-ve|cong-bo\/[^/]+)\/[^/]+\.zip$/],
  ['other downloads', /^tai-ve\//],
  ['supervision sheets', /^phieu-giam-sat\//],
  ['supervision pages', /^giam-sat\//],
  ['embeds', /^embed\//],
  ['publication pages', /^cong-bo\/(?:[^/]+\/)?index\.html$/],
  ['kept publication files', /^cong-bo\//],
  ['feeds', /\.xml$/],
  ['search index', /^search-index/],
  ['other pages', /\.html$/],
  ['other', /(?:)/],
];

export interface SizePart {
  name: string;
  bytes: number;
  files: number;
}

export interface SiteSize {
  bytes: number;
  files: number;
  parts: SizePart[];
  largest: { path: string; bytes: number };
  /**
   * What the live publication keeps on the site for good under /cong-bo/<id>/ (Parquet,
   * manifest, data package…), carried by every later publication. Its zip is not: the site
   * carries the live publication's zip only.
   */
  keptPerPublication: number;
  /** The live site as it will be with BUDGET.keep publications kept: this one's kept files each time. */
  projected: number;
}

/** Measures the site in `dir` (the live symlink is followed). */
export function measureSite(dir: string): SiteSize {
  const root = realpathSync(dir);
  const parts = new Map(PARTS.map(([name]) => [name, { name, bytes: 0, files: 0 }]));
  let bytes = 0;
  let files = 0;
  let largest = { path: '', bytes: 0 };
  const live = liveId(root);
  let kept = 0;
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = relative(root, join(e.parentPath, e.name)).split(sep).join('/');
    const size = statSync(join(e.parentPath, e.name)).size;
    const part = parts.get(PARTS.find(([, test]) => test.test(path))![0])!;
    part.bytes += size;
    part.files++;
    bytes += size;
    files++;
    if (size > largest.bytes) largest = { path, bytes: size };
    if (live && path.startsWith(`cong-bo/${live}/`) && !/(?:index\.html|\.zip)$/.test(path))
      kept += size;
  }
  const older = Math.max(0, BUDGET.keep - keptPublications(root).length);
  return {
    bytes,
    files,
    parts: [...parts.values()].filter((p) => p.files > 0).sort((a, b) => b.bytes - a.bytes),
    largest,
    keptPerPublication: kept,
    projected: bytes + older * kept,
  };
}

/** The live publication's id, from its manifest. */
function liveId(root: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(root, 'tai-ve/manifest.json'), 'utf8')) as { id: string })
      .id;
  } catch {
    return undefined;
  }
}

/** The publications whose files the site keeps (/cong-bo/<id>/ with a manifest). */
const keptPublications = (root: string): string[] => {
  try {
    return readdirSync(join(root, 'cong-bo')).filter((id) => {
      try {
        return statSync(join(root, 'cong-bo', id, 'manifest.json')).isFile();
      } catch {
        return false;
      }
    });
  } catch {
    return [];
  }
};

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** The measurement as a Markdown table and the budget's verdict, line by line. */
export function sizeReport(size: SiteSize): string[] {
  return [
    '| part | size | files |',
    '| --- | ---: | ---: |',
    ...size.parts.map((p) => `| ${p.name} | ${mb(p.bytes)} | ${p.files.toLocaleString('en')} |`),
    `| **total** | **${mb(size.bytes)}** | **${size.files.toLocaleString('en')}** |`,
    '',
    `- kept for good per publication: ${mb(size.keptPerPublication)} (budget for one more publication: ${mb(BUDGET.perPublicationBytes)}, with its month of data)`,
    `- with ${BUDGET.keep} publications kept: ${mb(size.projected)} (budget ${mb(BUDGET.siteBytes)})`,
    `- files: ${size.files.toLocaleString('en')} (Cloudflare Pages: ${BUDGET.files.toLocaleString('en')}); largest ${size.largest.path}, ${mb(size.largest.bytes)} (Cloudflare Pages: 26.2 MB a file)`,
  ];
}
