using System.Text;

namespace ToekomstZorg.Semantics.Fhir.Tests.Support;

/// <summary>Hand-written FHIR R4 resources with vocabulary codings at every location the translation must reach.</summary>
internal static class Samples
{
    public const string CarePlan = """
        {
          "resourceType": "CarePlan",
          "id": "cp1",
          "meta": { "versionId": "3" },
          "text": { "status": "generated", "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\">Zorgplan &amp; \u00e9\u00e9n <b>GGZ</b></div>" },
          "contained": [
            {
              "resourceType": "Goal",
              "id": "g1",
              "lifecycleStatus": "active",
              "description": { "coding": [ { "system": "https://w3id.org/toekomstzorg/ouderenzorg", "code": "casemanagement", "display": "casemanagement" } ], "text": "doel" },
              "subject": { "reference": "Patient/p1" }
            }
          ],
          "extension": [
            { "url": "https://example.org/fhir/StructureDefinition/focus", "valueCodeableConcept": { "coding": [ { "system": "https://w3id.org/toekomstzorg/ggz", "code": "herstel", "display": "herstel" } ] } },
            { "url": "https://example.org/fhir/StructureDefinition/weight", "valueDecimal": 1.50 }
          ],
          "modifierExtension": [ { "url": "https://example.org/fhir/StructureDefinition/flag", "valueBoolean": true } ],
          "identifier": [ { "system": "https://example.org/ids", "value": "A\"1\\2\u0001" } ],
          "status": "active",
          "intent": "plan",
          "category": [ { "coding": [ { "system": "https://w3id.org/toekomstzorg/ggz", "code": "zorgcoordinatie", "display": "zorgcoördinatie" } ] } ],
          "subject": { "reference": "Patient/p1" },
          "goal": [ { "reference": "#g1" } ],
          "activity": [
            {
              "detail": {
                "code": { "coding": [ { "system": "https://w3id.org/toekomstzorg/ggz", "code": "mdo-psy" } ], "text": "MDO" },
                "reasonCode": [ { "coding": [ { "system": "https://w3id.org/toekomstzorg/ggz", "code": "dubbeldiagnose", "display": "dubbeldiagnose" } ] } ],
                "status": "scheduled"
              }
            },
            {
              "outcomeCodeableConcept": [ { "coding": [ { "system": "https://w3id.org/toekomstzorg/ggz", "code": "crisisbed" } ] } ],
              "detail": {
                "code": { "coding": [ { "system": "http://snomed.info/sct", "code": "229065009", "display": "Exercise therapy" } ] },
                "status": "in-progress",
                "dailyAmount": { "value": 2.500, "unit": "x" }
              }
            },
            {
              "detail": {
                "code": { "coding": [ { "system": "https://w3id.org/toekomstzorg/ggz", "code": "bestaat-niet" }, { "system": "https://w3id.org/toekomstzorg/kern", "code": "herstel" } ] },
                "status": "not-started"
              }
            }
          ]
        }
        """;

    public const string CareTeam = """
        {
          "resourceType": "CareTeam",
          "id": "ct1",
          "status": "active",
          "category": [ { "coding": [ { "system": "https://w3id.org/toekomstzorg/vaph", "code": "zorgcoordinatie" } ] } ],
          "participant": [
            { "role": [ { "coding": [ { "system": "https://w3id.org/toekomstzorg/ouderenzorg", "code": "casemanagement", "display": "casemanager" } ] } ], "member": { "display": "X" } }
          ],
          "reasonCode": [ { "coding": [ { "system": "https://w3id.org/toekomstzorg/vaph", "code": "dubbeldiagnose" } ] } ]
        }
        """;

    public const string Goal = """
        {
          "resourceType": "Goal",
          "id": "goal1",
          "lifecycleStatus": "proposed",
          "description": { "coding": [ { "system": "https://w3id.org/toekomstzorg/ggz", "code": "herstel" } ] },
          "subject": { "reference": "Patient/p1" }
        }
        """;

    public static string Bundle => $$"""
        {
          "resourceType": "Bundle",
          "type": "collection",
          "entry": [
            { "fullUrl": "urn:uuid:00000000-0000-0000-0000-000000000001", "resource": {{CarePlan}} },
            { "fullUrl": "urn:uuid:00000000-0000-0000-0000-000000000002", "resource": {{CareTeam}} },
            { "fullUrl": "urn:uuid:00000000-0000-0000-0000-000000000003", "resource": {{Goal}} }
          ]
        }
        """;

    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);
}
