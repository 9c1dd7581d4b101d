using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Server.Services.Internal;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.Services;

public sealed class TranslationMessagesTests(SnapshotFixture fixture) : IClassFixture<SnapshotFixture>
{
    [Fact]
    public void Translate_OneHopBroadMatch_IsWiderWithPathAndRationale()
    {
        var response = TranslationMessages.Translate(fixture.Vocabulary, new TranslateRequest { System = "ggz", Code = "dubbeldiagnose", TargetSystem = "kern", RequestId = "r1" });

        response.Result.Should().BeTrue();
        response.RequestId.Should().Be("r1");
        response.System.Should().Be("https://w3id.org/toekomstzorg/ggz");
        response.TargetSystem.Should().Be("https://w3id.org/toekomstzorg/kern");
        var match = response.Matches.Should().ContainSingle().Subject;
        match.Equivalence.Should().Be(Equivalence.Wider);
        match.Comment.Should().Contain("verslaving");
        var step = match.Path.Should().ContainSingle().Subject;
        (step.System, step.Code, step.Relation, step.Inverse).Should().Be(("https://w3id.org/toekomstzorg/kern", "dubbeldiagnose", MappingRelation.BroadMatch, false));
    }

    [Fact]
    public void Translate_ThroughKern_HasTwoStepsTheSecondInverse()
    {
        var response = TranslationMessages.Translate(fixture.Vocabulary, new TranslateRequest { System = "ggz", Code = "zorgcoordinatie", TargetSystem = "vaph" });

        var match = response.Matches[0];
        (match.Code, match.Equivalence).Should().Be(("zorgcoordinatie", Equivalence.Equivalent), "the strongest match comes first");
        match.Path.Select(p => (p.Code, p.Inverse)).Should().Equal(("zorgcoordinatie", false), ("zorgcoordinatie", true));
        response.Matches.Skip(1).Should().NotContain(m => m.Equivalence == Equivalence.Equivalent);
        match.Path[1].System.Should().Be("https://w3id.org/toekomstzorg/vaph");
    }

    [Fact]
    public void Translate_FalseFriend_CarriesAFalseFriendWarning()
    {
        var response = TranslationMessages.Translate(fixture.Vocabulary, new TranslateRequest { System = "ggz", Code = "dubbeldiagnose", TargetSystem = "vaph" });

        var match = response.Matches.Should().ContainSingle().Subject;
        match.Equivalence.Should().NotBe(Equivalence.Equivalent);
        match.Warnings.Should().Contain(w => w.Code == "false-friend");
    }

    [Fact]
    public void Translate_RepeatedWithDifferentRequestIds_EachAnswerCarriesItsOwn()
    {
        TranslateResponse Call(string id) =>
            TranslationMessages.Translate(fixture.Vocabulary, new TranslateRequest { System = "vaph", Code = "begeleiding", TargetSystem = "kern", RequestId = id });

        var first = Call("a");
        var plain = Call("");
        var second = Call("b");

        (first.RequestId, plain.RequestId, second.RequestId).Should().Be(("a", "", "b"));
        second.Matches.Should().BeEquivalentTo(first.Matches);
    }

    [Fact]
    public void Translate_NoPath_IsResultFalseWithoutMatches()
    {
        var response = TranslationMessages.Translate(fixture.Vocabulary, new TranslateRequest { System = "kern", Code = "overleg", TargetSystem = "vaph" });

        response.Result.Should().BeFalse();
        response.Matches.Should().BeEmpty();
        response.VocabularyVersion.Should().Be(fixture.Vocabulary.Version);
    }

    [Fact]
    public void Translate_SameScheme_IsEqual()
    {
        var response = TranslationMessages.Translate(fixture.Vocabulary, new TranslateRequest { System = "kern", Code = "overleg", TargetSystem = "https://w3id.org/toekomstzorg/kern" });

        response.Matches.Single().Equivalence.Should().Be(Equivalence.Equal);
    }

    [Theory]
    [InlineData("", "x", "kern", nameof(TerminologyFault.InvalidArgument), "system is required")]
    [InlineData("ggz", "", "kern", nameof(TerminologyFault.InvalidArgument), "code is required")]
    [InlineData("ggz", "mdo", "", nameof(TerminologyFault.InvalidArgument), "target_system is required")]
    [InlineData("ggz", "mdo", "loinc", nameof(TerminologyFault.NotFound), "target_system 'loinc'")]
    [InlineData("ggz", "xyz", "kern", nameof(TerminologyFault.NotFound), "code 'xyz' is not a code of system https://w3id.org/toekomstzorg/ggz")]
    public void Translate_BadRequest_NamesTheField(string system, string code, string target, string fault, string message)
    {
        var translate = () => TranslationMessages.Translate(fixture.Vocabulary, new TranslateRequest { System = system, Code = code, TargetSystem = target });

        var error = translate.Should().Throw<TerminologyRequestException>().Which;
        error.Fault.ToString().Should().Be(fault);
        error.Message.Should().Contain(message);
    }
}
