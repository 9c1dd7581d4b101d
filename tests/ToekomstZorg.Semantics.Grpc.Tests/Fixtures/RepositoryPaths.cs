namespace ToekomstZorg.Semantics.Grpc.Tests.Fixtures;

/// <summary>Paths relative to the repository root (the folder holding ToekomstZorg.Semantics.sln).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string GrpcProtos => Path.Combine(Root, "src", "ToekomstZorg.Semantics.Grpc", "Protos");

    public static string TestProtos => Path.Combine(AppContext.BaseDirectory, "Protos");

    public static string Interop => Path.Combine(AppContext.BaseDirectory, "Interop");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ToekomstZorg.Semantics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ToekomstZorg.Semantics.sln not found above " + AppContext.BaseDirectory);
    }
}
