#!/usr/bin/env node
// Baseline of tools/bench/run.mjs: faker's own API making `records` plain person records on one core
// (this single-threaded process). Prints one JSON line: { records, ms, cpuMs, recordsPerSecond, checksum }.
// The import of faker is not timed; the loop is.
//   node tools/bench/lib/faker-baseline.mjs <records> [seed=42]
import { faker } from '@faker-js/faker';

const records = Number(process.argv[2]);
const seed = Number(process.argv[3] ?? 42);
if (!Number.isInteger(records) || records <= 0) {
  process.stderr.write('usage: faker-baseline.mjs <records> [seed]\n');
  process.exit(2);
}
faker.seed(seed);
let checksum = 0;
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (let i = 0; i < records; i++) {
  const r = {
    first_name: faker.person.firstName(),
    last_name: faker.person.lastName(),
    email: faker.internet.email(),
    phone: faker.phone.number(),
    address: faker.location.streetAddress(),
    city: faker.location.city(),
    state: faker.location.state(),
    zip: faker.location.zipCode(),
    company: faker.company.name(),
  };
  checksum = (checksum + r.email.length + r.zip.length) % 1_000_003;
}
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const cpu = process.cpuUsage(c0);
process.stdout.write(
  JSON.stringify({
    records,
    ms: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    recordsPerSecond: Math.round(records / (ms / 1000)),
    checksum,
  }) + '\n',
);
