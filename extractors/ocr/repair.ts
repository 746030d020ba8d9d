// OCR confusions in numbers, repaired only where the repair is certain: a letter that looks like a
// digit (O o → 0; l I | → 1) inside a run of digits and separators that has at least two real
// digits, stands clear of other letters, and reads as a well-formed number once repaired
// ("1O5.471", "l.305.471", "2O23"). Words ("Ol", "II", "lO") are never touched.

const LOOKALIKE: Record<string, string> = { O: '0', o: '0', l: '1', I: '1', '|': '1' };
const RUN = /[0-9OolI|][0-9OolI|.,]*[0-9OolI|]/g;
const WELL_FORMED = [/^\d+$/, /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/, /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/, /^\d+[.,]\d+$/];
const LETTER = /\p{L}/u;

export function repairDigits(word: string): string {
  if (!/\d/.test(word) || !/[OolI|]/.test(word)) return word;
  return word.replace(RUN, (run, at: number) => {
    if (!/[OolI|]/.test(run)) return run;
    const digits = run.replace(/\D/g, '').length;
    if (digits < 2) return run;
    // A letter touching the run makes it part of a word ("KT1O", "Ol2").
    if (LETTER.test(word[at - 1] ?? '') || LETTER.test(word[at + run.length] ?? '')) return run;
    const repaired = run.replace(/[OolI|]/g, (c) => LOOKALIKE[c]);
    return WELL_FORMED.some((re) => re.test(repaired)) ? repaired : run;
  });
}
