import Foundation
import GatewayCore

/// InvokeModel answers of image-generation models (Nova Canvas / Titan Image request shape):
/// `{"images": [base64 PNG…]}`, each a valid 1×1 PNG.
enum ImageReplies {
    /// A 1×1 opaque PNG.
    static let pixelPNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="

    static func reply(body: Data) throws(SimulatedError) -> NativeReply {
        let object = try NativeBodyChecker.object(
            body, required: ["taskType"],
            allowed: [
                "taskType", "textToImageParams", "imageGenerationConfig", "imageVariationParams", "inPaintingParams",
                "outPaintingParams", "colorGuidedGenerationParams", "backgroundRemovalParams",
            ])
        guard object["taskType"]?.stringValue == "TEXT_IMAGE" else {
            throw NativeBodyChecker.malformed("#/taskType: only TEXT_IMAGE is simulated")
        }
        guard let text = object["textToImageParams"]?["text"]?.stringValue, !text.isEmpty else {
            throw NativeBodyChecker.malformed("#/textToImageParams: required key [text] not found")
        }
        guard text.count <= 1024 else {
            throw NativeBodyChecker.malformed("#/textToImageParams/text: expected maxLength: 1024, actual: \(text.count)")
        }
        let count = object["imageGenerationConfig"]?["numberOfImages"]?.intValue ?? 1
        guard (1...5).contains(count) else {
            throw NativeBodyChecker.malformed("#/imageGenerationConfig/numberOfImages: \(count) is not less or equal to 5")
        }
        let response: JSONValue = ["images": .array(Array(repeating: .string(pixelPNG), count: count))]
        let data = (try? BedrockJSONEncoder(sortedKeys: true).encode(response)) ?? Data()
        return NativeReply(body: data, inputTokens: TokenEstimator.tokens(for: text), outputTokens: 0, latencyMs: 900)
    }
}
