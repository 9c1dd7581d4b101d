using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using ToekomstZorg.Semantics.Fhir.Serialization;
using ToekomstZorg.Semantics.Fhir.Translation;

namespace ToekomstZorg.Semantics.Fhir.Rest.Internal;

/// <summary>
/// Reads the Parameters resource of an operation POST (http://hl7.org/fhir/R4/operations.html#request) with Firely's
/// strict deserializers (<see cref="FhirJsonDeserializer"/>, <see cref="FhirXmlDeserializer"/>). What Firely rejects is a
/// 400 OperationOutcome naming the problem with its line and column (the HL7 issue-line/issue-col extensions).
/// </summary>
internal static class ParametersBody
{
    private static readonly FhirJsonDeserializer Json = new();
    private static readonly FhirXmlDeserializer Xml = new();
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Parameters Read(ReadOnlyMemory<byte> body, FhirFormat format)
    {
        string text;
        try
        {
            var bytes = body.Span;
            text = StrictUtf8.GetString(bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes);
        }
        catch (DecoderFallbackException)
        {
            throw FhirRestOutcome.Error(HttpStatusCode.BadRequest, OperationOutcome.IssueType.Structure, "The request body is not valid UTF-8.");
        }

        Resource? resource;
        IEnumerable<CodedException>? issues;
        try
        {
            var read = format == FhirFormat.Xml
                ? Xml.TryDeserializeResource(text, out resource, out issues)
                : Json.TryDeserializeResource(text, out resource, out issues);
            if (read)
            {
                issues = null;
            }
        }
        catch (JsonException e)
        {
            throw Malformed("JSON", e.Message, (int?)e.LineNumber + 1, (int?)e.BytePositionInLine + 1);
        }
        catch (XmlException e)
        {
            throw Malformed("XML", e.Message, e.LineNumber, e.LinePosition);
        }

        var first = issues?.FirstOrDefault(issue => !LosesNoData(issue));
        if (first is not null && resource is not Parameters)
        {
            throw Rejected(format, first);
        }

        if (resource is not Parameters parameters)
        {
            throw FhirRestOutcome.Error(
                HttpStatusCode.BadRequest, OperationOutcome.IssueType.Invalid,
                "The body of an operation POST must be a Parameters resource (resourceType 'Parameters').", "resourceType");
        }

        return first is null ? parameters : throw Rejected(format, first);
    }

    // Firely's own FhirClient posts an operation without parameters as {"resourceType":"Parameters"}, which its strict
    // deserializer reports as an empty element (or an empty array, for "parameter":[]); R4 allows a Parameters resource
    // without parameters, and nothing is lost by reading it as one.
    private static bool LosesNoData(CodedException issue) =>
        issue.ErrorCode is Hl7.Fhir.Validation.CodedValidationException.ELEMENT_CANNOT_BE_EMPTY_CODE
            or FhirJsonException.OBJECTS_CANNOT_BE_EMPTY_CODE
            or FhirJsonException.ARRAYS_CANNOT_BE_EMPTY_CODE;

    private static FhirOperationException Rejected(FhirFormat format, CodedException issue)
    {
        var name = format == FhirFormat.Xml ? "XML" : "JSON";
        return issue is ExtendedCodedException extended
            ? Malformed(name, extended.BaseErrorMessage, (int?)extended.LineNumber, (int?)extended.Position, extended.InstancePath)
            : Malformed(name, issue.Message, null, null);
    }

    private static FhirOperationException Malformed(string format, string message, int? line, int? column, string? path = null)
    {
        var where = line is { } l ? $" at line {l}, column {column}" : string.Empty;
        var text = $"The body is not a valid FHIR {format} Parameters resource{where}: {message}";
        var issue = FhirRestOutcome.Issue(OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.Structure, text, string.IsNullOrEmpty(path) ? null : path);
        if (line is { } lineNumber)
        {
            issue.Extension.Add(new Extension(FhirExtensionUrls.IssueLine, new Integer(lineNumber)));
            if (column is { } columnNumber)
            {
                issue.Extension.Add(new Extension(FhirExtensionUrls.IssueColumn, new Integer(columnNumber)));
            }
        }

        return new FhirOperationException(text, HttpStatusCode.BadRequest, new OperationOutcome { Issue = [issue] });
    }
}
