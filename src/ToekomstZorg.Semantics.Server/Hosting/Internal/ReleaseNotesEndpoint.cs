using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ToekomstZorg.Semantics.Server.Snapshots;
using ToekomstZorg.Semantics.Vocabulary.Diff;

namespace ToekomstZorg.Semantics.Server.Hosting.Internal;

/// <summary>
/// The release notes the server kept over its reloads (<see cref="ServedVocabularyStore.Releases"/>), for the site and
/// for scripts: <c>GET /releases.json</c> lists them newest first with their counts,
/// <c>GET /releases/{version}.json</c> gives the whole diff that swapped in that version (the shape of
/// <see cref="VocabularyDiffJson"/>, as <c>tzsem diff --format json</c>), 404 for a version with no note. <c>HEAD</c>
/// answers as <c>GET</c> (status and headers, <c>Content-Length</c> included) without the body.
/// </summary>
internal static class ReleaseNotesEndpoint
{
    public const string IndexPath = "/releases.json";

    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    // Versions and labels as written ("2026-11-22+bb24…", "zorgcoördinatie"), not \u-escaped: the body is UTF-8 JSON.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapMethods(IndexPath, Methods, async context =>
        {
            var source = context.RequestServices.GetRequiredService<IVocabularySource>();
            var notes = (source as ServedVocabularyStore)?.Releases.All ?? [];
            await WriteAsync(context, json =>
            {
                json.WriteStartObject();
                json.WriteString("current_version", source.Current.Version);
                json.WriteStartArray("releases");
                foreach (var note in notes)
                {
                    json.WriteStartObject();
                    json.WriteString("from_version", note.FromVersion);
                    json.WriteString("to_version", note.ToVersion);
                    json.WriteString("at", note.At);
                    VocabularyDiffJson.WriteCounts(json, note.Diff);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }).ConfigureAwait(false);
        });

        routes.MapMethods("/releases/{version}.json", Methods, async context =>
        {
            var version = (string)context.Request.RouteValues["version"]!;
            var note = (context.RequestServices.GetRequiredService<IVocabularySource>() as ServedVocabularyStore)?.Releases.Find(version);
            if (note is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                await WriteAsync(context, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("error", $"no release note for version '{version}' (the server keeps the last {ReleaseNotes.DefaultCapacity} reloads; see {IndexPath})");
                    json.WriteEndObject();
                }).ConfigureAwait(false);
                return;
            }

            await WriteAsync(context, json =>
            {
                json.WriteStartObject();
                json.WriteString("from_version", note.FromVersion);
                json.WriteString("to_version", note.ToVersion);
                json.WriteString("at", note.At);
                json.WritePropertyName("diff");
                VocabularyDiffJson.Write(json, note.Diff);
                json.WriteEndObject();
            }).ConfigureAwait(false);
        });
    }

    private static async Task WriteAsync(HttpContext context, Action<Utf8JsonWriter> write)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(json);
        }

        context.Response.ContentLength = buffer.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted).ConfigureAwait(false);
        }
    }
}
