import Testing

@testable import VigieScoring

@Suite("Tokens and their facts")
struct TokenizerTests {
    @Test func foldsSplitsAndKeepsTheWordAsWritten() {
        let tokens = TextNormalizer.tokenize("L'AVION Était #Retardé, they DON’T care @Air_France... trooop NUL")
        #expect(tokens.map(\.text) == ["l", "avion", "etait", "retarde", "they", "don't", "care", "air_france", "trooop", "nul"])
        #expect(tokens.map(\.original) == ["L", "AVION", "Était", "Retardé", "they", "DON’T", "care", "Air_France", "trooop", "NUL"])
        #expect(tokens.map(\.isUpperCase) == [false, true, false, false, false, true, false, false, false, true])
        #expect(tokens[3].isHashtag && tokens[7].isHandle && !tokens[4].isHashtag)
        #expect(tokens.map(\.clause) == [0, 0, 0, 0, 1, 1, 1, 1, 4, 4])
        #expect(tokens.map(\.isElongated) == [false, false, false, false, false, false, false, false, true, false])
    }

    @Test func aParenthesisIsAClauseOfItsOwn() {
        let tokens = TextNormalizer.tokenize("fast (I should have waited) and cheap")
        #expect(tokens.map(\.clause) == [0, 1, 1, 1, 1, 2, 2])
    }

    @Test func aLinkIsMarkedToTheNextSpace() {
        let tokens = TextNormalizer.tokenize("see https://t.co/AbC and www.x.com/de,ok. HTTP://Y.fr done")
        #expect(tokens.map(\.text) == ["see", "https", "t", "co", "abc", "and", "www", "x", "com", "de", "ok", "http", "y", "fr", "done"])
        #expect(tokens.map(\.isLink) == [false, true, true, true, true, false, true, true, true, true, true, true, true, true, false])
        #expect(!TextNormalizer.tokenize("the www is not a link").contains { $0.isLink })
    }

    @Test func noStandaloneEmoticonHoldsOneThatIsReadAnywhere() {
        // Both scans read a text: an emoticon of one list inside one of the other would count twice.
        for (standalone, _) in SentimentAnalyzer.standaloneEmoticons {
            #expect(!SentimentAnalyzer.emoticons.contains { standalone.contains($0.0) }, "\(standalone)")
            let first = standalone.unicodeScalars.first!
            #expect(!first.properties.isAlphabetic && !("0"..."9").contains(first), "\(standalone) starts with a letter or digit")
        }
    }

    @Test func combiningAccentsAndOtherScriptsFold() {
        // "é" written as e + U+0301, Greek capitals, a letter repeated in another script.
        let tokens = TextNormalizer.tokenize("cafe\u{301} ΑΘΗΝΑ ωωωω")
        #expect(tokens.map(\.text) == ["cafe", "αθηνα", "ωωωω"])
        #expect(tokens.map(\.original) == ["cafe\u{301}", "ΑΘΗΝΑ", "ωωωω"])
        #expect(tokens.map(\.isElongated) == [false, false, true])
    }

    @Test func eachTokenCarriesTheHashItsWordIsLookedUpWith() {
        for token in TextNormalizer.tokenize("Très DÉÇU par l'œuvre, can't we ßtraße 😡 ǅemal") {
            #expect(token.hash == WordHash.of(token.text), "\(token.text)")
        }
    }

    @Test func whatTheTokenizerReadsOnTheBytesIsWhatTheWordSays() {
        let tokens = TextNormalizer.tokenize("45min wait, 2 hours on hold, a4 x2 can’t mightn't SHOULDN'T")
        #expect(tokens.filter(\.startsWithDigit).map(\.text) == ["45min", "2"])
        // A negative contraction no list names negates (read on the folded bytes: curly apostrophe and capitals too).
        let negations = tokens.filter { $0.facts.flags.contains(.englishNegation) }.map(\.text)
        #expect(negations == ["can't", "mightn't", "shouldn't"])
    }

    @Test func factsComeFromTheLists() {
        #expect(Vocabulary.facts(of: "nul").french != nil && Vocabulary.facts(of: "nul").english == nil)
        #expect(Vocabulary.facts(of: "good").english == SentimentAnalyzer.shared.lexicons["en"]?["good"])
        #expect(Vocabulary.facts(of: "tres").booster == SentimentAnalyzer.boosters["tres"])
        #expect(Vocabulary.facts(of: "mightn't").flags.contains(.englishNegation))
        #expect(Vocabulary.facts(of: "don't").flags.contains(.englishNegation))
        #expect(Vocabulary.facts(of: "pas").flags.isSuperset(of: [.frenchNegation, .negationAfterVerb, .denial]))
        #expect(Vocabulary.facts(of: "mais").flags.contains(.contrast))
        #expect(Vocabulary.facts(of: "remboursement").flags.contains(.complaintStart))
        #expect(Vocabulary.facts(of: "where").flags.isSuperset(of: [.questionStart, .purchaseStart]))
        let the = Vocabulary.facts(of: "the").languages
        #expect(the == 1 << UInt8(LanguageDetector.supported.firstIndex(of: "en")!))
        #expect(Vocabulary.facts(of: "zzzunknown") == WordFacts())
        // Every entry of every list is found again through the table.
        for (word, value) in SentimentAnalyzer.shared.lexicons["fr"]! { #expect(Vocabulary.facts(of: word).french == value) }
        for word in ContentTerms.stopwords { #expect(Vocabulary.facts(of: word).flags.contains(.contentStopword), "\(word)") }
    }

    @Test func theWordTableFindsEveryKeyAndNothingElse() {
        var entries: [String: Int] = [:]
        for index in 0..<5_000 { entries["w\(index)"] = index }
        let table = WordTable(entries, filler: -1)
        for (word, value) in entries { #expect(table.value(for: word) == value) }
        #expect(table.value(for: "w5000") == nil)
        // A table probed mostly for keys it lacks is kept at most half full: the same answers.
        let sparse = WordTable(entries, filler: -1, mostlyMissed: true)
        for (word, value) in entries { #expect(sparse.value(for: word) == value) }
        #expect((5_000..<10_000).allSatisfy { sparse.value(for: "w\($0)") == nil })
        #expect(table.value(for: "") == nil)
        #expect(table.value(hash: WordHash.of("w5001")) == nil)
        #expect(WordTable<Int>([:], filler: -1).value(for: "w1") == nil)
        // Valences and increments are kept as thousandths: each comes back as the `Double` written.
        #expect(Vocabulary.facts(of: "very").booster == 0.293)
        #expect(Vocabulary.facts(of: "plutot").booster == -0.15)
        for (word, value) in SentimentAnalyzer.shared.lexicons["en"]! where !word.hasSuffix("n't") {
            #expect(Vocabulary.facts(of: word).english == value, "\(word)")
        }
    }

    @Test func wordsSharingAHashShareTheirCandidates() {
        // FNV-1a words can be made to collide (a project's query words are anyone's): here every word hashes alike.
        let table = WordTable(["brand": [1], "other": [2], "third": [3, 4]], filler: [], combining: +, hashing: { _ in 7 })
        #expect(table.value(hash: 7)?.sorted() == [1, 2, 3, 4])
        // The query index checks its candidates: a collision costs an evaluation, not a false match.
        let index = QueryIndex([try! Query("acme"), try! Query("globex")])
        #expect(index.matches(MatchDocument(text: "I love acme")).map(\.entry) == [0])
    }

    @Test func theHashFilterKeepsEveryHashAndRulesOutMostOthers() {
        let kept = (0..<20_000).map { WordHash.of("brand\($0)") }
        let filter = HashFilter(kept)
        #expect(kept.allSatisfy(filter.mayContain))
        let others = (0..<10_000).map { WordHash.of("other\($0)") }
        let passed = others.filter(filter.mayContain).count
        // 20 000 hashes set at most 15 % of the 131 072 bits.
        #expect(passed < 2_000, "\(passed) of 10 000 unknown words would be probed")
        #expect(passed > 0)
    }
}
