import Foundation

/// An answer before it is written: status, headers and either a body or event-stream frames,
/// with the delays to apply while sending.
struct SimulatorResponse: Sendable {
    enum Body: Sendable {
        case bytes(Data)
        case frames([[UInt8]])
    }

    var status: Int
    var headers: [(String, String)]
    var body: Body
    var firstByteDelay: Duration = .zero
    var eventInterval: Duration = .zero

    static func json(_ data: Data, status: Int = 200, headers: [(String, String)] = []) -> SimulatorResponse {
        SimulatorResponse(status: status, headers: [("Content-Type", "application/json")] + headers, body: .bytes(data))
    }

    static func error(_ error: SimulatedError) -> SimulatorResponse {
        SimulatorResponse(
            status: error.type.status,
            headers: [("Content-Type", "application/json"), ("x-amzn-ErrorType", error.errorTypeHeader)],
            body: .bytes(error.body()))
    }
}
