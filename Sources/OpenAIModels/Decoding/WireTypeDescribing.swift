/// A type that decodes from more than one JSON shape and names them for error messages.
///
/// Union types (`content` is a string or an array of parts) throw
/// `DecodingError.typeMismatch(Self.self, …)`; the request decoder turns that into
/// "expected one of a string or an array of objects".
protocol WireTypeDescribing {
    /// What the JSON value should have been, phrased to follow "expected".
    static var expectedWireType: String { get }
}

extension WireTypeDescribing {
    /// A `typeMismatch` error for the value the decoder is positioned at.
    static func typeMismatch(at codingPath: [any CodingKey]) -> DecodingError {
        .typeMismatch(
            Self.self,
            DecodingError.Context(
                codingPath: codingPath, debugDescription: "Expected \(expectedWireType)."))
    }
}
