import { num, type Character, type WorkflowStatus } from "../../../lib/api/client";
import { TabHeading } from "../../../ui/TabHeading";
import { Loading } from "../../../ui/Loading";
import { QueryError } from "../../../ui/QueryError";
import { useCharacters } from "../../../lib/project/useCharacters";
import { useUpdateCharacter } from "../api/useUpdateCharacter";
import { useCastSheets } from "../api/useCastSheets";
import { CharacterCard } from "./CharacterCard";

export function CharactersTab({ projectId, status }: { projectId: number; status?: WorkflowStatus }) {
  const characters = useCharacters(projectId);
  const sheets = useCastSheets(projectId);
  const update = useUpdateCharacter(projectId);
  const running = status?.status === "queued" || status?.status === "running";
  return (
    <section aria-labelledby="tab-characters">
      <TabHeading id="tab-characters" title="Characters">
        How each character looks in every frame and clip, and how they sound.
      </TabHeading>
      {characters.isPending ? (
        <Loading />
      ) : characters.isError ? (
        <QueryError error={characters.error} onRetry={() => characters.refetch()} />
      ) : characters.data.length === 0 ? (
        <p className="text-sm text-muted">No characters yet. They appear after the script is parsed.</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {byPerson(characters.data).map((c) => (
            <CharacterCard
              key={String(c.id)}
              character={c}
              projectId={projectId}
              sheet={sheets.data?.find((s) => num(s.characterId) === num(c.id))}
              running={running}
              onSave={(body) => update.mutateAsync({ characterId: num(c.id), ...body })}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Each person followed by their other ages (EDWARD, then YOUNG EDWARD), otherwise in the order the script introduces them. */
export function byPerson(characters: Character[]): Character[] {
  const names = new Set(characters.map((c) => c.name));
  const ordered: Character[] = [];
  for (const c of characters) {
    if (c.personName && names.has(c.personName)) continue;
    ordered.push(c, ...characters.filter((o) => o.personName === c.name));
  }
  return ordered;
}
