import { num, type Quote } from "../../../lib/api/client";
import { Loading } from "../../../ui/Loading";
import { QueryError } from "../../../ui/QueryError";
import { useQuote } from "../../../lib/project/useQuote";
import { usd } from "../usd";
import { Tile } from "./Tile";

/** Says who makes what on this server, so a quote for the free offline clips is not mistaken for a bill. */
function providerNote(q: Quote) {
  const pictures = q.imageProvider === "kling" ? " Storyboard pictures come from Kling too, and are priced in." : "";
  return q.videoProvider === "kling"
    ? `Clips are made with Kling; this is what they will cost.${pictures}`
    : `This server makes clips offline (${q.videoProvider}) at no cost. These are Kling's prices for the same clips.${pictures}`;
}

export function QuoteCard({ projectId, parsed }: { projectId: number; parsed?: boolean }) {
  const quote = useQuote(projectId);
  if (quote.isPending) return <Loading label="Working out the cost…" />;
  if (quote.isError) return <QueryError error={quote.error} onRetry={() => quote.refetch()} />;
  const q = quote.data;
  const withPictures = q.imageProvider === "kling";
  return (
    <>
      <p className="mt-1 text-sm text-muted">{providerNote(q)}</p>
      <dl className="mt-3 grid gap-3 sm:grid-cols-3">
        <Tile label="Scenes still to make" value={String(q.scenes.length)} />
        <Tile label="Estimated cost" value={usd(q.totalUsd)} hint={`${num(q.totalUnits).toLocaleString()} video units`} />
        <Tile label="Spent so far" value={usd(q.spentUsd)} />
      </dl>
      {q.scenes.length === 0 && parsed === false ? (
        <p className="mt-4 text-sm text-muted" data-testid="quote-unparsed">
          The script has not been parsed yet, so there are no scenes to price. Parse it (or start the workflow) and the quote appears here.
        </p>
      ) : q.scenes.length === 0 ? (
        <p className="mt-4 text-sm text-muted">Every scene has its clip; nothing is left to pay for.</p>
      ) : (
        <div className="relative mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="mb-2 text-left font-medium">Per scene</caption>
            <thead className="text-xs text-muted">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">Scene</th>
                <th scope="col" className="py-1 pr-3 font-medium">Speech</th>
                <th scope="col" className="py-1 pr-3 font-medium">Clip units</th>
                {withPictures && <th scope="col" className="py-1 pr-3 font-medium">Picture</th>}
                <th scope="col" className="py-1 pr-3 font-medium">Cost</th>
              </tr>
            </thead>
            <tbody>
              {q.scenes.map((s) => (
                <tr key={String(s.sceneId)} className="border-t border-line/60">
                  <td className="py-1.5 pr-3">Scene {num(s.sceneNumber)}</td>
                  <td className="py-1.5 pr-3">{num(s.duration).toLocaleString()} s</td>
                  <td className="py-1.5 pr-3">{num(s.units).toLocaleString()}</td>
                  {withPictures && <td className="py-1.5 pr-3">{usd(s.frameUsd)}</td>}
                  <td className="py-1.5 pr-3">{usd(s.usd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
