using System.Text;
using ToekomstZorg.Semantics.Rdf.Iris;

namespace ToekomstZorg.Semantics.Rdf.Tests.Iris;

public sealed class IriResolverTests
{
    private const string Rfc3986Base = "http://a/b/c/d;p?q";

    [Theory]
    // RFC 3986 §5.4.1 Normal Examples
    [InlineData("g:h", "g:h")]
    [InlineData("g", "http://a/b/c/g")]
    [InlineData("./g", "http://a/b/c/g")]
    [InlineData("g/", "http://a/b/c/g/")]
    [InlineData("/g", "http://a/g")]
    [InlineData("//g", "http://g")]
    [InlineData("?y", "http://a/b/c/d;p?y")]
    [InlineData("g?y", "http://a/b/c/g?y")]
    [InlineData("#s", "http://a/b/c/d;p?q#s")]
    [InlineData("g#s", "http://a/b/c/g#s")]
    [InlineData("g?y#s", "http://a/b/c/g?y#s")]
    [InlineData(";x", "http://a/b/c/;x")]
    [InlineData("g;x", "http://a/b/c/g;x")]
    [InlineData("g;x?y#s", "http://a/b/c/g;x?y#s")]
    [InlineData("", "http://a/b/c/d;p?q")]
    [InlineData(".", "http://a/b/c/")]
    [InlineData("./", "http://a/b/c/")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../", "http://a/b/")]
    [InlineData("../g", "http://a/b/g")]
    [InlineData("../..", "http://a/")]
    [InlineData("../../", "http://a/")]
    [InlineData("../../g", "http://a/g")]
    // RFC 3986 §5.4.2 Abnormal Examples
    [InlineData("../../../g", "http://a/g")]
    [InlineData("../../../../g", "http://a/g")]
    [InlineData("/./g", "http://a/g")]
    [InlineData("/../g", "http://a/g")]
    [InlineData("g.", "http://a/b/c/g.")]
    [InlineData(".g", "http://a/b/c/.g")]
    [InlineData("g..", "http://a/b/c/g..")]
    [InlineData("..g", "http://a/b/c/..g")]
    [InlineData("./../g", "http://a/b/g")]
    [InlineData("./g/.", "http://a/b/c/g/")]
    [InlineData("g/./h", "http://a/b/c/g/h")]
    [InlineData("g/../h", "http://a/b/c/h")]
    [InlineData("g;x=1/./y", "http://a/b/c/g;x=1/y")]
    [InlineData("g;x=1/../y", "http://a/b/c/y")]
    [InlineData("g?y/./x", "http://a/b/c/g?y/./x")]
    [InlineData("g?y/../x", "http://a/b/c/g?y/../x")]
    [InlineData("g#s/./x", "http://a/b/c/g#s/./x")]
    [InlineData("g#s/../x", "http://a/b/c/g#s/../x")]
    [InlineData("http:g", "http:g")]
    public void Resolve_Rfc3986Examples_GiveTheRfcResult(string reference, string expected)
    {
        var resolved = IriResolver.Resolve(Rfc3986Base, reference);

        resolved.Should().Be(expected);
    }

    [Theory]
    [InlineData("http://a", "g", "http://a/g")]
    [InlineData("http://a", "?q", "http://a?q")]
    [InlineData("http://a/b#frag", "#x", "http://a/b#x")]
    [InlineData("urn:isbn:123", "#x", "urn:isbn:123#x")]
    [InlineData("file:///tmp/é/doc.ttl", "../ü.ttl", "file:///tmp/ü.ttl")]
    [InlineData("http://a/b/c", "//h/./x/../y", "http://h/y")]
    public void Resolve_EdgeCases_FollowSection5_2_2(string baseIri, string reference, string expected)
    {
        IriResolver.Resolve(baseIri, reference).Should().Be(expected);
    }

    [Fact]
    public void Resolve_RelativeBase_IsRejected()
    {
        var act = () => IriResolver.Resolve("a/b", "c");

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("http://x", true)]
    [InlineData("urn:a", true)]
    [InlineData("a+b-c.d:x", true)]
    [InlineData("1a:x", false)]
    [InlineData("/a:b", false)]
    [InlineData("#x", false)]
    [InlineData("", false)]
    public void IsAbsolute_SchemeSyntax_DecidesAbsoluteness(string iri, bool expected)
    {
        IriResolver.IsAbsolute(Encoding.UTF8.GetBytes(iri)).Should().Be(expected);
    }
}
