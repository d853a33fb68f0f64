extension KeyedDecodingContainer {
    /// Decodes an optional integer, reporting a decimal (`1.5`) as a type error at its own path.
    ///
    /// Foundation's JSONDecoder reports a non-integral number decoded as `Int` as "not valid
    /// JSON" with an empty coding path, which would hide the parameter name from the API user.
    func decodeIntegerIfPresent(forKey key: Key) throws -> Int? {
        guard let value = try decodeIfPresent(JSONValue.self, forKey: key) else { return nil }
        if case .null = value { return nil }
        guard case .integer(let integer) = value else {
            throw DecodingError.typeMismatch(
                Int.self,
                DecodingError.Context(
                    codingPath: codingPath + [key], debugDescription: "Expected an integer."))
        }
        return integer
    }
}
