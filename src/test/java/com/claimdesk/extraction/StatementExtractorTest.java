package com.claimdesk.extraction;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static com.claimdesk.extraction.Extracted.extract;
import static com.claimdesk.extraction.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per construction the extractor handles, including awkward input. */
class StatementExtractorTest {

    private final StatementExtractor extractor = new StatementExtractor();

    @Test
    void quoteWithAttributionAfter() {
        Statement s = only(extract("NATO Secretary-General Jens Stoltenberg spoke in Brussels.\n"
                + "\"We cannot accept that Russia is trying to re-establish a system of spheres,\" Stoltenberg stated."));
        assertEquals(StatementKind.DIRECT, s.kind());
        assertEquals("We cannot accept that Russia is trying to re-establish a system of spheres,", s.content());
        assertEquals("Jens Stoltenberg", s.speaker());
        assertEquals("stated", s.cue());
    }

    @Test
    void quoteWithInvertedAttribution() {
        Statement s = only(extract("\u201CThe talks will continue next week,\u201D said the spokesman."));
        assertEquals(StatementKind.DIRECT, s.kind());
        assertEquals("The talks will continue next week,", s.content());
        assertEquals("spokesman", s.speaker());
    }

    @Test
    void quoteWithAttributionBefore() {
        Statement s = only(extract("Olaf Scholz said, \"Germany stands with its allies in every decision.\""));
        assertEquals("Germany stands with its allies in every decision.", s.content());
        assertEquals("Olaf Scholz", s.speaker());
        assertEquals("said", s.cue());
    }

    @Test
    void splitQuoteKeepsItsSpeaker() {
        // The speaker's run of quoted sentences is one statement (the convention PolNeAR and the gold sets follow).
        List<Statement> found = extract("Prime Minister Jane Doe visited the port.\n"
                + "\"The harbour will reopen on Monday,\" she said. \"The repairs are nearly finished.\"");
        assertEquals(1, found.size(), found::toString);
        assertEquals("Jane Doe", found.get(0).speaker());
        assertEquals("The harbour will reopen on Monday,\" she said. \"The repairs are nearly finished.",
                found.get(0).content());
    }

    @Test
    void quoteOverSeveralParagraphsContinuesItsSpeaker() {
        String text = "Mayor John Smith said: \u201CThe bridge is safe for traffic again.\n\n"
                + "\u201CWe inspected every cable and every bolt over the winter.\u201D\n";
        List<Statement> found = extract(text);
        assertEquals(2, found.size(), found::toString);
        assertEquals("The bridge is safe for traffic again.", found.get(0).content());
        assertEquals("We inspected every cable and every bolt over the winter.", found.get(1).content());
        assertTrue(found.stream().allMatch(s -> "John Smith".equals(s.speaker())));
    }

    @Test
    void nestedQuoteStaysInsideTheOuterOne() {
        Statement s = only(extract("The minister said, \"They told me 'we will leave tomorrow' and then they stayed.\""));
        assertEquals("They told me 'we will leave tomorrow' and then they stayed.", s.content());
    }

    @Test
    void unclosedQuoteEndsWithItsParagraph() {
        Statement s = only(extract("The senator said, \"This debate will never end in this chamber\n\nNext story."));
        assertEquals("This debate will never end in this chamber", s.content());
        assertEquals(StatementKind.DIRECT, s.kind());
    }

    @Test
    void quoteWithNoSpeaker() {
        Statement s = only(extract("\"Nobody here remembers a winter as cold as this one.\""));
        assertEquals(StatementKind.DIRECT, s.kind());
        assertNull(s.speaker());
    }

    @Test
    void reportedSpeechTakesTheClauseAfterThat() {
        Statement s = only(extract("U.S. Secretary of State Antony Blinken gave Russia the response. "
                + "Blinken said that the formal response made it clear that the U.S. has core principles."));
        assertEquals(StatementKind.INDIRECT, s.kind());
        assertEquals("the formal response made it clear that the U.S. has core principles", s.content());
        assertEquals("Antony Blinken", s.speaker());
    }

    @Test
    void reportedSpeechWithAddresseeAndApposition() {
        Statement s = only(extract("The spokesman for Putin, Dmitry Peskov, told reporters that the Kremlin "
                + "would not be rushing its assessment."));
        assertEquals("the Kremlin would not be rushing its assessment", s.content());
        assertEquals("Dmitry Peskov", s.speaker());
        assertEquals("told", s.cue());
    }

    @Test
    void reportedSpeechWithoutThatAndTrailingAttribution() {
        List<Statement> found = extract("Sergei Lavrov said President Vladimir Putin would assess the response. "
                + "The talks ended without agreement, Lavrov added.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("President Vladimir Putin would assess the response", found.get(0).content());
        assertEquals("The talks ended without agreement", found.get(1).content());
        assertEquals("Sergei Lavrov", found.get(1).speaker());
    }

    @Test
    void denial() {
        Statement s = only(extract("Russia has continued to deny that it will take military action."));
        assertEquals(StatementKind.DENIAL, s.kind());
        assertEquals("it will take military action", s.content());
        assertEquals("Russia", s.speaker());
    }

    @Test
    void mixedQuote() {
        Statement s = only(extract("President Joe Biden spoke with allies, explaining that they \"will respond "
                + "with economic and other strong measures\" in the event of an invasion."));
        assertEquals(StatementKind.MIXED, s.kind());
        assertTrue(s.content().startsWith("they \"will respond"));
        assertEquals("Joe Biden", s.speaker());
    }

    @Test
    void accordingTo() {
        Statement s = only(extract("At least 1,500 people have been injured, according to the Red Cross."));
        assertEquals("At least 1,500 people have been injured", s.content());
        assertEquals("Red Cross", s.speaker());
        assertEquals("according to", s.cue());
    }

    @Test
    void assertionWithFigures() {
        Statement s = only(extract("Russia has amassed more than 100,000 troops at its border with Ukraine, "
                + "a move that Western countries fear is a preparation for an invasion."));
        assertEquals(StatementKind.ASSERTION, s.kind());
        assertEquals(Statement.ARTICLE_SPEAKER, s.speaker());
        assertEquals("Russia has amassed more than 100,000 troops at its border with Ukraine", s.content());
        assertEquals(new Figure("more than 100,000 troops", new BigDecimal("100000"), "troops", "more than"),
                s.figures().get(0));
    }

    @Test
    void moneyAndPercentFigures() {
        Statement s = only(extract("The government approved $3.2 billion in aid, and prices rose 5.4 percent last year."));
        List<Figure> figures = s.figures();
        assertEquals(2, figures.size(), figures::toString);
        assertEquals(0, new BigDecimal("3200000000").compareTo(figures.get(0).value()));
        assertEquals("USD", figures.get(0).unit());
        assertEquals("$3.2 billion", figures.get(0).text());
        assertEquals(0, new BigDecimal("5.4").compareTo(figures.get(1).value()));
        assertEquals("%", figures.get(1).unit());
    }

    @Test
    void yearsDatesAndScareQuotesAreNotStatements() {
        assertTrue(extract("Biden seeks united front with Ukraine amid Russian \"threat\"\n"
                + "The leaders discussed the \"aggressive activities\" of the 2008 summit.").isEmpty());
    }

    @Test
    void boilerplateYieldsNothing() {
        String text = "Be the first to comment\n\nLeave a Reply\n\nYour email address will not be published. "
                + "Required fields are marked *\n\nComment *\n";
        assertTrue(extract(text).isEmpty());
    }

    @Test
    void nonEnglishTextGivesNothing() {
        String text = "Der Bundeskanzler sagte am Mittwoch in Berlin, dass die Regierung die Steuern im "
                + "nächsten Jahr nicht erhöhen werde und „wir stehen zu unseren Zusagen“ gegenüber den Bürgern.\n\n"
                + "Президент заявил журналистам, что «переговоры будут продолжены на следующей неделе» в Москве.\n\n"
                + "外交部发言人表示，“中方将继续推动和平谈判”，并呼吁各方保持克制。\n";
        assertTrue(extract(text).isEmpty(), () -> extract(text).toString());
    }

    @Test
    void speakersResolveToFullNamesTitlesAndPronouns() {
        String text = "The Secretary-General of NATO says that allies will decide alone.\n"
                + "NATO Secretary-General Jens Stoltenberg met the press in Brussels.\n"
                + "\"No one else will decide,\" he said.";
        List<Statement> found = extract(text);
        assertEquals(2, found.size(), found::toString);
        assertEquals("Jens Stoltenberg", found.get(0).speaker());
        assertEquals("Jens Stoltenberg", found.get(1).speaker());
    }

    @Test
    void knownSpeakersGiveTheCanonicalName() {
        KnownSpeakers known = KnownSpeakers.of(Map.of("Stoltenberg", "Jens Stoltenberg (NATO)"));
        List<Statement> found = extractor.extract("\"Allies will decide,\" Stoltenberg said on Friday.", known);
        assertEquals("Jens Stoltenberg (NATO)", only(found).speaker());
    }

    @Test
    void transcriptTurnsBelongToTheirSpeaker() {
        String text = "Richard Boucher, Spokesman\n\nMR. BOUCHER: They have tested missiles. "
                + "They haven't tested nuclear weapons.\n\nQUESTION: Have they tested anything else?\n";
        List<Statement> found = extract(text);
        assertTrue(found.size() >= 1, found::toString);
        assertTrue(found.stream().allMatch(s -> "Richard Boucher".equals(s.speaker())), found::toString);
    }

    @Test
    void megabyteArticleIsHandledWholeAndLinearly() throws Exception {
        String sample = Files.readString(GoldCorpus.ROOT.resolve("corpus/articles/us-rejects-russian-demand.txt"));
        int perCopy = extract(sample).size();
        int copies = 1_000_000 / sample.length() + 1;
        String big = String.join("\n\n", java.util.Collections.nCopies(copies, sample));
        List<Statement> found = extract(big);
        assertEquals(perCopy * copies, found.size());
        // A megabyte with no punctuation or line breaks at all must not blow up either.
        String flat = "word said that ".repeat(70_000);
        assertTrue(extractor.extract(flat).size() < 70_000);
    }

    @Test
    void extractorIsSafeToShareBetweenThreads() throws Exception {
        String text = Files.readString(GoldCorpus.ROOT.resolve("corpus/articles/nato-rejects-russia-request.txt"));
        List<Statement> expected = extractor.extract(text);
        List<List<Statement>> results = IntStream.range(0, 32).parallel().mapToObj(i -> extractor.extract(text)).toList();
        results.forEach(r -> assertEquals(expected, r));
    }

    @Test
    void denialOfANamedClaim() {
        Statement s = only(extract("The ministry rejected claims that soldiers had fired on unarmed protesters."));
        assertEquals(StatementKind.DENIAL, s.kind());
        assertEquals("soldiers had fired on unarmed protesters", s.content());
        assertEquals("ministry", s.speaker());
        assertEquals("rejected", s.cue());
    }

    @Test
    void denialKindsOfClaimNouns() {
        Statement dismissed = only(extract("Election officials dismissed suggestions that the count had been rigged."));
        assertEquals(StatementKind.DENIAL, dismissed.kind());
        assertEquals("the count had been rigged", dismissed.content());
        assertEquals("Election officials", dismissed.speaker());
        Statement reports = only(extract("The palace has denied reports that the king is seriously ill."));
        assertEquals(StatementKind.DENIAL, reports.kind());
        assertEquals("the king is seriously ill", reports.content());
        assertEquals("palace", reports.speaker());
    }

    @Test
    void denialWithoutThat() {
        Statement s = only(extract("The army denied it had shelled the village."));
        assertEquals(StatementKind.DENIAL, s.kind());
        assertEquals("it had shelled the village", s.content());
        assertEquals("army", s.speaker());
    }

    @Test
    void rejectingAThingIsNoDenialOfAClause() {
        assertTrue(extract("The council rejected that proposal after a long debate.").isEmpty());
    }

    @Test
    void saidItWould() {
        Statement s = only(extract("The carmaker said it would close two plants in Ohio."));
        assertEquals(StatementKind.INDIRECT, s.kind());
        assertEquals("it would close two plants in Ohio", s.content());
        assertEquals("carmaker", s.speaker());
    }

    @Test
    void britishQuotationMarks() {
        Statement after = only(extract("'We will rebuild every school,' the governor told reporters."));
        assertEquals(StatementKind.DIRECT, after.kind());
        assertEquals("We will rebuild every school,", after.content());
        assertEquals("governor", after.speaker());
        Statement before = only(extract("Judge Ann Reyes said: \u2018The defendant\u2019s account cannot be believed.\u2019"));
        assertEquals("The defendant\u2019s account cannot be believed.", before.content());
        assertEquals("Ann Reyes", before.speaker());
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        Statement s = only(extract("The players' union said it was the club's worst season since the '90s."));
        assertEquals(StatementKind.INDIRECT, s.kind());
        assertEquals("it was the club's worst season since the '90s", s.content());
        assertEquals("players' union", s.speaker());
    }

    @Test
    void quotedPhraseInsideAReportedClauseMakesItMixed() {
        Statement s = only(extract("Opposition leader Mark Ellis said the budget was 'a recipe for chaos' and "
                + "called for a vote."));
        assertEquals(StatementKind.MIXED, s.kind());
        assertEquals("the budget was 'a recipe for chaos'", s.content());
        assertEquals("Mark Ellis", s.speaker());
    }

    @Test
    void speakerBeforeARelativeClause() {
        Statement s = only(extract("Janet Ames, 67, whose house was flooded twice, said she had been told "
                + "the barriers were safe."));
        assertEquals("she had been told the barriers were safe", s.content());
        assertEquals("Janet Ames", s.speaker());
    }

    @Test
    void documentThatFindsSomething() {
        Statement s = only(extract("The report, commissioned by the agency, found that repairs had been delayed "
                + "for two years."));
        assertEquals("repairs had been delayed for two years", s.content());
        assertEquals("report", s.speaker());
        assertEquals("found", s.cue());
    }

    @Test
    void secondClauseWithItsOwnSpeakerEndsTheFirst() {
        List<Statement> found = extract("The union said members had voted to strike, while the employer said it "
                + "was disappointed.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("members had voted to strike", found.get(0).content());
        assertEquals("union", found.get(0).speaker());
        assertEquals("it was disappointed", found.get(1).content());
        assertEquals("employer", found.get(1).speaker());
    }

    @Test
    void clauseEndsBeforeAnInfinitiveAddedWithAnd() {
        Statement s = only(extract("The minister said the navy would send two frigates to the strait, and to "
                + "escort tankers."));
        assertEquals("the navy would send two frigates to the strait", s.content());
    }

    @Test
    void briefingAnswersBelongToTheSpokespersonAndQuestionsYieldNothing() {
        String text = "MS. HALE: Good afternoon.\n\n"
                + "Q: Senator Mills said he would vote against the bill. Will the President call him?\n\n"
                + "MS. HALE: No. Crossings are down 40 percent since the rule took effect in June. "
                + "What I can tell you is that the Chief of Staff met the senator on Monday.\n";
        List<Statement> found = extract(text);
        assertEquals(2, found.size(), found::toString);
        assertEquals("Crossings are down 40 percent since the rule took effect in June.", found.get(0).content());
        assertEquals("the Chief of Staff met the senator on Monday", found.get(1).content());
        assertTrue(found.stream().allMatch(s -> "HALE".equals(s.speaker())), found::toString);
    }

    @Test
    void quoteAttributedToAnAnonymousSourceWithARelativeClause() {
        Statement s = only(extract("\"We have seen no sign of a ceasefire,\" a senior diplomat, who asked not to be "
                + "named, told Reuters."));
        assertEquals(StatementKind.DIRECT, s.kind());
        assertEquals("We have seen no sign of a ceasefire,", s.content());
        assertEquals("senior diplomat", s.speaker());
    }

    @Test
    void quoteAttributedToARoleAndTheNameInApposition() {
        Statement s = only(extract("\u201CThe talks are over,\u201D the bloc's trade commissioner, Marta Kovac, "
                + "said in Brussels."));
        assertEquals("Marta Kovac", s.speaker());
    }

    @Test
    void addresseeIsNotPartOfTheClause() {
        Statement s = only(extract("The chief executive told investors profits would fall by about 15% this year."));
        assertEquals("profits would fall by about 15% this year", s.content());
    }

    @Test
    void pronounsSkipPeopleOfTheOtherGender() {
        String text = "Health Minister Sarah Okafor met union leader James Whitfield. "
                + "Whitfield said the talks had been useful.\n\n"
                + "\"We are not there yet,\" she said.\n\n"
                + "He told reporters the offer was still too low.";
        List<Statement> found = extract(text);
        assertEquals(3, found.size(), found::toString);
        assertEquals("James Whitfield", found.get(0).speaker());
        assertEquals("Sarah Okafor", found.get(1).speaker());
        assertEquals("James Whitfield", found.get(2).speaker());
    }

    @Test
    void titleWordAfterAGivenNameIsASurname() {
        Statement s = only(extract("The defence lawyer, Karen Bishop, said her client would appeal the verdict."));
        assertEquals("Karen Bishop", s.speaker());
    }

    @Test
    void itSaidContinuesTheOrganisationJustQuoted() {
        List<Statement> found = extract("The airline said it had cancelled 140 flights. "
                + "It said passengers would be offered refunds.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("airline", found.get(1).speaker());
    }

    @Test
    void standaloneQuoteBelongsToThePersonTheSentenceBeforeIsAbout() {
        List<Statement> found = extract("Mayor Ruth Alder said the city would appeal. Councillor Tom Vance was more "
                + "cautious. \"We do not know yet what the court will decide.\"");
        assertEquals(2, found.size(), found::toString);
        assertEquals("Tom Vance", found.get(1).speaker());
    }

    @Test
    void namedPartysRecordedEventIsAnAssertion() {
        Statement s = only(extract("Former minister Paul Varga is charged with fraud and abuse of office."));
        assertEquals(StatementKind.ASSERTION, s.kind());
        assertEquals(Statement.ARTICLE_SPEAKER, s.speaker());
    }

    @Test
    void allegedBeforeANounIsNoSpeechVerb() {
        Statement s = only(extract("A court in The Hague heard evidence on Monday against three men accused of "
                + "alleged war crimes in 1995."));
        assertEquals(StatementKind.ASSERTION, s.kind());
    }

    @Test
    void shortAssertionWithAFigure() {
        Statement s = only(extract("Two people have died."));
        assertEquals(StatementKind.ASSERTION, s.kind());
        assertEquals("Two people have died", s.content());
    }

    @Test
    void assertionStopsAtALoneDash() {
        Statement s = only(extract("Twelve teams entered the regional cup this year \u2014 eight from the north "
                + "and four from the south."));
        assertEquals("Twelve teams entered the regional cup this year", s.content());
    }

    @Test
    void quotedHeadlineInASourceListIsNoStatement() {
        assertTrue(extract("Sources\n\n\"Parliament passes new energy bill\" \u2014 Daily Courier, May 2, 2021\n")
                .isEmpty());
    }

    @Test
    void attributionInTheMiddleOfTheStatement() {
        Statement said = only(extract("The new bridge, the mayor said, would cost about $40 million to build."));
        assertEquals("The new bridge, the mayor said, would cost about $40 million to build", said.content());
        assertEquals("mayor", said.speaker());
        Statement source = only(extract("The new bridge would, according to the council, cost about $40 million."));
        assertEquals("The new bridge would, according to the council, cost about $40 million", source.content());
        assertEquals("council", source.speaker());
    }

    @Test
    void participleAfterAQuotationSharesItsSpeaker() {
        List<Statement> found = extract("\"I did not take any money,\" Rivera told the jury, adding that he had "
                + "never met the contractor.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("he had never met the contractor", found.get(1).content());
        assertEquals("Rivera", found.get(1).speaker());
    }

    @Test
    void characterisingVerbMakesAShortQuotedPhraseMixed() {
        // What is called so is part of the claim: the object and its quoted name together.
        Statement s = only(extract("Critics have called the new levy \"unfair and unworkable\"."));
        assertEquals(StatementKind.MIXED, s.kind());
        assertEquals("the new levy \"unfair and unworkable\"", s.content());
        assertEquals("Critics", s.speaker());
    }

    @Test
    void quotedPhraseWithASubjectThatCannotSpeakIsNoStatement() {
        assertTrue(extract("the storm caused \"severe disruption across the whole rail network\" overnight.")
                .isEmpty());
    }

    @Test
    void nameInsideADescriptiveAppositionIsNotTheSpeaker() {
        Statement s = only(extract("Ann Lee, a lawyer representing Dario Munt, told reporters \"My client is relieved "
                + "and will now rest.\""));
        assertEquals("Ann Lee", s.speaker());
        Statement t = only(extract("Another co-author, civil engineering professor Julian Marsh, said, \"The model "
                + "shows where the smoke travels.\""));
        assertEquals("Julian Marsh", t.speaker());
    }

    @Test
    void pronounRightAfterAStatementKeepsItsSpeaker() {
        List<Statement> found = extract("Maria Lopez gave evidence at the trial. She testified she was threatened by "
                + "Dario Ross. She told the jury she had been afraid for months.");
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.stream().allMatch(s -> "Maria Lopez".equals(s.speaker())), found::toString);
        List<Statement> role = extract("The head of the regional water board told the inquiry \"The pipes are "
                + "older than anyone here.\" She also said \"We asked for money twice and got none.\"");
        assertEquals(2, role.size(), role::toString);
        assertEquals("head of the regional water board", role.get(1).speaker());
    }

    @Test
    void whatIsNotSaidIsNoStatement() {
        assertTrue(extract("The company has not said the plant will close.").isEmpty());
        assertTrue(extract("The mayor did not say he had ordered the closure.").isEmpty());
    }

    @Test
    void commaAfterAnAdjunctClosesTheAttribution() {
        Statement s = only(extract("The regional governor noted on Friday, the roads were all open again."));
        assertEquals(StatementKind.INDIRECT, s.kind());
        assertEquals("the roads were all open again", s.content());
        assertEquals("regional governor", s.speaker());
    }

    @Test
    void weakerVerbReportsABareClauseOnlyWithAFiniteVerb() {
        Statement s = only(extract("Deputy mayor Ines Ford indicated 40 families were still without power."));
        assertEquals(StatementKind.INDIRECT, s.kind());
        assertEquals("40 families were still without power", s.content());
        assertEquals("Ines Ford", s.speaker());
        assertTrue(extract("The minister indicated support for the plan.").isEmpty());
    }

    @Test
    void aDeputyDoesNotHoldTheRole() {
        List<Statement> found = extract("Deputy Governor Paul Kent visited the site. "
                + "The governor has promised each family will receive compensation.");
        assertEquals("governor", only(found).speaker());
    }

    @Test
    void beingFoundIsNoSpeechVerb() {
        Statement s = only(extract("The minister indicated the chances of those trapped being found alive were "
                + "diminishing."));
        assertEquals("the chances of those trapped being found alive were diminishing", s.content());
    }

    @Test
    void quoteAfterAnAddresseeAndAdjuncts() {
        Statement s = only(extract("Nora Vance was stopped at the border. She told a guard at the gate, in Spanish "
                + "and English, \"they took my passport\"."));
        assertEquals(StatementKind.DIRECT, s.kind());
        assertEquals("they took my passport", s.content());
        assertEquals("Nora Vance", s.speaker());
    }

    @Test
    void headlineYieldsNothing() {
        Statement s = only(extract("Minister denies role in 2 billion port contract scandal\n\n"
                + "The minister said on Monday that she had no role in the contract."));
        assertEquals("she had no role in the contract", s.content());
    }

    @Test
    void reportedClauseEndsWhereTheMainClauseBegins() {
        Statement s = only(extract("Although police have not said that arson is suspected, saying only that the "
                + "cause of the fire is being investigated, residents have been speculating about a feud."));
        assertEquals("the cause of the fire is being investigated", s.content());
        assertEquals("police", s.speaker());
        Statement denial = only(extract("The army denied all claims that the village was shelled, however, a "
                + "later inquiry disagreed."));
        assertEquals(StatementKind.DENIAL, denial.kind());
        assertEquals("the village was shelled", denial.content());
    }

    @Test
    void whatSomeoneMightSayIsNoStatement() {
        assertTrue(extract("If customers replied that they did not want the service, they were still charged.")
                .isEmpty());
    }

    @Test
    void deniedThingEndsAtTheComma() {
        List<Statement> found = extract("Harris denied any wrongdoing in the deal, but later claimed the payments "
                + "were legal.");
        assertEquals(2, found.size(), found::toString);
        assertEquals(StatementKind.DENIAL, found.get(0).kind());
        assertEquals("any wrongdoing in the deal", found.get(0).content());
        assertEquals("the payments were legal", found.get(1).content());
    }

    @Test
    void decimalInsideAWordDoesNotEndTheSentence() {
        Statement s = only(extract("Levels of PM2.5 rose by 40 percent in the city last year."));
        assertEquals("Levels of PM2.5 rose by 40 percent in the city last year", s.content());
    }

    @Test
    void accordingToWithoutAClosingComma() {
        Statement s = only(extract("Rescuers, according to the fire service pulled 12 people from the river on "
                + "Sunday."));
        assertEquals("Rescuers, according to the fire service pulled 12 people from the river on Sunday", s.content());
        assertEquals("fire service", s.speaker());
    }

    @Test
    void namingVerbTakesTheObjectWithItsQuotedName() {
        Statement s = only(extract("Senator Ruth Gale called the proposal \"a gift to polluters\"."));
        assertEquals(StatementKind.MIXED, s.kind());
        assertEquals("the proposal \"a gift to polluters\"", s.content());
        assertEquals("Ruth Gale", s.speaker());
        Statement as = only(extract("Rescue work was suspended on Tuesday, with Ivan Petrov describing the "
                + "\"risk of collapse\" as \"too great to ignore\"."));
        assertEquals("the \"risk of collapse\" as \"too great to ignore\"", as.content());
        assertEquals("Ivan Petrov", as.speaker());
    }

    @Test
    void pronounIsNotTheObjectOfAPrepositionInItsSentence() {
        List<Statement> found = extract("Prime Minister Olav Dahl visited the harbour. Speaking to Kim Berg of the "
                + "Herald, he said, \"We will rebuild the port within a year.\"");
        assertEquals("Olav Dahl", only(found).speaker());
    }

    @Test
    void unnamedSubjectInAnAnswerIsTheOnesAnswering() {
        String text = "MS. LANE: Good morning.\n\nQ: What did the study show?\n\n"
                + "MS. LANE: The results suggest that smaller classes improve reading scores.\n";
        Statement s = only(extract(text));
        assertEquals("smaller classes improve reading scores", s.content());
        assertEquals("LANE", s.speaker());
    }

    @Test
    void wireNamesAreLowercase() {
        assertEquals("direct", StatementKind.DIRECT.wireName());
        assertEquals("assertion", StatementKind.ASSERTION.wireName());
    }

    @Test
    void emojiAndOtherSymbolsAreReadAsSymbols() {
        String text = "😀🇺🇦 \"We will win,\" the minister said. 👍";
        List<Statement> found = new StatementExtractor().extract(text);
        for (Statement statement : found) {
            assertEquals(text.substring(statement.start(), statement.end()), statement.content());
        }
    }
}
