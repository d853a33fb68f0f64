/// The format the model's text must follow (`OutputFormat`).
///
/// ```swift
/// let format = ConverseOutputFormat(type: .jsonSchema, structure: .jsonSchema(definition))
/// ```
public struct ConverseOutputFormat: Codable, Hashable, Sendable {
    public var type: ConverseOutputFormatType
    public var structure: ConverseOutputFormatStructure

    public init(type: ConverseOutputFormatType = .jsonSchema, structure: ConverseOutputFormatStructure) {
        self.type = type
        self.structure = structure
    }
}
