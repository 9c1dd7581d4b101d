using ToekomstZorg.Semantics.Vocabulary.Lint;
using ToekomstZorg.Semantics.Vocabulary.Loading;
using ToekomstZorg.Semantics.Vocabulary.Tests.Support;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Loading;

/// <summary>The version a load reports: it changes with every byte of every file, read or not.</summary>
public sealed class VocabularyLoaderTests
{
    [Fact]
    public void LoadDirectory_FilesChangedOnlyAfterASyntaxError_DifferentVersions()
    {
        using var first = new FixtureVocabulary();
        using var second = new FixtureVocabulary();
        File.WriteAllText(Path.Combine(first.Directory, "broken.ttl"), "<http://ex.org/a> <http://ex.org/p> .\n# one ending\n");
        File.WriteAllText(Path.Combine(second.Directory, "broken.ttl"), "<http://ex.org/a> <http://ex.org/p> .\n# another ending\n");

        var (one, two) = (first.Load(), second.Load());

        one.Diagnostics.Should().Contain(d => d.Rule == LintRules.Syntax);
        two.Diagnostics.Should().Contain(d => d.Rule == LintRules.Syntax);
        one.Snapshot.Version.Should().NotBe(two.Snapshot.Version);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void LoadDirectory_FolderWithoutConcepts_EmptySnapshotAndNoFindings(string content)
    {
        var folder = Directory.CreateTempSubdirectory("tz-empty-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "empty.ttl"), content);

            var result = VocabularyLoader.LoadDirectory(folder);

            result.Snapshot.ConceptCount.Should().Be(0);
            result.Snapshot.Schemes.Should().BeEmpty();
            result.Diagnostics.Should().BeEmpty();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void LoadDirectory_SameFilesInTwoFolders_SameVersion()
    {
        using var first = new FixtureVocabulary();
        using var second = new FixtureVocabulary();

        VocabularyLoader.LoadDirectory(first.Directory).Snapshot.Version
            .Should().Be(VocabularyLoader.LoadDirectory(second.Directory, lint: false).Snapshot.Version);
    }
}
