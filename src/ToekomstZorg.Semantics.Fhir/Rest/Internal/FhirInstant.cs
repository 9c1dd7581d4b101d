namespace ToekomstZorg.Semantics.Fhir.Rest.Internal;

/// <summary>
/// The times the facade writes (CapabilityStatement.date, Bundle.meta.lastUpdated, ValueSet.expansion.timestamp) in UTC
/// to the second, as FHIR instants and dateTimes are usually given (http://hl7.org/fhir/R4/datatypes.html#instant).
/// </summary>
internal static class FhirInstant
{
    public static DateTimeOffset ToSeconds(DateTimeOffset time) =>
        new(time.UtcDateTime.Ticks - (time.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
