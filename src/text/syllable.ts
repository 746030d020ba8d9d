// Vietnamese syllable validity: onset + (glide) + nucleus + (coda) + at most one tone mark, with the
// standard spelling rules (k/gh/ngh before front vowels, c/g/ng elsewhere, qu, gi, iê vs yê, tones on
// stop-final syllables). Used to decide whether PDF fragments or legacy-encoded words read as Vietnamese.

/** Tone numbers: 0 level, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng. */
const TONE_OF_MARK: Record<string, number> = {
  '\u0300': 1,
  '\u0301': 2,
  '\u0309': 3,
  '\u0303': 4,
  '\u0323': 5,
};
const QUALITY_MARKS = new Set(['\u0306', '\u0302', '\u031B']);
const ALPHABET = new Set('aăâbcdđeêghiklmnoôơpqrstuưvxy');
const VOWELS = 'aeiouy';

// Rhymes without a glide (toneless). ă, â, iê, uô, ươ never end a syllable without a coda.
const PLAIN_RHYMES = [
  'a ac ach ai am an ang anh ao ap at au ay',
  'ăc ăm ăn ăng ăp ăt',
  'âc âm ân âng âp ât âu ây',
  'e ec em en eng eo ep et',
  'ê êch êm ên ênh êp êt êu',
  'i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu',
  'y yêm yên yêng yêt yêu',
  'o oc oi om on ong op ot oong ooc',
  'ô ôc ôi ôm ôn ông ôp ôt',
  'ơ ơi ơm ơn ơp ơt',
  'u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt',
  'ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu',
].join(' ');

// Rhymes with the glide o (before a, ă, e) or u (before â, ê, y, ơ).
const GLIDE_RHYMES = [
  'oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet',
  'uân uâng uât uây uê uêch uênh uơ uy uych uynh uyt uyn uyu uya uyên uyêt',
].join(' ');

// After "qu" the u is the glide, so the rest is a rhyme starting with the main vowel.
const QU_EXTRA = 'y ynh ych yt yn yêt yên i ôc';

const PLAIN = new Set(PLAIN_RHYMES.split(' '));
const GLIDE = new Set(GLIDE_RHYMES.split(' '));
const AFTER_QU = new Set([...PLAIN].filter((r) => 'aăâeêơ'.includes(r[0])).concat(QU_EXTRA.split(' ')));

const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];

const STOP_CODA = /(c|ch|p|t)$/;
const FRONT = 'eêiy';

export interface ToneSplit {
  /** Lowercase letters without the tone mark, NFC ("thông", "truyên"). */
  base: string;
  tone: number;
}

/** Lowercases and removes the tone mark; null when the word has two tones or a non-Vietnamese letter. */
export function splitTone(word: string): ToneSplit | null {
  const d = word.toLowerCase().normalize('NFD');
  let tone = 0;
  let out = '';
  let letter = '';
  for (const ch of d) {
    const t = TONE_OF_MARK[ch];
    if (t !== undefined) {
      // One tone, and on a vowel.
      if (tone !== 0 || !VOWELS.includes(letter)) return null;
      tone = t;
    } else {
      out += ch;
      if (!QUALITY_MARKS.has(ch)) letter = ch;
    }
  }
  const base = out.normalize('NFC');
  for (const ch of base) if (!ALPHABET.has(ch)) return null;
  return { base, tone };
}

function validRhyme(onset: string, rhyme: string, tone: number): boolean {
  if (rhyme === '') return false;
  if (STOP_CODA.test(rhyme) && tone !== 2 && tone !== 5) return false;
  if (onset === 'qu') return AFTER_QU.has(rhyme);
  if (onset === 'gi') {
    if (rhyme[0] === 'i' || rhyme[0] === 'y') return false;
    // "giếng" writes gi + iêng with one i.
    return PLAIN.has(rhyme) || (rhyme[0] === 'ê' && PLAIN.has('i' + rhyme));
  }
  if (!PLAIN.has(rhyme) && !GLIDE.has(rhyme)) return false;
  const first = rhyme[0];
  const front = FRONT.includes(first);
  switch (onset) {
    case '':
      return !rhyme.startsWith('iê'); // yên, yêu: no onset writes y
    case 'k':
    case 'gh':
    case 'ngh':
      return front;
    case 'c':
    case 'ng':
      return !front;
    case 'g':
      return first !== 'e' && first !== 'ê' && first !== 'y';
    default:
      return !rhyme.startsWith('yê');
  }
}

/** True when `word` (any case, NFC or NFD) is one well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 16) return false;
  const st = splitTone(word);
  if (!st || st.base.length > 8) return false;
  const { base, tone } = st;
  if (validRhyme('', base, tone)) return true;
  for (const onset of ONSETS) {
    if (base.startsWith(onset) && validRhyme(onset, base.slice(onset.length), tone)) return true;
  }
  return false;
}

const cache = new Map<string, boolean>();

/** isVietnameseSyllable with a small memo: report text repeats the same syllables over and over. */
export function isSyllableCached(word: string): boolean {
  let v = cache.get(word);
  if (v === undefined) {
    v = isVietnameseSyllable(word);
    if (cache.size > 20000) cache.clear();
    cache.set(word, v);
  }
  return v;
}
