import Foundation
import Testing

@testable import AWSServiceModel

/// Loads the official AWS service models from `../shared/aws-models` for tests.
///
/// The models ship gzip-compressed; the test decompresses them with `/usr/bin/gzip -dc` (test-only
/// I/O — the library itself never reads files). Each model is parsed once per test process.
///
/// ```swift
/// let model = try ModelFixtures.bedrockRuntime
/// ```
enum ModelFixtures {
    private static let runtimeResult = Result { try load("bedrock-runtime") }
    private static let controlPlaneResult = Result { try load("bedrock") }

    /// The `bedrock-runtime` model (Converse, ConverseStream, InvokeModel, CountTokens…).
    static var bedrockRuntime: ServiceModel { get throws { try runtimeResult.get() } }
    /// The `bedrock` control-plane model (ListFoundationModels, ListInferenceProfiles…).
    static var bedrock: ServiceModel { get throws { try controlPlaneResult.get() } }

    /// The shared reference-data folder: the repository root's sibling `shared`.
    static var sharedDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // AWSServiceModelTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repository root
            .deletingLastPathComponent()
            .appendingPathComponent("shared")
    }

    static func load(_ service: String) throws -> ServiceModel {
        let file = sharedDirectory.appendingPathComponent("aws-models/\(service)/service-2.json.gz")
        return try ServiceModel(jsonData: try gunzip(file))
    }

    static func gunzip(_ file: URL) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/gzip")
        process.arguments = ["-dc", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: file.path])
        }
        return data
    }
}
