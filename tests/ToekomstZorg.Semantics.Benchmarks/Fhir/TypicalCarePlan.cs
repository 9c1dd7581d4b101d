namespace ToekomstZorg.Semantics.Benchmarks.Fhir;

/// <summary>The benchmark's CarePlan: about 4 KB, 10 codings over category and 3 activities.</summary>
internal static class TypicalCarePlan
{
    public const string Json = """
        {
          "resourceType": "CarePlan",
          "id": "a3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
          "meta": {
            "versionId": "7",
            "lastUpdated": "2026-11-20T09:15:00+01:00",
            "profile": [ "https://w3id.org/toekomstzorg/fhir/StructureDefinition/zorgplan" ]
          },
          "text": {
            "status": "generated",
            "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Zorgplan voor thuiswonende oudere: kortverblijf, respijtzorg en ondersteuning door een woonassistent. Afspraken met het lokaal dienstencentrum en outreach vanuit het CAW.</p></div>"
          },
          "identifier": [ { "system": "https://example.org/zorgplannen", "value": "ZP-2026-001234" } ],
          "status": "active",
          "intent": "plan",
          "category": [
            {
              "coding": [
                { "system": "https://w3id.org/toekomstzorg/ouderenzorg", "code": "woonzorgcentrum", "display": "woonzorgcentrum" },
                { "system": "http://snomed.info/sct", "code": "734163000", "display": "Care plan (record artifact)" }
              ],
              "text": "Zorgplan ouderenzorg"
            }
          ],
          "title": "Zorgplan thuiszorg en kortverblijf",
          "description": "Afgesproken in het multidisciplinair overleg van 18 november 2026.",
          "subject": { "reference": "Patient/7d2e9f10-1111-4c3b-9a8e-22aa33bb44cc", "display": "Patiënt" },
          "period": { "start": "2026-11-20", "end": "2027-05-20" },
          "created": "2026-11-18T14:00:00+01:00",
          "author": { "reference": "Practitioner/pr-42", "display": "Zorgcoördinator" },
          "careTeam": [ { "reference": "CareTeam/ct-9" } ],
          "addresses": [ { "reference": "Condition/cond-1" } ],
          "goal": [ { "reference": "Goal/goal-1" }, { "reference": "Goal/goal-2" } ],
          "activity": [
            {
              "outcomeCodeableConcept": [
                { "coding": [ { "system": "https://w3id.org/toekomstzorg/ouderenzorg", "code": "respijtzorg", "display": "respijtzorg" } ] }
              ],
              "detail": {
                "kind": "ServiceRequest",
                "code": {
                  "coding": [ { "system": "https://w3id.org/toekomstzorg/ouderenzorg", "code": "kortverblijf", "display": "kortverblijf" } ],
                  "text": "Kortverblijf in woonzorgcentrum"
                },
                "reasonCode": [
                  { "coding": [ { "system": "http://snomed.info/sct", "code": "105455006", "display": "Dependence on caregiver" } ] }
                ],
                "status": "scheduled",
                "scheduledPeriod": { "start": "2026-12-01", "end": "2026-12-14" },
                "performer": [ { "reference": "Organization/wzc-1", "display": "WZC De Linde" } ],
                "description": "Twee weken kortverblijf om de mantelzorger te ontlasten."
              }
            },
            {
              "detail": {
                "kind": "ServiceRequest",
                "code": {
                  "coding": [ { "system": "https://w3id.org/toekomstzorg/ouderenzorg", "code": "dagverzorgingscentrum", "display": "dagverzorgingscentrum" } ],
                  "text": "Dagverzorging"
                },
                "reasonCode": [
                  { "coding": [ { "system": "https://w3id.org/toekomstzorg/welzijn", "code": "lokaal-dienstencentrum", "display": "lokaal dienstencentrum" } ] }
                ],
                "status": "in-progress",
                "scheduledTiming": { "repeat": { "frequency": 2, "period": 1, "periodUnit": "wk" } },
                "dailyAmount": { "value": 1.50, "unit": "dag" },
                "description": "Twee dagen per week dagverzorging."
              }
            },
            {
              "detail": {
                "kind": "ServiceRequest",
                "code": {
                  "coding": [
                    { "system": "https://w3id.org/toekomstzorg/ouderenzorg", "code": "woonassistent", "display": "woonassistent" },
                    { "system": "https://w3id.org/toekomstzorg/welzijn", "code": "outreach", "display": "outreach" }
                  ],
                  "text": "Ondersteuning aan huis"
                },
                "reasonCode": [
                  { "coding": [ { "system": "https://w3id.org/toekomstzorg/ouderenzorg", "code": "assistentiewoning", "display": "assistentiewoning" } ] }
                ],
                "status": "not-started",
                "performer": [ { "reference": "Organization/caw-1", "display": "CAW" } ],
                "description": "Woonassistent en outreach vanuit het CAW volgen de situatie thuis op."
              }
            }
          ],
          "note": [ { "text": "Evaluatie na drie maanden in het volgende overleg." } ]
        }
        """;
}
