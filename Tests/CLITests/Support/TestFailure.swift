/// A test-setup failure with a message saying what to do (e.g. "run make deps").
struct TestFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
