import { num } from "../../../lib/api/client";
import { TabHeading } from "../../../ui/TabHeading";
import { Loading } from "../../../ui/Loading";
import { QueryError } from "../../../ui/QueryError";
import { EditableText } from "../../../ui/EditableText";
import { useSettings } from "../api/useSettings";
import { useUpdateSetting } from "../api/useUpdateSetting";

export function SettingsTab({ projectId }: { projectId: number }) {
  const settings = useSettings(projectId);
  const update = useUpdateSetting(projectId);

  return (
    <section aria-labelledby="tab-settings">
      <TabHeading id="tab-settings" title="Settings">
        The places your story happens. Their descriptions keep every scene in one place looking the same.
      </TabHeading>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <QueryError error={settings.error} onRetry={() => settings.refetch()} />
      ) : settings.data.length === 0 ? (
        <p className="text-sm text-muted">No settings yet. They appear after the script is parsed.</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {settings.data.map((s) => (
            <li key={String(s.id)} className="card p-4" aria-labelledby={`setting-${num(s.id)}`}>
              <h3 id={`setting-${num(s.id)}`} className="font-semibold">
                {s.name}
              </h3>
              <p className="mb-3 text-xs text-muted">
                {[s.interior === "INT" ? "Interior" : s.interior === "EXT" ? "Exterior" : s.interior, s.timesOfDay.map((t) => t.toLowerCase()).join(", ")].filter(Boolean).join(" · ")}
              </p>
              <EditableText
                label="Visual description"
                value={s.visualDescription}
                edited={s.editedFields.includes("visualDescription")}
                onSave={(v) => update.mutateAsync({ settingId: num(s.id), visualDescription: v })}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
