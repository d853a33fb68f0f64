import Foundation

/// How `response_format` reaches Bedrock: Converse structured output (`outputConfig.textFormat`)
/// for models that support it, otherwise a system instruction — Converse has no JSON mode.
///
/// The instruction texts, verbatim:
/// - `json_object`: "Respond with a single valid JSON object and nothing else: no prose before
///   or after it and no Markdown code fences."
/// - `json_schema` without structured output: the same sentence with "that conforms to the
///   following JSON Schema" after "object", then lines `Schema name: …`, `Schema description: …`
///   (when given) and `JSON Schema: {…}` (compact, sorted keys).
///
/// ```swift
/// let format = try ResponseFormatInstruction(.jsonObject, structuredOutput: false)
/// format.systemInstruction   // "Respond with a single valid JSON object and nothing else: …"
/// ```
struct ResponseFormatInstruction: Sendable, Hashable {
    var outputConfig: ConverseOutputConfig?
    var systemInstruction: String?

    static let jsonObjectInstruction =
        "Respond with a single valid JSON object and nothing else: no prose before or after it and no Markdown code fences."

    init(_ format: ResponseFormat?, structuredOutput: Bool) throws(TranslationError) {
        switch format {
        case nil, .text?:
            break
        case .jsonObject?:
            systemInstruction = Self.jsonObjectInstruction
        case .jsonSchema(let definition)?:
            guard let schema = definition.schema else {
                systemInstruction = Self.jsonObjectInstruction
                return
            }
            let schemaText = try Self.compactJSON(schema, param: "response_format.json_schema.schema")
            if structuredOutput {
                outputConfig = ConverseOutputConfig(
                    textFormat: ConverseOutputFormat(
                        type: .jsonSchema,
                        structure: .jsonSchema(
                            ConverseJSONSchemaDefinition(
                                schema: schemaText, name: definition.name,
                                description: definition.description.flatMap { $0.isEmpty ? nil : $0 }))))
            } else {
                var lines = [
                    "Respond with a single valid JSON object that conforms to the following JSON Schema and nothing else: no prose before or after it and no Markdown code fences.",
                    "Schema name: \(definition.name)",
                ]
                if let description = definition.description, !description.isEmpty {
                    lines.append("Schema description: \(description)")
                }
                lines.append("JSON Schema: \(schemaText)")
                systemInstruction = lines.joined(separator: "\n")
            }
        }
    }

    /// Compact JSON with sorted keys (byte-stable, so prompt caching keeps hitting).
    static func compactJSON(_ value: JSONValue, param: String) throws(TranslationError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw TranslationError(param: param, message: "The JSON Schema cannot be serialised.", code: "invalid_value")
        }
    }
}
