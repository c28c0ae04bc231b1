import { Readable } from 'node:stream';
import type { Db } from '@/lib/db/client';
import { exportRecords } from './export-records';

/** The export as JSON Lines, one record a line, produced as it is read (README, "Export format"). */
export function exportStream(db: Db, site: string): Readable {
  return Readable.from(
    (async function* () {
      // Bytes, not strings: a web Response takes only bytes.
      for await (const record of exportRecords(db, site)) yield Buffer.from(`${JSON.stringify(record)}\n`);
    })(),
  );
}
