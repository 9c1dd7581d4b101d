using ToekomstZorg.Semantics.Vocabulary.Loading.Internal;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Loading;

/// <summary>The parts of a load run side by side, independent of the thread pool, and fail as they threw.</summary>
public sealed class SideBySideTests
{
    [Fact]
    public void Run_ThreeParts_FirstOnTheCallingThreadOthersOnThreadsOfTheirOwnAtTheSameTime()
    {
        var caller = Environment.CurrentManagedThreadId;
        var threads = new (int Id, bool Pool)[3];
        using var allStarted = new CountdownEvent(3);

        SideBySide.Run(Part(0), Part(1), Part(2));

        threads[0].Id.Should().Be(caller);
        threads[1..].Should().OnlyContain(t => t.Id != caller && !t.Pool, "a part must not wait for the pool to grow");
        threads.Select(t => t.Id).Should().OnlyHaveUniqueItems();

        Action Part(int index) => () =>
        {
            threads[index] = (Environment.CurrentManagedThreadId, Thread.CurrentThread.IsThreadPoolThread);
            allStarted.Signal();
            // Every part waits for the others: run one after the other, this would time out.
            allStarted.Wait(TimeSpan.FromSeconds(10)).Should().BeTrue();
        };
    }

    [Fact]
    public void Run_PartsThatThrow_TheFirstPartsExceptionAsThrownAfterAllHaveEnded()
    {
        var othersEnded = 0;

        var run = () => SideBySide.Run(
            () => throw new InvalidOperationException("first"),
            () => { Thread.Sleep(50); Interlocked.Increment(ref othersEnded); },
            () => throw new FormatException("third"));

        run.Should().Throw<InvalidOperationException>().WithMessage("first");
        othersEnded.Should().Be(1);
        new Action(() => SideBySide.Run(() => { }, () => throw new FormatException("second")))
            .Should().Throw<FormatException>().WithMessage("second", "an exception of another part is not wrapped either");
    }
}
