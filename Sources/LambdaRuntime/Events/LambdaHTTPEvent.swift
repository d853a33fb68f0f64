import Foundation
import GatewayCore

/// An invocation event carrying an HTTP request, recognized by its shape.
///
/// - `requestContext.elb` → Application Load Balancer.
/// - `version: "2.0"` with `requestContext.http` → API Gateway HTTP API (payload 2.0) or a
///   Lambda Function URL.
/// - `httpMethod` with a `requestContext` → API Gateway REST API (or HTTP API payload 1.0).
///
/// ```swift
/// let event = try LambdaHTTPEvent.decode(invocation.event)
/// let request = try event.gatewayRequest(requestID: invocation.requestID, deadline: deadline)
/// let payload = try LambdaResponseEncoder.encode(status: 200, headers: [], body: data, format: event.responseFormat)
/// ```
public enum LambdaHTTPEvent: Sendable {
    case alb(ALBEvent)
    case apiGatewayV1(APIGatewayV1Event)
    case apiGatewayV2(APIGatewayV2Event)

    /// Recognizes and decodes an event.
    /// - Throws: ``LambdaEventError`` of kind `unrecognizedShape` for anything that is not one of
    ///   the three HTTP events, `malformedEvent`/`invalidBase64Body` for a recognized one with bad fields.
    public static func decode(_ payload: Data) throws(LambdaEventError) -> LambdaHTTPEvent {
        let probe: Probe
        do {
            probe = try JSONDecoder().decode(Probe.self, from: payload)
        } catch {
            throw LambdaEventError(
                .unrecognizedShape,
                "The invocation event is not a JSON object; this function only answers HTTP events from an "
                    + "Application Load Balancer, API Gateway or a Lambda Function URL.")
        }
        do {
            if probe.requestContext?.elb != nil {
                return .alb(try JSONDecoder().decode(ALBEvent.self, from: payload))
            }
            if probe.version == "2.0", probe.requestContext?.http != nil {
                return .apiGatewayV2(try JSONDecoder().decode(APIGatewayV2Event.self, from: payload))
            }
            if probe.httpMethod != nil, probe.requestContext != nil {
                return .apiGatewayV1(try JSONDecoder().decode(APIGatewayV1Event.self, from: payload))
            }
        } catch {
            throw LambdaEventError(.malformedEvent, "The HTTP event is malformed: \(Self.describe(error))")
        }
        throw LambdaEventError(
            .unrecognizedShape,
            "The invocation event is not an HTTP event from an Application Load Balancer, API Gateway or a "
                + "Lambda Function URL (no requestContext.elb, requestContext.http or httpMethod).")
    }

    /// The response format the event's caller expects for a buffered response.
    public var responseFormat: LambdaResponseFormat {
        switch self {
        case .alb(let event): return event.responseFormat
        case .apiGatewayV1: return .apiGatewayV1
        case .apiGatewayV2: return .apiGatewayV2
        }
    }

    /// Whether the caller can receive a streamed response (Function URL or API Gateway with the
    /// streaming integration); ALB never can.
    public var canStream: Bool {
        if case .alb = self { return false }
        return true
    }

    /// The request the gateway answers.
    public func gatewayRequest(requestID: String, deadline: ContinuousClock.Instant?) throws(LambdaEventError)
        -> GatewayRequest
    {
        switch self {
        case .alb(let event): return try event.gatewayRequest(requestID: requestID, deadline: deadline)
        case .apiGatewayV1(let event): return try event.gatewayRequest(requestID: requestID, deadline: deadline)
        case .apiGatewayV2(let event): return try event.gatewayRequest(requestID: requestID, deadline: deadline)
        }
    }

    /// Only what is needed to tell the shapes apart; every field optional.
    private struct Probe: Decodable {
        struct Context: Decodable {
            var elb: JSONValue?
            var http: JSONValue?
        }
        var version: String?
        var httpMethod: String?
        var requestContext: Context?
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing field '\(path(context.codingPath + [key]))'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "field '\(path(context.codingPath))' has the wrong type"
        case .dataCorrupted(let context):
            return context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}

extension LambdaHTTPEvent {
    /// A short name for log lines: `alb`, `apigateway-v1`, `apigateway-v2`.
    public var typeName: String {
        switch self {
        case .alb: return "alb"
        case .apiGatewayV1: return "apigateway-v1"
        case .apiGatewayV2: return "apigateway-v2"
        }
    }
}
