/**
 * The publication's data in and out, from the command line (README, "Backups, exports and imports"):
 *   npm run db:backup -- --out FILE          the database and the uploads in one .tar.gz
 *   npm run db:restore -- FILE [--force]     into an empty DATA_DIR or database; --force replaces a publication
 *   npm run export -- --out FILE             the publication as JSON Lines, for another system to read
 *   npm run import -- wordpress|ghost|broadsheet FILE [--media DIR]
 * On the embedded database while the site runs, backup, export and import go through the server (it has the
 * database open); a restore needs the site stopped.
 */
import path from 'node:path';
import readline from 'node:readline';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { env, siteUrl } from '@/lib/env';
import { getDatabase } from '@/lib/db/client';
import { DataDirLockedError } from '@/lib/db/data-dir-lock';
import { uploadsRoot } from '@/lib/storage/storage';
import { takeBackup } from '@/lib/transfer/backup/backups';
import { restoreBackup } from '@/lib/transfer/backup/restore-backup';
import { exportStream } from '@/lib/transfer/export/export-stream';
import { describeImport, runImport } from '@/lib/transfer/import/run-import';
import { IMPORT_FORMATS, prepareImport, readImportFile, type ImportFormat, type ImportResult, type PreparedImport } from '@/lib/transfer/import/sources';
import type { RecordInput } from '@/lib/transfer/records';
import { fromServer, megabytes, openOrNull, writeFileFrom } from './operator-client';
import { runScript } from './run-script';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, force: { type: 'boolean', default: false }, media: { type: 'string' } },
});
const [command, ...args] = positionals;
const where = env.DATABASE_URL ? 'PostgreSQL' : `the embedded database in ${env.DATA_DIR}/`;
const runningNote = () => console.log(`The site is running on ${where}; asking it to do this (it has the database open).`);

function outFile(example: string): string {
  if (!values.out) throw new Error(`Say where to write it: ${example}`);
  return path.resolve(values.out);
}

async function backup() {
  const out = outFile('npm run db:backup -- --out backups/site.tar.gz');
  const database = await openOrNull();
  let bytes: number;
  if (database) {
    bytes = await writeFileFrom((await takeBackup(null, 'command line')).stream, out);
  } else {
    runningNote();
    bytes = await writeFileFrom(await fromServer('GET', '/backup'), out);
  }
  console.log(`Backup of ${where} written to ${out} (${megabytes(bytes)}).`);
}

async function restore() {
  const [file] = args;
  if (!file) throw new Error('Say which backup: npm run db:restore -- backups/site.tar.gz [--force]');
  const database = await getDatabase().catch((err: unknown) => {
    if (err instanceof DataDirLockedError) throw new Error(`Stop the site first: a restore replaces the database it has open.\n${err.message}`);
    throw err;
  });
  const started = Date.now();
  const { manifest, rows } = await restoreBackup(database, path.resolve(file), uploadsRoot(), { force: values.force, postgresUrl: env.DATABASE_URL });
  console.log(
    `Restored the backup taken ${manifest.createdAt} into ${where}: ${rows} rows in ${manifest.tables.length} tables and ` +
      `${manifest.uploads.files} uploaded files (${megabytes(manifest.uploads.bytes)}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  if (env.DATABASE_URL) console.log('Restart every instance: they read the new cache generation at start, so no page from before is served.');
}

async function exportData() {
  const out = outFile('npm run export -- --out broadsheet-export.jsonl');
  const database = await openOrNull();
  if (!database) runningNote();
  const bytes = await writeFileFrom(database ? exportStream(database.db, siteUrl) : await fromServer('GET', '/export'), out);
  console.log(`Export of ${where} written to ${out} (${megabytes(bytes)}). Its format is described in the README, "Export format".`);
}

/** A bar on a terminal; a line every few seconds elsewhere. */
function progressBar() {
  const bar = new cliProgress.SingleBar({ format: 'importing [{bar}] {percentage}% {value}/{total} records', noTTYOutput: true, notTTYSchedule: 5_000 }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    update(done: number, total: number) {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}

async function importData() {
  const [format, file] = args as [ImportFormat | undefined, string | undefined];
  if (!format || !IMPORT_FORMATS.includes(format) || !file) throw new Error(`Say what to import: npm run import -- ${IMPORT_FORMATS.join('|')} FILE [--media DIR]`);
  const database = await openOrNull();
  if (!database) runningNote();
  // Read, checked whole and its images brought in here, in this process, whoever writes it.
  const read = await readImportFile(format, path.resolve(file));
  const { prepared, records } = await prepareImport(read, format, values.media ? path.resolve(values.media) : undefined);
  const bar = progressBar();
  let result: Omit<ImportResult, 'cacheTags'>;
  try {
    result = database
      ? await runImport(database.db, prepared, records, { actorId: null, via: 'command line', where: 'command', onProgress: bar.update })
      : await importThroughServer(prepared, records, bar.update);
  } finally {
    bar.stop();
  }
  for (const line of describeImport(result)) console.log(line);
}

/** The server writes what this process prepared: the preparation, then a record a line (lib/transfer/operator-socket.ts). */
async function importThroughServer(prepared: PreparedImport, records: RecordInput[], onProgress: (done: number, total: number) => void): Promise<Omit<ImportResult, 'cacheTags'>> {
  const body = Readable.from((function* () {
    yield `${JSON.stringify(prepared)}\n`;
    for (const record of records) yield `${JSON.stringify(record)}\n`;
  })());
  const answer = await fromServer('POST', '/import', body);
  for await (const line of readline.createInterface({ input: answer, crlfDelay: Infinity })) {
    const [kind, ...rest] = line.split(' ');
    if (kind === 'progress') onProgress(Number(rest[0]), Number(rest[1]));
    else if (kind === 'result') return JSON.parse(rest.join(' ')) as Omit<ImportResult, 'cacheTags'>;
    else if (kind === 'error') throw new Error(rest.join(' '));
  }
  throw new Error('The server stopped answering before the import finished; run it again (what went in is not added twice).');
}

const COMMANDS: Record<string, () => Promise<void>> = { backup, restore, export: exportData, import: importData };

runScript(async () => {
  const run = command ? COMMANDS[command] : undefined;
  if (!run) throw new Error(`Unknown command ${command}`);
  await run();
});
