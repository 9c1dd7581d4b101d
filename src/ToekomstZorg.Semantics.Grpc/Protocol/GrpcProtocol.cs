namespace ToekomstZorg.Semantics.Grpc.Protocol;

/// <summary>Names and constants of the gRPC over HTTP/2 protocol (PROTOCOL-HTTP2.md).</summary>
public static class GrpcProtocol
{
    /// <summary>The content type of gRPC requests and responses.</summary>
    public const string ContentType = "application/grpc";

    /// <summary>Status code trailer.</summary>
    public const string StatusHeader = "grpc-status";

    /// <summary>Percent-encoded status message trailer.</summary>
    public const string MessageHeader = "grpc-message";

    /// <summary>Deadline header.</summary>
    public const string TimeoutHeader = "grpc-timeout";

    /// <summary>Message encoding header.</summary>
    public const string EncodingHeader = "grpc-encoding";

    /// <summary>Accepted message encodings header.</summary>
    public const string AcceptEncodingHeader = "grpc-accept-encoding";

    /// <summary>The gzip message encoding.</summary>
    public const string Gzip = "gzip";

    /// <summary>The identity (uncompressed) message encoding.</summary>
    public const string Identity = "identity";

    /// <summary>The encodings this layer implements, for <c>grpc-accept-encoding</c>.</summary>
    public const string SupportedEncodings = "identity,gzip";

    /// <summary>Length of the message prefix: 1 compressed-flag byte and a 4-byte big-endian length.</summary>
    public const int MessagePrefixLength = 5;

    /// <summary>True for <c>application/grpc</c> and <c>application/grpc+proto</c> (parameters allowed).</summary>
    public static bool IsGrpcContentType(string? contentType)
    {
        if (contentType is null || !contentType.StartsWith(ContentType, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = contentType.AsSpan(ContentType.Length);
        var semicolon = rest.IndexOf(';');
        var subtype = (semicolon < 0 ? rest : rest[..semicolon]).Trim();
        return subtype.IsEmpty || subtype.Equals("+proto", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The path of a method: <c>/package.Service/Method</c>.</summary>
    public static string MethodPath(Google.Protobuf.Reflection.MethodDescriptor method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return "/" + method.Service.FullName + "/" + method.Name;
    }
}
