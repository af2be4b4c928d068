// fountain-js 1.2.4 parsing the same files as the .NET reader; one JSON line per file.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(join(process.env.FOUNTAIN_JS_DIR ?? process.cwd(), 'package.json'));
const { Fountain } = require('fountain-js');

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const mb = Buffer.byteLength(text) / 1048576;
  try {
    const parser = new Fountain();
    for (let i = 0; i < 20; i++) parser.parse(text, true);
    // Best of three one-second rounds, as on the .NET side.
    let ms = Infinity;
    for (let round = 0; round < 3; round++) {
      let runs = 0;
      const start = process.hrtime.bigint();
      let elapsed = 0;
      while (elapsed < 1000 || runs < 10) {
        parser.parse(text, true);
        runs++;
        elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      }
      ms = Math.min(ms, elapsed / runs);
    }
    console.log(JSON.stringify({ file: basename(file), ms, mbps: mb / (ms / 1000) }));
  } catch (e) {
    console.log(JSON.stringify({ file: basename(file), error: String(e) }));
  }
}
