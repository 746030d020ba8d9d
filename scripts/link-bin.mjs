// Links this package's own CLI into node_modules/.bin so `npx baocao` works in a fresh clone
// right after `npm ci` (npm links dependencies' bins, not the root package's).
import fs from 'node:fs';
import path from 'node:path';
import url from 'node:url';

const root = path.resolve(path.dirname(url.fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const binDir = path.join(root, 'node_modules', '.bin');
fs.mkdirSync(binDir, { recursive: true });
for (const [name, rel] of Object.entries(pkg.bin ?? {})) {
  const target = path.join(root, rel);
  if (fs.existsSync(target)) fs.chmodSync(target, 0o755);
  const link = path.join(binDir, name);
  fs.rmSync(link, { force: true });
  fs.symlinkSync(path.relative(binDir, target), link);
}
