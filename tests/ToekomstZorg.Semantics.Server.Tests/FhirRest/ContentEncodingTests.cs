using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.FhirRest;

/// <summary>Request bodies with <c>Content-Encoding</c>: gzip is decoded, anything else is a 415, a broken gzip stream a 400.</summary>
public sealed class ContentEncodingTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string Translate = """
        {"resourceType":"Parameters","parameter":[
          {"name":"code","valueCode":"zorgcoordinatie"},{"name":"system","valueUri":"https://w3id.org/toekomstzorg/ggz"},
          {"name":"targetsystem","valueUri":"https://w3id.org/toekomstzorg/kern"}]}
        """;

    [Fact]
    public async Task Post_GzipBody_IsDecodedAndAnswered()
    {
        var answer = await SendAsync(Gzip(Encoding.UTF8.GetBytes(Translate)), "gzip");

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        answer.Parameter("result").Value().GetBoolean().Should().BeTrue();
        answer.Parameters("match").Should().OnlyContain(m => m.Part("concept").Value().GetProperty("system").GetString() == "https://w3id.org/toekomstzorg/kern");
    }

    [Fact]
    public async Task Post_UnknownContentEncoding_Is415NamingIt()
    {
        var answer = await SendAsync(Encoding.UTF8.GetBytes(Translate), "br");

        answer.Status.Should().Be(HttpStatusCode.UnsupportedMediaType, answer.ToString());
        answer.Diagnostics.Should().Contain("'br'");
    }

    [Fact]
    public async Task Post_GzipHeaderOnPlainBody_Is400()
    {
        var answer = await SendAsync(Encoding.UTF8.GetBytes(Translate), "gzip");

        answer.Status.Should().Be(HttpStatusCode.BadRequest, answer.ToString());
        answer.Diagnostics.Should().Contain("gzip");
    }

    private Task<FhirAnswer> SendAsync(byte[] body, string encoding)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/fhir+json");
        content.Headers.ContentEncoding.Add(encoding);
        return fixture.Fhir.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/fhir/ConceptMap/$translate") { Content = content });
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
