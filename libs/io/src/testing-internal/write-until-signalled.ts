/**
 * Child process for the signal tests: installs the cleanup handlers, then writes a CSV and a parquet file
 * forever, printing `ready` once both temporaries hold data. Usage: <dir>.
 */
import { join } from 'node:path';
import { createCsvWriter, createParquetWriter, installCleanupHandlers } from '../index';

async function main(dir: string): Promise<void> {
  installCleanupHandlers();
  const csv = createCsvWriter(join(dir, 'big.csv'), ['id', 'name', 'note']);
  const pq = createParquetWriter(join(dir, 'big.parquet'), [{ name: 'id', type: 'int32' }], { rowGroupSize: 500 });
  for (let i = 0; ; i++) {
    await csv.write({ id: String(i), name: `name ${i}`, note: 'a, "quoted" note' });
    if (i % 10 === 0) await pq.write({ id: i });
    if (i === 20_000) process.stdout.write('ready\n');
  }
}

void main(process.argv[2]);
