import { useEffect, useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap, type ParsePreview } from "../../../lib/api/client";

function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setCurrent(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return current;
}

/** Parses pasted text (after a pause in typing) or an uploaded file, without saving anything. */
export function useParsePreview(source: { text: string } | { file: File } | null) {
  const text = source && "text" in source ? source.text : "";
  const debounced = useDebounced(text, 450);
  const file = source && "file" in source ? source.file : null;

  return useQuery({
    queryKey: file ? ["parse", "file", file.name, file.size, file.lastModified] : ["parse", "text", debounced],
    enabled: file !== null || debounced.trim().length > 0,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
    // The server declares the preview as a bare JsonElement; ParsePreview names its shape.
    queryFn: async (): Promise<ParsePreview> => {
      if (file) {
        const form = new FormData();
        form.set("file", file);
        return (await unwrap(
          api.POST("/api/screenplays/parse", {
            body: form as unknown as { text: string },
            bodySerializer: (b) => b as unknown as FormData,
          }),
        )) as ParsePreview;
      }
      return (await unwrap(api.POST("/api/screenplays/parse", { body: { text: debounced } }))) as ParsePreview;
    },
  });
}
