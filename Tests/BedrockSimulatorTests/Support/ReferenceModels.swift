import AWSServiceModel
import Foundation

/// The official service models, loaded independently of the simulator so tests check its
/// answers against the published shapes rather than against its own loading code.
enum ReferenceModels {
    static let runtime: ServiceModel? = load("bedrock-runtime")
    static let controlPlane: ServiceModel? = load("bedrock")

    private static func load(_ service: String) -> ServiceModel? {
        let file = TestPaths.awsModels.appending(path: "\(service)/service-2.json.gz")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return try? ServiceModel(jsonData: data)
    }
}
