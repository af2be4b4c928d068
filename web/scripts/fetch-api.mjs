// Saves the running app's OpenAPI document as openapi.json (then run `npm run gen:api`).
// Usage: npm run fetch:api [-- http://localhost:8000]
import { writeFileSync } from "node:fs";

const base = process.argv[2] ?? "http://localhost:8000";
const response = await fetch(new URL("/openapi/v1.json", base));
if (!response.ok) {
  console.error(`GET ${base}/openapi/v1.json answered ${response.status}. Is the app running (./s2m up)?`);
  process.exit(1);
}
const doc = await response.json();
// The server list names whichever port it was fetched from; the client always calls its own origin.
delete doc.servers;
writeFileSync("openapi.json", JSON.stringify(doc, null, 4) + "\n");
console.log(`Saved openapi.json from ${base} (${Object.keys(doc.paths ?? {}).length} paths).`);
