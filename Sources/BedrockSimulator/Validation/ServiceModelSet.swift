import AWSServiceModel
import Foundation
import Synchronization

/// The official service models the simulator validates against: `bedrock-runtime` for the
/// runtime operations, `bedrock` for the control plane. Either may be missing, in which case
/// the simulator skips schema validation for its operations.
struct ServiceModelSet: Sendable {
    var runtime: ServiceModel?
    var controlPlane: ServiceModel?

    static let empty = ServiceModelSet(runtime: nil, controlPlane: nil)

    /// Models already loaded in this process, by folder: parsing them takes a moment, and tests
    /// start many simulators.
    private static let loaded = Mutex<[String: ServiceModelSet]>([:])

    /// Loads `<directory>/bedrock-runtime/service-2.json.gz` and `<directory>/bedrock/service-2.json.gz`.
    static func load(from directory: URL) throws -> ServiceModelSet {
        let key = directory.standardizedFileURL.path
        if let cached = loaded.withLock({ $0[key] }) { return cached }
        let models = try parse(from: directory)
        loaded.withLock { $0[key] = models }
        return models
    }

    private static func parse(from directory: URL) throws -> ServiceModelSet {
        ServiceModelSet(
            runtime: try ServiceModel(jsonData: GzipReader.decompress(directory.appending(path: "bedrock-runtime/service-2.json.gz"))),
            controlPlane: try ServiceModel(jsonData: GzipReader.decompress(directory.appending(path: "bedrock/service-2.json.gz"))))
    }
}
