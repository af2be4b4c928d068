import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap, type Schemas } from "../../../lib/api/client";
import { tokensKey } from "./tokensKey";

export type ApiToken = Schemas["ApiTokenJson"];
export type CreatedApiToken = Schemas["CreatedApiTokenJson"];

/** The account's API tokens, newest first, revoked ones included. */
export function useTokens() {
  return useQuery({ queryKey: tokensKey, queryFn: () => unwrap(api.GET("/api/tokens")) });
}

/** Makes a token; the answer is the only time its text is ever shown. */
export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; scopes: string[]; expiresInDays: number | null }) =>
      unwrap(api.POST("/api/tokens", { body })) as Promise<CreatedApiToken>,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: number) => unwrap(api.DELETE("/api/tokens/{tokenId}", { params: { path: { tokenId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
