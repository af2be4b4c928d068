using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Problems;

/// <summary>
/// Every error leaves as ProblemDetails with a human "message": no stack traces, no bare 500s.
/// </summary>
public static class ProblemResponses
{
    public static IServiceCollection AddProblemResponses(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var pd = ctx.ProblemDetails;
            if (!pd.Extensions.ContainsKey("message"))
                pd.Extensions["message"] = pd.Detail ?? DefaultMessage(pd.Status ?? 500);
            if (ProblemTypes.Applies(ctx.HttpContext))
                pd.Type = ctx.HttpContext.Items[ProblemTypes.ItemKey] as string ?? ProblemTypes.ForStatus(pd.Status ?? 500);
            pd.Extensions.Remove("exception");
            pd.Extensions.Remove("traceId");
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        return services;
    }

    public static string DefaultMessage(int status) => status switch
    {
        400 => "The request could not be understood. Check the fields and try again.",
        401 => "Please log in to continue.",
        403 => "You are not allowed to do that.",
        404 => "We couldn't find what you asked for. Check the address; there is no such page or API endpoint.",
        405 => "That action is not supported here.",
        409 => "That conflicts with the current state. Refresh and try again.",
        413 => "That upload is too large.",
        415 => "Send the request as JSON (Content-Type: application/json) or as a form upload.",
        429 => "Too many requests. Please wait a minute and try again.",
        _ => "Something went wrong on our side. Your work has been saved; please try again.",
    };

    public static IResult Problem(int status, string message) =>
        Results.Problem(new ProblemDetails { Status = status, Title = Title(status), Detail = message, Extensions = { ["message"] = message } });

    private static string Title(int status) => status switch
    {
        400 => "Bad request", 401 => "Unauthorized", 403 => "Forbidden", 404 => "Not found",
        409 => "Conflict", 410 => "Gone", 422 => "Unprocessable content", 413 => "Payload too large", 429 => "Too many requests", _ => "Error",
    };

    private sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> log) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
        {
            var (status, message) = exception switch
            {
                ApiProblem p => (p.Status, p.Message),
                BadHttpRequestException b when b.StatusCode == 413 => (413, "That request is too large."),
                BadHttpRequestException b when b.InnerException is System.Text.Json.JsonException =>
                    (400, "The request body is not valid JSON: " + JsonProblem(b.InnerException.Message)),
                System.Text.Json.JsonException j => (400, "The request body is not valid JSON: " + JsonProblem(j.Message)),
                BadHttpRequestException b => (b.StatusCode, b.Message.Contains("JSON", StringComparison.OrdinalIgnoreCase)
                    ? "The request body is not valid JSON. Check the fields and their types." : DefaultMessage(b.StatusCode)),
                InvalidDataException d when http.Request.HasFormContentType => (400, FormProblem(d.Message)),
                OperationCanceledException when http.RequestAborted.IsCancellationRequested => (499, "The request was cancelled."),
                _ => (500, DefaultMessage(500)),
            };
            if (exception is ApiProblem { Type: { } type }) http.Items[ProblemTypes.ItemKey] = type;
            if (status >= 500) log.LogError(exception, "Unhandled error on {Method} {Path}", http.Request.Method, http.Request.Path);
            http.Response.StatusCode = status;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails { Status = status, Title = "Error", Detail = message, Extensions = { ["message"] = message } },
            });
        }

        /// <summary>ASP.NET Core's form reader throws InvalidDataException for a body it cannot read as a form.</summary>
        private static string FormProblem(string raw) =>
            raw.Contains("count limit", StringComparison.OrdinalIgnoreCase)
                ? "The upload has too many fields. Send at most 1,024 fields: a file and a few text fields are all that is needed."
                : raw.Contains("length limit", StringComparison.OrdinalIgnoreCase)
                    ? "A field or header of the upload is too long. Send the screenplay as a file instead."
                    : "The upload could not be read as a form. Send it as multipart/form-data with a boundary (what browsers and curl -F do).";

        private static string JsonProblem(string raw)
        {
            // System.Text.Json says e.g. "The JSON value could not be converted to System.String. Path: $.title | LineNumber…"
            var path = raw.IndexOf("Path: ", StringComparison.Ordinal);
            if (path >= 0)
            {
                var end = raw.IndexOf(' ', path + 6);
                var field = (end > 0 ? raw[(path + 6)..end] : raw[(path + 6)..]).TrimEnd('|', ' ').Replace("$.", "");
                return field is "$" or "" ? "check its syntax." : $"the field '{field}' has the wrong type or syntax.";
            }
            return "check its syntax.";
        }
    }
}
