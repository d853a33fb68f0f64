import Foundation

/// JSON as the `awsJson1_1` protocol (Secrets Manager, SSM) writes it: timestamps as epoch
/// seconds (possibly fractional), blobs as base64; unknown members are ignored.
///
/// ```swift
/// let body = try AWSJSON11Coder.encode(GetSecretValueRequest(secretID: "gw-key"))
/// let answer = try AWSJSON11Coder.decode(GetSecretValueResponse.self, from: data)
/// ```
enum AWSJSON11Coder {
    static func encode(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.dataEncodingStrategy = .base64
        return [UInt8](try encoder.encode(value))
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        decoder.dataDecodingStrategy = .base64
        return try decoder.decode(type, from: data.isEmpty ? Data("{}".utf8) : data)
    }
}
