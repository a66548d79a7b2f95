// docs/language.md's table against the corpus, so that the two cannot drift
// apart: each row (a feature family) names the corpus programs that show it
// working (file names or globs such as `stdlib_enum*.py` in its last column),
// every name matches a program in tests/programs/, and every program there
// belongs to some row. The differential test runs each program against
// CPython; this test keeps the document honest about which ones exist.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/harness';

interface Row {
  family: string;
  programs: string[];
}

function tableRows(markdown: string): Row[] {
  const rows: Row[] = [];
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('| ') || line.startsWith('| ---') || line.startsWith('| Family |')) continue;
    // The cells themselves never hold ' | ' (code spans in them use `|` without spaces around it).
    const cells = line.slice(2, line.lastIndexOf(' |')).split(' | ');
    expect(cells.length, `a row of docs/language.md with other than 3 cells: ${line.slice(0, 80)}`).toBe(3);
    rows.push({ family: cells[0], programs: [...cells[2].matchAll(/`([^`]+\.py)`/g)].map((m) => m[1]) });
  }
  return rows;
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '.')}$`);
}

const rows = tableRows(readFileSync(join(repoRoot, 'docs', 'language.md'), 'utf8'));
const programs = readdirSync(join(repoRoot, 'tests', 'programs')).filter((f) => f.endsWith('.py'));

describe('docs/language.md and the corpus', () => {
  it('has its table of feature families', () => {
    expect(rows.length).toBeGreaterThan(40);
  });

  it('names corpus programs in every row, and each name matches a program', () => {
    for (const row of rows) {
      expect(row.programs.length, `the row '${row.family}' names no corpus program`).toBeGreaterThan(0);
      for (const name of row.programs) {
        const re = globToRegExp(name);
        expect(programs.some((p) => re.test(p)), `the row '${row.family}' names ${name}, which is not in tests/programs/`).toBe(true);
      }
    }
  });

  it('has a row for every corpus program', () => {
    const patterns = rows.flatMap((r) => r.programs.map(globToRegExp));
    const orphans = programs.filter((p) => !patterns.some((re) => re.test(p)));
    expect(orphans, 'corpus programs that no row of docs/language.md names: add each to the row of its feature family').toEqual([]);
  });
});
