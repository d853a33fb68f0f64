/// The body of `GET /health`: `{"status":"ok"}`.
struct HealthStatus: Encodable, Sendable {
    var status: String
}
