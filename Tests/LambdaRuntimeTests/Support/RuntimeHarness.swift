import Foundation
import Testing

/// Runs a test body against a fresh emulator and a fresh `LambdaEntry` process, and cleans up.
enum RuntimeHarness {
    static func withProbe<T>(
        _ extra: [String: String] = [:], _ body: (RuntimeAPIEmulator, LambdaProcess) async throws -> T
    ) async throws -> T {
        let emulator = try RuntimeAPIEmulator()
        let process = try LambdaProcess.probe(emulator, extra: extra)
        defer {
            process.terminate()
            emulator.stop()
        }
        do {
            return try await body(emulator, process)
        } catch {
            // The runtime's own log explains most failures.
            print("LambdaEntry output:\n\(process.log)")
            throw error
        }
    }

    /// The JSON document of a buffered response.
    static func document(_ record: InvocationRecord) throws -> [String: Any] {
        #expect(record.kind == .response)
        let object = try JSONSerialization.jsonObject(with: record.body)
        return try #require(object as? [String: Any])
    }

    /// The decoded body of a buffered response document.
    static func body(of document: [String: Any]) throws -> Data {
        let text = try #require(document["body"] as? String)
        if document["isBase64Encoded"] as? Bool == true {
            return try #require(Data(base64Encoded: text))
        }
        return Data(text.utf8)
    }

    static func json(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}
