extension ResponseFormat {
    /// The `json_schema` object of a structured-outputs response format.
    ///
    /// ```swift
    /// let format = ResponseFormat.JSONSchema(name: "answer",
    ///     schema: ["type": "object", "required": ["value"]], strict: true)
    /// ```
    public struct JSONSchema: Codable, Sendable, Hashable {
        public var name: String
        public var description: String?
        /// The JSON Schema the answer must satisfy.
        public var schema: JSONValue?
        public var strict: Bool?

        public init(
            name: String, description: String? = nil, schema: JSONValue? = nil, strict: Bool? = nil
        ) {
            self.name = name
            self.description = description
            self.schema = schema
            self.strict = strict
        }
    }
}
