import { useEffect } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { setUnauthorizedHandler } from "../../../lib/api/client";
import { meKey } from "../api/meKey";
import { expiredFlag } from "../expiredFlag";

/** Turns any 401 into "signed out": the route guard then sends the user to log in, with a note. */
export function SessionWatch() {
  const queryClient = useQueryClient();
  useEffect(() => {
    setUnauthorizedHandler(() => {
      if (queryClient.getQueryData(meKey)) sessionStorage.setItem(expiredFlag, "1");
      queryClient.setQueryData(meKey, null);
    });
    return () => setUnauthorizedHandler(undefined);
  }, [queryClient]);
  return null;
}
