import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap, type Schemas } from "../../../lib/api/client";

export type WebhookEndpoint = Schemas["WebhookEndpointJson"];
export type WebhookDelivery = Schemas["WebhookDeliveryJson"];

export const webhooksKey = ["webhooks"] as const;
const deliveriesKey = (id: number) => [...webhooksKey, id, "deliveries"] as const;

/** The events an endpoint can ask for, in the order the form shows them. */
export const webhookEvents = ["run.completed", "run.failed", "run.cancelled", "run.started", "scene.failed"] as const;

export function useWebhooks() {
  return useQuery({ queryKey: webhooksKey, queryFn: () => unwrap(api.GET("/api/webhooks")) });
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { url: string; events: string[]; description: string | null }) => unwrap(api.POST("/api/webhooks", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKey }),
  });
}

export function useUpdateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, enabled }: { id: number; enabled: boolean }) =>
      unwrap(api.PATCH("/api/webhooks/{endpointId}", { params: { path: { endpointId: id } }, body: { url: null, events: null, enabled, description: null } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKey }),
  });
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE("/api/webhooks/{endpointId}", { params: { path: { endpointId: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKey }),
  });
}

export function useSendTestEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST("/api/webhooks/{endpointId}/test", { params: { path: { endpointId: id } } })),
    onSuccess: (_, id) => queryClient.invalidateQueries({ queryKey: deliveriesKey(id) }),
  });
}

/** The delivery log; polled while it is open, so a test event or a retry shows without a reload. */
export function useDeliveries(id: number) {
  return useQuery({
    queryKey: deliveriesKey(id),
    queryFn: () => unwrap(api.GET("/api/webhooks/{endpointId}/deliveries", { params: { path: { endpointId: id }, query: { page: 1, pageSize: 20 } } })),
    refetchInterval: 3000,
  });
}

export function useRedeliver(endpointId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: number) =>
      unwrap(api.POST("/api/webhooks/{endpointId}/deliveries/{deliveryId}/redeliver", { params: { path: { endpointId, deliveryId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: deliveriesKey(endpointId) }),
  });
}
