using System.Globalization;
using System.Text;
using Grpc.Core;

namespace ToekomstZorg.Semantics.Cli.Internal;

/// <summary>
/// The names grpc/doc/statuscodes.md gives the status codes (<c>NOT_FOUND</c>, <c>DEADLINE_EXCEEDED</c>), as gRPC tools
/// print them: Grpc.Core's <see cref="StatusCode"/> names in upper snake case (<c>DeadlineExceeded</c> → <c>DEADLINE_EXCEEDED</c>).
/// </summary>
internal static class StatusCodeNames
{
    /// <summary>The name of <paramref name="code"/>; a code outside the specification as its number.</summary>
    public static string NameOf(StatusCode code)
    {
        if (!Enum.IsDefined(code))
        {
            return ((int)code).ToString(CultureInfo.InvariantCulture);
        }

        var name = code.ToString();
        var snake = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && char.IsLower(name[i - 1]))
            {
                snake.Append('_');
            }

            snake.Append(char.ToUpperInvariant(name[i]));
        }

        return snake.ToString();
    }
}
