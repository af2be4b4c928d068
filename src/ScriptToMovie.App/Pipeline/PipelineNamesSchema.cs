using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ScriptToMovie.App.Pipeline;

/// <summary>
/// Writes the step and phase names of <see cref="PipelineOrder"/> into the OpenAPI document as enums, so the web
/// client's types (generated from the document) know every step by name and no one keeps a copy by hand.
/// </summary>
public sealed class PipelineNamesSchema : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(StepStatusJson)) Restrict(schema, "name", PipelineOrder.Steps);
        else if (type == typeof(PhaseStatusJson)) Restrict(schema, "name", PipelineOrder.Phases.Select(p => p.Name));
        return Task.CompletedTask;
    }

    private static void Restrict(OpenApiSchema schema, string property, IEnumerable<string> names)
    {
        if (schema.Properties?.TryGetValue(property, out var p) == true && p is OpenApiSchema s)
            s.Enum = names.Select(n => (JsonNode)JsonValue.Create(n)).ToList();
    }
}
