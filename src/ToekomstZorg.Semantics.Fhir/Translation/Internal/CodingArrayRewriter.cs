using System.Buffers;

namespace ToekomstZorg.Semantics.Fhir.Translation.Internal;

/// <summary>
/// Decides, for the Codings of one <c>coding</c> array, what the vocabulary makes of each, records a report per
/// coding and the byte edits that write the targets: ADD appends after the last element; REPLACE swaps the coding's
/// bytes for its targets, each carrying the original verbatim in the original-coding extension.
/// </summary>
internal static class CodingArrayRewriter
{
    private static readonly byte[] OriginalCodingPrefix =
        "{\"extension\":[{\"url\":\""u8.ToArray()
            .Concat(System.Text.Encoding.UTF8.GetBytes(FhirExtensionUrls.OriginalCoding))
            .Concat("\",\"valueCoding\":"u8.ToArray())
            .ToArray();

    private static readonly byte[] OriginalCodingSuffix = "}],"u8.ToArray();

    public static void Rewrite(ReadOnlySpan<byte> input, TranslationRun run, int slotBase, ReadOnlySpan<byte> separator, int lastEnd)
    {
        var slotCount = run.Slots.Count - slotBase;
        string? arrayPath = null;
        var appended = false;
        var scratch = run.Scratch;
        scratch.ResetWrittenCount();
        List<(string System, string Code)>? present = null;
        List<int>? replacedSlots = null;

        for (var i = 0; i < slotCount; i++)
        {
            var slot = run.Slots[slotBase + i];
            arrayPath ??= run.Path.Build(input, run.RootType);
            var expression = string.Concat(arrayPath, "[", slot.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), "]");
            var (line, column) = run.Lines.At(input, slot.Start);
            var offset = (long)slot.Start + run.OffsetBias;

            var canonical = slot.System is null ? null : run.ResolveSystem(slot.System);
            if (canonical is null || slot.Code is null)
            {
                var status = canonical is null && slot.System is not null ? CodingReportStatus.UnknownSystem : CodingReportStatus.Incomplete;
                run.Reports.Add(new CodingReport(expression, status, slot.System, slot.Code, slot.Display, [], offset, line, column));
                continue;
            }

            if (string.Equals(canonical, run.TargetSystem, StringComparison.Ordinal))
            {
                run.Reports.Add(new CodingReport(expression, CodingReportStatus.AlreadyInTarget, slot.System, slot.Code, slot.Display, [], offset, line, column));
                continue;
            }

            var cached = run.Cache.Translate(canonical, slot.Code, run.TargetSystem);
            var translation = cached.Translation;
            if (translation.Status != CodingTranslationStatus.Matched || translation.Matches.Count == 0)
            {
                var status = translation.Status == CodingTranslationStatus.UnknownCode ? CodingReportStatus.UnknownCode : CodingReportStatus.Unmapped;
                run.Reports.Add(new CodingReport(expression, status, slot.System, slot.Code, slot.Display, [], offset, line, column) { Answer = cached });
                continue;
            }

            var targets = new CodingReportTarget[translation.Matches.Count];
            if (run.Mode == TranslationMode.Add)
            {
                present ??= CollectPresent(run, slotBase, slotCount);
                for (var m = 0; m < targets.Length; m++)
                {
                    var match = translation.Matches[m];
                    var written = !present.Contains((match.System, match.Code));
                    if (written)
                    {
                        present.Add((match.System, match.Code));
                        appended = true;
                        scratch.Write(","u8);
                        scratch.Write(separator);
                        scratch.Write("{"u8);
                        scratch.Write(cached.Bodies[m]);
                    }

                    targets[m] = new CodingReportTarget(match, written);
                }
            }
            else
            {
                var replacement = scratch;
                replacement.ResetWrittenCount();
                var original = input[slot.Start..slot.End];
                for (var m = 0; m < targets.Length; m++)
                {
                    if (m > 0)
                    {
                        replacement.Write(","u8);
                        replacement.Write(separator);
                    }

                    replacement.Write(OriginalCodingPrefix);
                    replacement.Write(original);
                    replacement.Write(OriginalCodingSuffix);
                    replacement.Write(cached.Bodies[m]);
                    targets[m] = new CodingReportTarget(translation.Matches[m], Written: true);
                }

                (replacedSlots ??= []).Add(i);
                run.Edits.Add(new ByteEdit(slot.Start, slot.End, replacement.WrittenSpan.ToArray()));
            }

            run.Reports.Add(new CodingReport(expression, CodingReportStatus.Translated, slot.System, slot.Code, slot.Display, targets, offset, line, column) { Answer = cached });
        }

        if (appended)
        {
            run.Edits.Add(new ByteEdit(lastEnd, lastEnd, scratch.WrittenSpan.ToArray()));
        }

        if (replacedSlots is not null)
        {
            DropNestedWork(run, slotBase, replacedSlots);
        }
    }

    // A replaced coding goes into the extension verbatim, so whatever was translated inside it (a CodeableConcept in
    // one of its own extensions) is undone: its edits and reports go. Later ranges first, so earlier indices hold.
    private static void DropNestedWork(TranslationRun run, int slotBase, List<int> replacedSlots)
    {
        for (var r = replacedSlots.Count - 1; r >= 0; r--)
        {
            var slot = run.Slots[slotBase + replacedSlots[r]];
            run.Edits.RemoveRange(slot.EditsBefore, slot.EditsAfter - slot.EditsBefore);
            run.Reports.RemoveRange(slot.ReportsBefore, slot.ReportsAfter - slot.ReportsBefore);
        }
    }

    private static List<(string System, string Code)> CollectPresent(TranslationRun run, int slotBase, int slotCount)
    {
        var present = run.Present;
        present.Clear();
        for (var i = 0; i < slotCount; i++)
        {
            var slot = run.Slots[slotBase + i];
            if (slot.System is not null && slot.Code is not null)
            {
                present.Add((slot.System, slot.Code));
            }
        }

        return present;
    }
}
