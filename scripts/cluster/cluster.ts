/**
 * `npm run cluster -- --instances 2`: N `next start` instances on DATABASE_URL + REDIS_URL behind the Varnish
 * tier (deploy/varnish), one line per listener, everything stopped on Ctrl-C. Installs nothing: it says what
 * is missing. See README, "Running several instances".
 */
import { parseArgs } from 'node:util';
import { missingForCluster, startCluster } from './launcher';

const { values } = parseArgs({ options: { instances: { type: 'string', default: '2' }, quiet: { type: 'boolean', default: false } } });
const count = Number(values.instances);
if (!Number.isInteger(count) || count < 1 || count > 16) {
  console.error('--instances takes a whole number from 1 to 16.');
  process.exit(2);
}

const missing = missingForCluster();
if (missing.length > 0) {
  console.error(`npm run cluster needs:\n${missing.map((m) => `  - ${m}`).join('\n')}`);
  process.exit(1);
}

const cluster = await startCluster({ instances: count, out: values.quiet ? undefined : (line) => console.log(line) });
console.log(`tier ${cluster.tier.url}`);
for (const i of cluster.instances) console.log(`instance ${i.url}`);
console.log('Ctrl-C stops them all.');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping…');
    void cluster.stop().then(() => process.exit(0));
  });
}
