// Regenerates the data-format tables in README.md from the schemas.
import { readFileSync, writeFileSync } from 'node:fs';
import { withFormats } from '../src/tools/docs/format-docs.ts';

writeFileSync('README.md', withFormats(readFileSync('README.md', 'utf8')));
console.log('README.md: data formats regenerated from src/lib/schema');
