import { Navigate, Outlet, useLocation } from "react-router";
import { useMe } from "../api/useMe";
import { Loading } from "../../../ui/Loading";
import { QueryError } from "../../../ui/QueryError";

export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading label="Checking your session…" />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}
