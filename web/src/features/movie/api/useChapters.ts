import { useQuery } from "@tanstack/react-query";

export interface Chapter {
  sceneNumber: number;
  heading: string;
  start: number;
  standIn: boolean;
}

/** The movie's manifest lists where each scene starts; those are the chapters. */
export function useChapters(manifestUrl: string | null): Chapter[] {
  const manifest = useQuery({
    queryKey: ["manifest", manifestUrl],
    enabled: manifestUrl !== null,
    staleTime: Infinity,
    retry: false,
    queryFn: async () => {
      const r = await fetch(new URL(manifestUrl!, window.location.origin), { credentials: "include" });
      if (!r.ok) return null;
      return (await r.json()) as { scenes?: { sceneNumber: number; heading: string; start: number; standIn?: boolean }[] };
    },
  });
  return (manifest.data?.scenes ?? []).map((s) => ({ sceneNumber: s.sceneNumber, heading: s.heading, start: s.start, standIn: !!s.standIn }));
}
