/// A reason a command cannot go on, printed by ArgumentParser as `Error: <message>` with exit
/// status 1.
///
/// ```swift
/// throw CommandFailure("Cannot listen on 127.0.0.1:8080: address already in use")
/// ```
struct CommandFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
