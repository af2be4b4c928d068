// Fails when src/lib/api/schema.d.ts is not what openapi-typescript makes from openapi.json.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "s2m-api-"));
const fresh = join(dir, "schema.d.ts");
try {
  execFileSync(process.execPath, ["node_modules/openapi-typescript/bin/cli.js", "openapi.json", "-o", fresh], { stdio: "inherit" });
  const committed = readFileSync("src/lib/api/schema.d.ts", "utf8");
  if (readFileSync(fresh, "utf8") !== committed) {
    console.error("src/lib/api/schema.d.ts is stale: run `npm run gen:api` and commit the result.");
    process.exit(1);
  }
  console.log("The API types match openapi.json.");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
