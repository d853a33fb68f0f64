import Synchronization

/// Tells a streamed response that its client went away (closed or reset the connection), so it
/// can stop producing instead of waiting for its next write to fail.
///
/// Fired once per connection by ``ClientDisconnectHandler``; actions registered later run at once.
final class ClientDisconnect: Sendable {
    typealias Action = @Sendable () -> Void

    private struct State {
        var fired = false
        var nextID = 0
        var actions: [Int: Action] = [:]
    }

    private let state = Mutex(State())

    var hasFired: Bool { state.withLock { $0.fired } }

    /// Runs `action` when the client goes away (now, if it already has). Returns a token for
    /// ``cancel(_:)``, or `nil` when the action already ran.
    func onDisconnect(_ action: @escaping Action) -> Int? {
        let id = state.withLock { state -> Int? in
            guard !state.fired else { return nil }
            state.nextID += 1
            state.actions[state.nextID] = action
            return state.nextID
        }
        if id == nil { action() }
        return id
    }

    func cancel(_ id: Int) {
        _ = state.withLock { $0.actions.removeValue(forKey: id) }
    }

    func fire() {
        let actions = state.withLock { state -> [Action] in
            guard !state.fired else { return [] }
            state.fired = true
            defer { state.actions = [:] }
            return Array(state.actions.values)
        }
        for action in actions { action() }
    }
}
