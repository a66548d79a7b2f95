// Character names for \N{...} escapes, as Python's unicodedata.lookup() sees
// them: a table generated from unicodedata (scripts/gen-unicode-names.py),
// plus the two algorithmic families (CJK ideographs, Hangul syllables).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

let table: Map<string, number> | undefined;

function loadTable(): Map<string, number> {
  if (table) return table;
  // compiler/src/unicode-names.ts, or lib/compiler/src/unicode-names.js once built.
  const candidates = [join(__dirname, '..', 'data'), join(__dirname, '..', '..', '..', 'compiler', 'data')];
  let text: string | undefined;
  for (const dir of candidates) {
    try {
      text = gunzipSync(readFileSync(join(dir, 'unicode-names.txt.gz'))).toString('ascii');
      break;
    } catch {
      /* next */
    }
  }
  if (text === undefined) throw new Error('internal error: compiler/data/unicode-names.txt.gz is missing');
  table = new Map();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const semi = line.indexOf(';');
    table.set(line.slice(semi + 1), parseInt(line.slice(0, semi), 16));
  }
  return table;
}

const jamoL = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const jamoV = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const jamoT = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

function hangul(syllable: string): number | undefined {
  // Longest-match decomposition L V T, as Unicode's algorithm names them.
  for (let l = 0; l < jamoL.length; l++) {
    if (!syllable.startsWith(jamoL[l])) continue;
    const rest = syllable.slice(jamoL[l].length);
    for (let v = 0; v < jamoV.length; v++) {
      if (!rest.startsWith(jamoV[v])) continue;
      const t = jamoT.indexOf(rest.slice(jamoV[v].length));
      if (t >= 0) return 0xac00 + (l * 21 + v) * 28 + t;
    }
  }
  return undefined;
}

/** The code point named `name` (case-insensitive, as Python), or undefined. */
export function lookupCharacterName(name: string): number | undefined {
  const upper = name.toUpperCase();
  const cjk = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(upper);
  if (cjk) return parseInt(cjk[1], 16);
  if (upper.startsWith('HANGUL SYLLABLE ')) return hangul(upper.slice('HANGUL SYLLABLE '.length));
  return loadTable().get(upper);
}
