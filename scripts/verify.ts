// Checks a publication: a live site (URL), a copy (folder) or a zip of one, against its manifest
// (/tai-ve/manifest.json: every file with its size and SHA-256) and the chain of manifests back
// to the first publication. Exit 0 when everything matches, 1 when something does not, 2 when
// the argument is wrong or the site cannot be read.
// Usage: npm run verify -- https://site.example.vn/ | dist | site.zip
import { existsSync, statSync } from 'node:fs';
import { dirReader, urlReader, zipReader } from '../src/lib/publish/readers-fs.ts';
import { formatVerifyReport, verifySite } from '../src/lib/publish/verify.ts';

const target = process.argv[2];
if (!target || process.argv.length > 3) {
  console.error('Cách dùng / usage: npm run verify -- URL|DIR|ZIP');
  process.exit(2);
}
const open = () =>
  /^https?:\/\//i.test(target)
    ? urlReader(target)
    : existsSync(target) && statSync(target).isDirectory()
      ? dirReader(target)
      : existsSync(target)
        ? zipReader(target)
        : undefined;
try {
  const reader = open();
  if (!reader) {
    console.error(`Không tìm thấy / not found: ${target}`);
    process.exit(2);
  }
  const report = await verifySite(reader);
  process.stdout.write(formatVerifyReport(report));
  process.exit(report.ok ? 0 : 1);
} catch (e) {
  console.error(`Không đọc được / cannot read ${target}: ${(e as Error).message}`);
  process.exit(2);
}
