namespace ToekomstZorg.Semantics.TestSupport;

/// <summary>The gRPC tests' own paths, beside the shared ones of tests/TestSupport/RepositoryPaths.cs.</summary>
internal static partial class RepositoryPaths
{
    public static string GrpcProtos => Path.Combine(Root, "src", "ToekomstZorg.Semantics.Grpc", "Protos");

    public static string TestProtos => Path.Combine(AppContext.BaseDirectory, "Protos");

    public static string Interop => Path.Combine(AppContext.BaseDirectory, "Interop");
}
