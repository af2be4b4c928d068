import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, num, unwrap, type Character } from "../../lib/api/client";
import { projectKey } from "../projects/queries";
import type { TabProps } from "../projects/ProjectPage";
import { TabHeading } from "../../ui/TabHeading";
import { Loading } from "../../ui/Loading";
import { QueryError } from "../../ui/QueryError";
import { EditableText } from "../../ui/EditableText";

function useCharacters(id: number) {
  return useQuery({
    queryKey: [...projectKey(id), "characters"],
    queryFn: () => unwrap(api.GET("/api/projects/{id}/characters", { params: { path: { id } } })),
  });
}

function useUpdateCharacter(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ characterId, visualDescription = null, voice = null }: { characterId: number; visualDescription?: string | null; voice?: string | null }) =>
      unwrap(api.PATCH("/api/projects/{id}/characters/{characterId}", { params: { path: { id, characterId } }, body: { visualDescription, voice } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...projectKey(id), "characters"] }),
  });
}

export function CharactersTab({ projectId }: TabProps) {
  const characters = useCharacters(projectId);
  const update = useUpdateCharacter(projectId);
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
          {characters.data.map((c) => (
            <CharacterCard key={String(c.id)} character={c} onSave={(body) => update.mutateAsync({ characterId: num(c.id), ...body })} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CharacterCard({ character: c, onSave }: { character: Character; onSave: (b: { visualDescription?: string; voice?: string }) => Promise<unknown> }) {
  const headingId = `character-${num(c.id)}`;
  const lines = num(c.dialogueLines);
  return (
    <li className="card flex flex-col gap-3 p-4" aria-labelledby={headingId}>
      <div className="flex items-center gap-3">
        <span aria-hidden="true" className="flex h-10 w-10 items-center justify-center rounded-full bg-gradient-to-br from-accent/40 to-indigo-500/40 font-semibold">
          {c.name.charAt(0)}
        </span>
        <div>
          <h3 id={headingId} className="font-semibold">
            {c.name}
          </h3>
          <p className="text-xs text-muted">
            {lines} {lines === 1 ? "line" : "lines"} of dialogue{c.aliases.length > 0 && ` · also “${c.aliases.join("”, “")}”`}
          </p>
        </div>
      </div>
      <EditableText label="Visual description" value={c.visualDescription} edited={c.editedFields.includes("visualDescription")} onSave={(v) => onSave({ visualDescription: v })} />
      <EditableText label="Voice" rows={1} value={c.voice ?? ""} edited={c.editedFields.includes("voice")} onSave={(v) => onSave({ voice: v })} />
      {c.voicePreviewUrl && (
        <div>
          <p className="label" id={`${headingId}-voice`}>
            Voice preview
          </p>
          {/* Re-keyed on the voice so a saved change is heard at once. */}
          <audio key={c.voice ?? ""} controls preload="none" className="w-full" aria-labelledby={`${headingId}-voice ${headingId}`} src={`${c.voicePreviewUrl}${c.voice ? `?v=${encodeURIComponent(c.voice)}` : ""}`} />
        </div>
      )}
    </li>
  );
}
