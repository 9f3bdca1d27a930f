import Foundation
import Testing
import VigieTesting

/// The lexicons are compiled into the binary from `Shared/VigieScoring/Lexicons/*.tsv` by `scripts/generate-lexicons.py`,
/// and the French forms the translation lacks by `scripts/generate-french-inflections.py`: an edit to a list that was not
/// followed by them would ship the old values without a word.
@Suite("Generated lexicon data")
struct LexiconDataTests {
    @Test func isThatOfTheListsAsTheyAre() async throws {
        let root = try TestEnvironment.repositoryRoot()
        let result = try await ProcessRunner.run(
            "/usr/bin/env", ["python3", root.appendingPathComponent("scripts/generate-lexicons.py").path, "--check"])
        #expect(result.status == 0, "\(result.standardError)")
    }

    /// Same for the language identifier's n-gram profiles (`scripts/generate-language-profiles.py`).
    @Test func languageProfilesAreThoseOfTheProfilesAsTheyAre() async throws {
        let root = try TestEnvironment.repositoryRoot()
        let result = try await ProcessRunner.run(
            "/usr/bin/env", ["python3", root.appendingPathComponent("scripts/generate-language-profiles.py").path, "--check"])
        #expect(result.status == 0, "\(result.standardError)")
    }
}
