// Every extract ends with the audit: findings in audit.jsonl and in the facts' checks (JSONL and CSV).
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

describe('extract runs the audit', () => {
  it('reports the April 2023 commune group that does not add up, and marks its facts', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-extract-audit-'));
    const run = spawnSync('node', ['dist/src/cli.js', 'extract', 'fixtures/reports/001_66f321ac8072f3c0.txt', '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/audit: \d+ findings?/); // what the run did is a message: stderr
    const findings = fs.readFileSync(path.join(out, 'audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const commune = findings.find((f) => f.type === 'sum' && f.stated === 22115);
    expect(commune?.expected).toBe(22155);
    const facts = fs.readFileSync(path.join(out, 'facts.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const marked = facts.filter((f) => f.checks.length > 0).map((f) => f.id);
    for (const id of commune.facts) expect(marked).toContain(id);
    const csv = fs.readFileSync(path.join(out, 'facts.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(commune.id);
    fs.rmSync(out, { recursive: true, force: true });
  });
});
