using System.Globalization;

namespace ToekomstZorg.Semantics.Grpc.Protocol;

/// <summary>The <c>grpc-timeout</c> header: parsing on the server, formatting on the client.</summary>
public static class GrpcTimeout
{
    // PROTOCOL-HTTP2.md: Timeout → "grpc-timeout" TimeoutValue TimeoutUnit
    //   TimeoutValue → {positive integer as ASCII string of at most 8 digits}
    //   TimeoutUnit → Hour / Minute / Second / Millisecond / Microsecond / Nanosecond ("H" "M" "S" "m" "u" "n")
    private const long MaxValue = 99_999_999;

    /// <summary>Parses a header value; false for anything outside the grammar.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out TimeSpan timeout)
    {
        timeout = default;
        if (text.Length is < 2 or > 9)
        {
            return false;
        }

        var digits = text[..^1];
        long value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        long? ticks = text[^1] switch
        {
            'H' => value * TimeSpan.TicksPerHour,
            'M' => value * TimeSpan.TicksPerMinute,
            'S' => value * TimeSpan.TicksPerSecond,
            'm' => value * TimeSpan.TicksPerMillisecond,
            'u' => value * TimeSpan.TicksPerMicrosecond,
            'n' => value / 100,
            _ => null,
        };
        if (ticks is null)
        {
            return false;
        }

        timeout = TimeSpan.FromTicks(ticks.Value);
        return true;
    }

    /// <summary>Formats a timeout with the finest unit that fits in 8 digits (rounding up, never below 1 ns).</summary>
    public static string Format(TimeSpan timeout)
    {
        var ticks = Math.Max(1, timeout.Ticks);
        var nanos = ticks * 100;
        if (nanos <= MaxValue)
        {
            return nanos.ToString(CultureInfo.InvariantCulture) + "n";
        }

        (long Divisor, char Unit)[] units =
        [
            (TimeSpan.TicksPerMicrosecond, 'u'), (TimeSpan.TicksPerMillisecond, 'm'), (TimeSpan.TicksPerSecond, 'S'),
            (TimeSpan.TicksPerMinute, 'M'), (TimeSpan.TicksPerHour, 'H'),
        ];
        foreach (var (divisor, unit) in units)
        {
            var value = (ticks + divisor - 1) / divisor;
            if (value <= MaxValue)
            {
                return value.ToString(CultureInfo.InvariantCulture) + unit;
            }
        }

        return MaxValue.ToString(CultureInfo.InvariantCulture) + "H";
    }
}
