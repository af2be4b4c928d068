import axe from "axe-core";

/** Runs axe on the rendered page and returns the serious and critical violations, described for a failure message. */
export async function seriousViolations(root: Element = document.body) {
  const result = await axe.run(root, {
    // jsdom has no layout or canvas, so colour contrast can't be measured here (the browser test covers it).
    rules: { "color-contrast": { enabled: false } },
    resultTypes: ["violations"],
    // axe would wait up to 10 s for <video>/<audio> to load, which jsdom never does.
    preload: false,
  });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}
