// Hostile inputs end to end: a file over --max-size, and a report that states no figures.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function extract(inputs: string[], out: string, extra: string[] = []) {
  const r = spawnSync('node', ['dist/src/cli.js', 'extract', ...inputs, '--out', out, ...extra], { encoding: 'utf8' });
  const lines = (f: string) =>
    fs.existsSync(path.join(out, f)) ? fs.readFileSync(path.join(out, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
  return { status: r.status, errors: lines('errors.jsonl'), documents: lines('documents.jsonl'), facts: lines('facts.jsonl') };
}

describe('hostile inputs through extract', () => {
  it('refuses a file over --max-size with TOO_LARGE and still reads the others', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-maxsize-'));
    const big = 'fixtures/reports/000_48393f621869d63c.txt'; // about 68 kB
    const small = path.join(out, 'small.txt');
    fs.writeFileSync(small, 'Trong tháng đã cấp 07 chứng thư số cho các tổ chức, cá nhân.\n');
    const r = extract([big, small], path.join(out, 'o'), ['--max-size', '0.01']);
    expect(r.status).toBe(1);
    expect(r.errors.map((e) => [path.basename(e.path), e.code])).toEqual([['000_48393f621869d63c.txt', 'TOO_LARGE']]);
    expect(r.errors[0].error).toMatch(/--max-size/);
    expect(r.facts.map((f) => [f.metric, f.value])).toEqual([['esign.certificates_issued', 7]]);
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('reads a report with no figures as 0 facts and no error', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-nofigures-'));
    const file = path.join(out, 'khong-so-lieu.txt');
    fs.writeFileSync(file, 'BÁO CÁO\n\nTình hình thực hiện nhiệm vụ của Sở Thông tin và Truyền thông tỉnh Ninh Thuận.\n\nCác nhiệm vụ được triển khai đúng tiến độ, chưa phát sinh vướng mắc.\n');
    const r = extract([file], path.join(out, 'o'));
    expect(r.status).toBe(0);
    expect(r.errors).toEqual([]);
    expect(r.documents).toHaveLength(1);
    expect(r.documents[0].facts).toBe(0);
    expect(r.documents[0].province).toBe('Ninh Thuận');
    expect(r.facts).toEqual([]);
    fs.rmSync(out, { recursive: true, force: true });
  });
});
