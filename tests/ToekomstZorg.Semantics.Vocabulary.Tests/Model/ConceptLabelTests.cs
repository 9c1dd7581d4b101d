using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Model;

public sealed class ConceptLabelTests
{
    [Fact]
    public void Equals_SameTextLanguageKindReadFromElsewhere_Equal()
    {
        // Where a label was read (its triple) is not part of its value.
        var read = new ConceptLabel("zoco", "nl", LabelKind.Hidden) { PropertyIndex = 7 };
        var made = new ConceptLabel("zoco", "nl", LabelKind.Hidden);

        read.Should().Be(made);
        read.GetHashCode().Should().Be(made.GetHashCode());
        read.ToString().Should().Be(made.ToString());
        read.Should().NotBe(made with { Kind = LabelKind.Alternative });
        read.Should().NotBe(made with { Language = "en" });
        read.Should().NotBe(made with { Text = "Zoco" });
    }
}
