import { describe, expect, it } from 'vitest';
import { legacyPath } from '@/lib/transfer/import/legacy-path';
import { detectFormat } from '@/lib/transfer/import/import-upload';

describe('old addresses as stored and looked up', () => {
  it('keeps WordPress’s post and page ids, and a permalink’s path without its trailing slash', () => {
    expect(legacyPath('https://old.example/?p=123')).toBe('/?p=123');
    expect(legacyPath('/?page_id=7&preview=true')).toBe('/?page_id=7');
    expect(legacyPath('https://old.example/2024/05/New-Ferry/')).toBe('/2024/05/new-ferry');
    expect(legacyPath('/', new URLSearchParams('p=42'))).toBe('/?p=42');
    expect(legacyPath('/?p=abc')).toBeNull();
    expect(legacyPath('https://old.example/')).toBeNull();
  });
});

describe('which export an uploaded file is', () => {
  it('reads the first characters', () => {
    expect(detectFormat(Buffer.from('\uFEFF<?xml version="1.0"?><rss>'))).toBe('wordpress');
    expect(detectFormat(Buffer.from('{"db":[{"data":{}}]}'))).toBe('ghost');
    expect(detectFormat(Buffer.from('{"type":"broadsheet-export","version":1}\n{"type":"tag"}'))).toBe('broadsheet');
    expect(detectFormat(Buffer.from('PK\u0003\u0004 a zip'))).toBeNull();
    expect(detectFormat(Buffer.from(''))).toBeNull();
  });
});
