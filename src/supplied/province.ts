// A province named by a person (an option, a manifest cell) or by the folders and file name a report
// sits under ("…/Ninh Thuan/2023/x.pdf", "bao-cao-tra-vinh-2021.docx"): the gazetteer's names and
// their other spellings (src/metadata/provinces.ts), with or without diacritics, words joined by
// spaces, hyphens, underscores or dots.
import path from 'node:path';
import { findProvince, provinceByCode, PROVINCES, type Province } from '../metadata/provinces.js';

/** Lower case, no diacritics (đ is d), every run of other characters one space. */
export function foldedWords(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Every written form of every province, folded; longest first so "ba ria vung tau" is tried before
// a shorter form it holds. A form two provinces share once folded names neither.
const FORMS = (() => {
  const byForm = new Map<string, Province | null>();
  for (const p of PROVINCES) {
    for (const written of [p.name, ...p.aliases]) {
      const form = foldedWords(written);
      if (!form) continue;
      const had = byForm.get(form);
      byForm.set(form, had === undefined || had === p ? p : null);
    }
  }
  return [...byForm].filter((e): e is [string, Province] => e[1] !== null).sort((a, b) => b[0].length - a[0].length);
})();

/** The province a person names: a name or alias (diacritics optional, "tỉnh"/"TP" allowed) or a
 *  two-digit statistical code. Null when it names none. */
export function provinceNamed(written: string): Province | null {
  const t = written.trim();
  if (/^\d{1,2}$/.test(t)) return provinceByCode(t.padStart(2, '0'));
  const exact = findProvince(t);
  if (exact) return exact;
  const folded = foldedWords(t).replace(/^(tinh|thanh pho|tp)\s+/, '');
  return FORMS.find(([form]) => form === folded)?.[1] ?? null;
}

/** The provinces whose forms stand as whole words in one folder or file name. */
function provincesIn(segment: string): Set<Province> {
  let words = ` ${foldedWords(segment)} `;
  const found = new Set<Province>();
  for (const [form, p] of FORMS) {
    if (!words.includes(` ${form} `)) continue;
    found.add(p);
    words = words.replaceAll(` ${form} `, '  '); // "ha nam" inside "ha nam dinh" is not both
  }
  return found;
}

/** The province a report's path names: its file name first, then its folders from the nearest.
 *  A name that names two provinces says nothing. */
export function provinceFromPath(filePath: string): Province | null {
  const parts = filePath.split(/[\\/]+/).filter(Boolean);
  const file = parts.pop() ?? '';
  const segments = [path.parse(file).name, ...parts.reverse()];
  for (const s of segments) {
    const found = provincesIn(s);
    if (found.size === 1) return [...found][0];
  }
  return null;
}
