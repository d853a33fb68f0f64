import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Runs in front of every route: refuses runtime and control-plane calls without credentials
/// (any `Authorization` header passes, SigV4 or Bearer, since signatures are not checked), turns
/// unknown routes into Bedrock's `UnknownOperationException`, and logs one line per request.
struct SimulatorMiddleware<Context: RequestContext>: RouterMiddleware {
    var requiresAuthorization: Bool
    var logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let isControl = request.uri.path.hasPrefix(SimulatorRouter.controlPrefix)
        var response: Response
        if requiresAuthorization, !isControl, (request.headers[.authorization] ?? "").isEmpty {
            response = try await SimulatorRouter.response(.error(SimulatedError(.missingAuthenticationToken)))
        } else {
            do {
                response = try await next(request, context)
            } catch let error as HTTPError where error.status == .notFound || error.status == .methodNotAllowed {
                response = try await SimulatorRouter.response(.error(SimulatedError(.unknownOperation)))
            }
        }
        let elapsed = ContinuousClock.now - started
        let scenario = request.headers[HTTPField.Name(SimulatorEngine.scenarioHeader)!].map { " scenario=\($0)" } ?? ""
        logger.info(
            "\(request.method.rawValue) \(request.uri.path) -> \(response.status.code) (\(elapsed.wholeMilliseconds) ms)\(scenario)")
        return response
    }
}
