using Grpc.Core;
using ToekomstZorg.Semantics.Cli.Internal;

namespace ToekomstZorg.Semantics.Cli.Tests.Internal;

/// <summary>The status names tzsem prints for a server's answer, as grpc/doc/statuscodes.md spells them.</summary>
public sealed class StatusCodeNamesTests
{
    [Theory]
    [InlineData(StatusCode.OK, "OK")]
    [InlineData(StatusCode.Cancelled, "CANCELLED")]
    [InlineData(StatusCode.InvalidArgument, "INVALID_ARGUMENT")]
    [InlineData(StatusCode.DeadlineExceeded, "DEADLINE_EXCEEDED")]
    [InlineData(StatusCode.NotFound, "NOT_FOUND")]
    [InlineData(StatusCode.ResourceExhausted, "RESOURCE_EXHAUSTED")]
    [InlineData(StatusCode.Unavailable, "UNAVAILABLE")]
    [InlineData(StatusCode.DataLoss, "DATA_LOSS")]
    [InlineData(StatusCode.PermissionDenied, "PERMISSION_DENIED")]
    [InlineData(StatusCode.Unauthenticated, "UNAUTHENTICATED")]
    public void NameOf_Code_IsTheSpecificationName(StatusCode code, string name)
    {
        StatusCodeNames.NameOf(code).Should().Be(name);
    }

    [Fact]
    public void NameOf_EveryCode_IsItsEnumNameInUpperSnakeCase()
    {
        foreach (var code in Enum.GetValues<StatusCode>())
        {
            StatusCodeNames.NameOf(code).Replace("_", string.Empty, StringComparison.Ordinal)
                .Should().Be(code.ToString().ToUpperInvariant(), $"{code} is named in grpc/doc/statuscodes.md");
        }
    }

    [Fact]
    public void NameOf_CodeOutsideTheSpecification_IsItsNumber()
    {
        StatusCodeNames.NameOf((StatusCode)42).Should().Be("42");
    }
}
