import Testing
@testable import AWSServiceModel
