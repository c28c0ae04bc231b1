import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startCommand } from '@/scripts/server-command';

describe('the production server command', () => {
  it('is the one `npm start` runs, with the memory settings the benchmark measured', () => {
    const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.start).toBe(startCommand);
    expect(startCommand).toContain('MALLOC_ARENA_MAX=2');
    expect(startCommand).toContain('--max-old-space-size=256');
  });
});
