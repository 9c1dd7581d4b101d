using System.Buffers.Binary;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Google.Protobuf;

namespace ToekomstZorg.Semantics.FunctionalTests.Support;

/// <summary>
/// Drives one unary gRPC method with Debian's h2load (nghttp2-client, an HTTP/2 client this project did not write):
/// the same request, <c>-c 1 -m 16</c> streams, for a number of seconds. h2load sees HTTP/2 only: a failed or errored
/// request is a reset stream, a broken connection or a non-200 status, not a grpc-status in the trailers.
/// </summary>
internal static partial class H2Load
{
    /// <summary>The totals of one run.</summary>
    public sealed record Totals(long Succeeded, long Failed, long Errored, string Output);

    public static async Task<Totals> RunAsync(string target, string service, string method, IMessage request, int seconds)
    {
        var body = Path.Combine(Directory.CreateTempSubdirectory("tz-h2load-").FullName, "request.bin");
        var message = request.ToByteArray();
        var frame = new byte[5 + message.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)message.Length);
        message.CopyTo(frame, 5);
        await File.WriteAllBytesAsync(body, frame);

        var info = new ProcessStartInfo("h2load")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-D", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), "-c", "1", "-m", "16",
            "-H", "content-type: application/grpc", "-H", "te: trailers", "-d", body, $"http://{target}/{service}/{method}",
        })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("h2load did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(seconds + 60));
        var text = await output + await error;
        process.ExitCode.Should().Be(0, "h2load must run: " + text);

        // requests: 1000 total, 1000 started, 1000 done, 998 succeeded, 2 failed, 0 errored, 0 timeout
        var totals = RequestsLine().Match(text);
        totals.Success.Should().BeTrue("h2load prints its request totals: " + text);
        return new Totals(
            long.Parse(totals.Groups["succeeded"].Value, System.Globalization.CultureInfo.InvariantCulture),
            long.Parse(totals.Groups["failed"].Value, System.Globalization.CultureInfo.InvariantCulture),
            long.Parse(totals.Groups["errored"].Value, System.Globalization.CultureInfo.InvariantCulture),
            text);
    }

    [GeneratedRegex(@"requests: \d+ total, \d+ started, \d+ done, (?<succeeded>\d+) succeeded, (?<failed>\d+) failed, (?<errored>\d+) errored")]
    private static partial Regex RequestsLine();
}
