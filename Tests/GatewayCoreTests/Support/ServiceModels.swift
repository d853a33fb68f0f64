import AWSServiceModel
import Foundation

/// The official AWS service models from `../shared/aws-models`, loaded once per test process, for
/// checking encoded wire types against the source of truth.
///
/// The models ship gzip-compressed; they are decompressed with `/usr/bin/gzip -dc` (test-only
/// I/O). Located from `#filePath`: up to the repository root, then its sibling `shared`.
///
/// ```swift
/// let violations = try ServiceModels.bedrockRuntime.validateRequestBody(operation: "Converse", body: data)
/// #expect(violations.isEmpty, "\(violations)")
/// ```
enum ServiceModels {
    private static let runtimeResult = Result { try load("bedrock-runtime") }
    private static let controlPlaneResult = Result { try load("bedrock") }

    /// `bedrock-runtime`: Converse, ConverseStream, CountTokens, InvokeModel…
    static var bedrockRuntime: ServiceModel { get throws { try runtimeResult.get() } }
    /// `bedrock` (control plane): ListFoundationModels, ListInferenceProfiles…
    static var bedrock: ServiceModel { get throws { try controlPlaneResult.get() } }

    /// The shared reference-data folder beside the repository.
    static var sharedDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // GatewayCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repository root
            .deletingLastPathComponent()
            .appendingPathComponent("shared")
    }

    /// Loads `aws-models/<service>/service-2.json.gz`.
    static func load(_ service: String) throws -> ServiceModel {
        try ServiceModel(jsonData: try gunzip(sharedDirectory.appendingPathComponent("aws-models/\(service)/service-2.json.gz")))
    }

    private static func gunzip(_ file: URL) throws -> Data {
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
