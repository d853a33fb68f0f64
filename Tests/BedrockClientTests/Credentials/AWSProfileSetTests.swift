import Foundation
import Testing

@testable import BedrockClient

@Suite struct AWSProfileSetTests {
    @Test func configUsesProfilePrefixAndCredentialsFileDoesNot() {
        let set = AWSProfileSet.parse(
            configText: """
                [default]
                region = us-east-1
                [profile dev]
                region = eu-west-1
                [staging]
                region = ap-south-1
                """,
            credentialsText: """
                [dev]
                aws_access_key_id = AKIDDEV
                [profile prod]
                aws_access_key_id = AKIDPROD
                """
        )
        #expect(set.profile(named: "default")?["region"] == "us-east-1")
        #expect(set.profile(named: "dev")?["region"] == "eu-west-1")
        #expect(set.profile(named: "dev")?["aws_access_key_id"] == "AKIDDEV")
        // A config section without the prefix is not a profile; a prefixed credentials section is not either.
        #expect(set.profile(named: "staging") == nil)
        #expect(set.profile(named: "prod") == nil)
        #expect(set.profile(named: "profile prod") == nil)
    }

    @Test func credentialsFileWinsForKeysInBothFiles() {
        let set = AWSProfileSet.parse(
            configText: "[profile dev]\naws_access_key_id = FROMCONFIG\nregion = eu-west-1\n",
            credentialsText: "[dev]\naws_access_key_id = FROMCREDENTIALS\naws_secret_access_key = secret\n"
        )
        let dev = set.profile(named: "dev")
        #expect(dev?["aws_access_key_id"] == "FROMCREDENTIALS")
        #expect(dev?["aws_secret_access_key"] == "secret")
        #expect(dev?["region"] == "eu-west-1")
    }

    @Test func commentsAndWhitespaceFollowTheSharedConfigRules() {
        let set = AWSProfileSet.parse(
            configText: """
                # full-line comment
                ; another one
                [ profile   spaced ]   # comment after a section
                  region   =   us-west-2   # trailing comment
                Output = json;not-a-comment
                role_arn=arn:aws:iam::123456789012:role/a#b
                \tcontinued = line
                empty =
                [default];comment
                region=eu-north-1 ;comment
                """,
            credentialsText: ""
        )
        let spaced = set.profile(named: "spaced")
        #expect(spaced?["region"] == "us-west-2")
        #expect(spaced?["output"] == "json;not-a-comment")
        #expect(spaced?["role_arn"]?.hasPrefix("arn:aws:iam::123456789012:role/a#b") == true)
        #expect(spaced?["empty"] == nil)
        #expect(set.profile(named: "default")?["region"] == "eu-north-1")
    }

    @Test func subPropertiesDoNotLeakIntoTheProfile() {
        let set = AWSProfileSet.parse(
            configText: """
                [default]
                s3 =
                  max_concurrent_requests = 20
                  region = should-not-win
                region = us-east-2
                """,
            credentialsText: ""
        )
        #expect(set.profile(named: "default")?["region"] == "us-east-2")
        #expect(set.profile(named: "default")?["max_concurrent_requests"] == nil)
    }

    @Test func prefixedDefaultBeatsPlainDefaultInConfig() {
        let set = AWSProfileSet.parse(
            configText: "[profile default]\nregion = us-west-1\n[default]\nregion = us-east-1\n",
            credentialsText: ""
        )
        #expect(set.profile(named: "default")?["region"] == "us-west-1")
    }

    @Test func repeatedSectionsMergeWithLaterValuesWinning() {
        let set = AWSProfileSet.parse(
            configText: "",
            credentialsText: "[a]\naws_access_key_id = ONE\nx = 1\n[b]\ny = 2\n[a]\naws_access_key_id = TWO\n"
        )
        #expect(set.profile(named: "a")?["aws_access_key_id"] == "TWO")
        #expect(set.profile(named: "a")?["x"] == "1")
    }

    @Test func loadReadsHomeFilesOrTheVariablesOverridingThem() throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/credentials", "[default]\naws_access_key_id = HOMEKEY\n")
        try home.write(".aws/config", "[default]\nregion = us-east-1\n")
        try home.write("elsewhere/creds", "[default]\naws_access_key_id = OTHERKEY\n")

        let fromHome = try AWSProfileSet.load(environment: [:], homeDirectory: home.path)
        #expect(fromHome.profile(named: "default")?["aws_access_key_id"] == "HOMEKEY")
        #expect(fromHome.profile(named: "default")?["region"] == "us-east-1")
        #expect(fromHome.anyFileExists)

        let overridden = try AWSProfileSet.load(
            environment: ["AWS_SHARED_CREDENTIALS_FILE": "~/elsewhere/creds", "AWS_CONFIG_FILE": home.path + "/missing"],
            homeDirectory: home.path
        )
        #expect(overridden.profile(named: "default")?["aws_access_key_id"] == "OTHERKEY")
        #expect(overridden.profile(named: "default")?["region"] == nil)
        #expect(overridden.credentialsFilePath == home.path + "/elsewhere/creds")
    }

    @Test func homeDirectoryDefaultsToTheHomeVariable() throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", "[profile x]\nregion = sa-east-1\n")
        let set = try AWSProfileSet.load(environment: ["HOME": home.path])
        #expect(set.profile(named: "x")?["region"] == "sa-east-1")
    }

    @Test func missingFilesAreEmpty() throws {
        let home = try TemporaryDirectory()
        let set = try AWSProfileSet.load(environment: [:], homeDirectory: home.path)
        #expect(set.profiles.isEmpty)
        #expect(!set.anyFileExists)
    }
}
