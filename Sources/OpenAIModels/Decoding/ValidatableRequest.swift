/// A request body with value rules beyond its JSON types (ranges, non-empty arrays), checked by
/// ``OpenAIRequestDecoder`` right after decoding.
protocol ValidatableRequest {
    func validate() throws(RequestDecodingError)
}
