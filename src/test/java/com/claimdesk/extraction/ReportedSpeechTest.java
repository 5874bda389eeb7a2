package com.claimdesk.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.claimdesk.extraction.Extracted.extract;
import static com.claimdesk.extraction.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reported speech, sentence by sentence: invented sentences. */
class ReportedSpeechTest {

    @Test
    void saidThat() {
        Statement s = only("Ada Brook said that the ferry would stop running in October.");
        assertEquals(StatementKind.INDIRECT, s.kind());
        assertEquals("the ferry would stop running in October", s.content());
        assertEquals("Ada Brook", s.speaker());
    }

    @Test
    void trailingAttribution() {
        Statement s = only("The ferry will stop running in October, Ada Brook said.");
        assertEquals("The ferry will stop running in October", s.content());
        assertEquals("Ada Brook", s.speaker());
    }

    @Test
    void accordingToASource() {
        Statement s = only("According to the harbour board, the ferry will stop running in October.");
        assertEquals("according to", s.cue());
        assertEquals("the ferry will stop running in October", s.content());
    }

    @Test
    void denial() {
        Statement s = only("Ada Brook denied that the ferry would stop running in October.");
        assertEquals(StatementKind.DENIAL, s.kind());
    }

    @Test
    void whatIsSaidInARelativeClauseEndsWithIt() {
        Statement s = only("Ortiz, who said he plans to run again in the spring, voted against the budget.");
        assertEquals("he plans to run again in the spring", s.content());
        assertEquals("Ortiz", s.speaker());
    }

    @Test
    void participleAfterAnInvertedAttributionKeepsTheSpeaker() {
        List<Statement> found = extract("\u201CWe will appeal,\u201D said the district's "
                + "spokesman, Tom Ortiz, adding that the ruling was unfair.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("Tom Ortiz", found.get(1).speaker());
        assertEquals("the ruling was unfair", found.get(1).content());
    }

    @Test
    void figuresAreADocumentNeverAPerson() {
        Statement s = only("According to the council's own figures, 340 homes on the estate were flooded.");
        assertEquals(StatementKind.DOCUMENT, s.kind());
        assertEquals("council", s.speaker());
        assertEquals("340 homes on the estate were flooded", s.content());
    }

    @Test
    void cueWordAsANounBeforeFromIsNoCue() {
        List<Statement> found = extract("The first estimate from the firm that built the pier "
                + "put the cost at $4 million.");
        assertTrue(found.stream().noneMatch(s -> "estimate".equals(s.cue())),
                found::toString);
    }

    @Test
    void quantifierStandingAloneSpeaks() {
        List<Statement> found = extract("The deputy mayor spoke first. Another said the fares "
                + "were too high.");
        Statement s = only(found);
        assertEquals("the fares were too high", s.content());
        assertEquals("Another", s.speaker());
        assertTrue(s.speakerConfidence() < Statement.CONFIDENT);
        assertTrue(extract("Some estimated death tolls exceeded 100, "
                + "officials said.").stream().noneMatch(x -> "estimated".equals(x.cue())));
    }

    @Test
    void whatAPollOrPublishedFiguresShowIsADocumentStatement() {
        Statement poll = only("A Lakeshore Research poll released on Tuesday showed Vega ahead 46% to 39%.");
        assertEquals(StatementKind.DOCUMENT, poll.kind());
        assertEquals("Vega ahead 46% to 39%", poll.content());
        assertEquals("Lakeshore Research", poll.speaker());
        Statement figures = only("Figures published by the county on Friday show about 8,000 households moved out.");
        assertEquals(StatementKind.DOCUMENT, figures.kind());
        assertEquals("about 8,000 households moved out", figures.content());
        assertEquals("county", figures.speaker());
    }

    @Test
    void headlineWithItsSpeaker() {
        for (String headline : new String[] {"Santos: Bridge Will Reopen in May, Fees Will Rise",
                "Santos Says Bridge Will Reopen in May, Fees Will Rise"}) {
            List<Statement> found = extract(headline + ".\n\nThe bridge has been shut since "
                    + "March and the council has not explained the delay.");
            Statement s = only(found);
            assertEquals("Santos", s.speaker(), headline);
            assertEquals("Bridge Will Reopen in May, Fees Will Rise", s.content(), headline);
        }
    }

    @Test
    void whatAPollFoundOpeningTheSentence() {
        Statement s = only("In the latest Harbour Gazette poll, 71 percent of voters backed the pier plan.");
        assertEquals(StatementKind.DOCUMENT, s.kind());
        assertEquals("Harbour Gazette", s.speaker());
        assertEquals("71 percent of voters backed the pier plan", s.content());
        assertEquals(StatementKind.INDIRECT, only("In a statement, the union said the strike would go ahead on Monday.")
                .kind());
    }

    @Test
    void stateOfMindIsABeliefAndNeverOutranksWhatIsSaid() {
        Statement belief = only("Marsh thinks the depot will close in June.");
        assertEquals(StatementKind.BELIEF, belief.kind());
        assertEquals("the depot will close in June", belief.content());
        Statement said = only("Marsh stated that the board believes the depot will close in June.");
        assertEquals(StatementKind.INDIRECT, said.kind());
        assertEquals("Marsh", said.speaker());
    }

    @Test
    void rarerVerbsOfSayingAndRulings() {
        assertEquals("hinted", only("Marsh hinted that the depot would close in June.").cue());
        assertEquals("ruled", only("The judge ruled that the depot had been sold illegally.").cue());
    }

    @Test
    void accusationFromItsObjectOn() {
        Statement s = only("Ruiz accused Marsh of hiding the losses from the board.");
        assertEquals("Marsh of hiding the losses from the board", s.content());
        assertEquals("Ruiz", s.speaker());
        assertEquals("accused", s.cue());
    }
    @Test
    void whatIsCalledForOrUrged() {
        Statement s = only("Ruiz called for an independent audit of the depot's accounts.");
        assertEquals("an independent audit of the depot's accounts", s.content());
        assertEquals("Ruiz", s.speaker());
        assertEquals("Marsh to publish the accounts before the vote",
                only("Ruiz called on Marsh to publish the accounts before the vote.").content());
        assertEquals("the council to delay the vote until spring",
                only("The drivers' union urged the council to delay the vote until spring.").content());
    }

    @Test
    void whatSomethingIsCalled() {
        Statement s = only("Ruiz called the depot plan \"a giveaway to developers.\"");
        assertEquals("the depot plan \"a giveaway to developers.\"", s.content());
        assertEquals("Ruiz", s.speaker());
        assertEquals("the closure a betrayal of the drivers", only("Ruiz called the closure a betrayal of the drivers.").content());
    }

    @Test
    void aNameGivenOrAMeetingCalledIsNoStatement() {
        assertTrue(extract("Ruiz joined a group called the Harbor Trust for a Fair Deal.").isEmpty());
        assertTrue(extract("Marsh called off the vote on the depot.").isEmpty());
        assertTrue(extract("Marsh called a meeting of the depot board.").isEmpty());
    }

    @Test
    void reportedQuestions() {
        Statement s = only("Ruiz asked whether the depot had ever made a profit.");
        assertEquals("whether the depot had ever made a profit", s.content());
        assertEquals("Ruiz", s.speaker());
        assertEquals("why the accounts were kept from the board",
                only("Ruiz asked the mayor why the accounts were kept from the board.").content());
        assertEquals("how the depot could close without a vote",
                only("Drivers questioned how the depot could close without a vote.").content());
        assertEquals("whether the depot would reopen in the spring",
                only("Asked whether the depot would reopen in the spring, Marsh shrugged.").content());
    }

    @Test
    void aRequestIsReportedButNotAskingForAnonymity() {
        assertEquals("the board to publish the accounts",
                only("Ruiz asked the board to publish the accounts.").content());
        assertTrue(extract("A driver who asked not to be named left the depot early.").isEmpty());
    }

    @Test
    void whatIsCited() {
        Statement s = only("Marsh cited falling ticket sales and the cost of new buses.");
        assertEquals("falling ticket sales and the cost of new buses", s.content());
        assertEquals("cited", s.cue());
    }
    @Test
    void aVerbOfSayingInsideWhatIsSaidIsPartOfIt() {
        Statement s = only("Ruiz said the new rules require drivers to assert their rights before the board.");
        assertEquals("the new rules require drivers to assert their rights before the board", s.content());
        assertEquals("Ruiz", s.speaker());
    }

    @Test
    void aShortParagraphReportingSpeechIsNeverPageFurniture() {
        Statement s = only("Ruiz said the advertisement misled the voters of Eastfield.\n\nSign up for our newsletter.");
        assertEquals("the advertisement misled the voters of Eastfield", s.content());
    }
    @Test
    void withSomeoneCallingIsTheirs() {
        List<Statement> found = extract(
                "Both unions protested, with the drivers calling the closure a betrayal of the town and the mechanics saying that the board had lied.");
        Statement called = found.get(0);
        assertEquals("the closure a betrayal of the town", called.content());
        assertEquals("drivers", called.speaker());
        assertEquals("the board had lied", found.get(1).content());
    }
    @Test
    void whatIsPromisedFromItsInfinitive() {
        Statement s = only("Ruiz vowed to keep the depot open until the end of the year.");
        assertEquals("to keep the depot open until the end of the year", s.content());
        assertEquals("Ruiz", s.speaker());
        assertEquals("not to raise fares before the election",
                only("Ruiz promised drivers on Monday not to raise fares before the election.").content());
    }

    @Test
    void whatSomethingIsDescribedAs() {
        Statement s = extract("Ruiz described the depot plan as a giveaway to developers and urged the council to vote it down.")
                .get(0);
        assertEquals("the depot plan as a giveaway to developers", s.content());
        assertEquals("described", s.cue());
    }

    @Test
    void whatSomethingIsCondemnedAs() {
        Statement s = only("In a statement, Mayor Ada Brook condemned Friday's strike as \"reckless and cruel\" and a "
                + "\"needless hardship\" for the city.");
        assertEquals("Friday's strike as \"reckless and cruel\" and a \"needless hardship\" for the city", s.content());
        assertEquals("condemned", s.cue());
        assertEquals("Ada Brook", s.speaker());
    }

    @Test
    void aDescriptionOfTheSourceAfterAWholeClauseIsNotPartOfIt() {
        Statement s = only("The depot will reopen in March, said Ada Brook, a spokeswoman for the mayor who "
                + "leads the talks with the union.");
        assertEquals("The depot will reopen in March", s.content());
        assertEquals("Ada Brook", s.speaker());
        Statement according = only("Fares would rise by up to 9 percent, according to the Harbour Institute, the "
                + "largest rise in a decade.");
        assertEquals("Fares would rise by up to 9 percent", according.content());
        // A statement interrupted by its source still runs on after it.
        Statement interrupted = only("The plan, Ada Brook said, would cost the city four million dollars.");
        assertEquals("The plan, Ada Brook said, would cost the city four million dollars", interrupted.content());
    }

    @Test
    void whomASpeakerEncouragesAndToDoWhat() {
        Statement s = only("Ada Brook encouraged the drivers to vote against the new contract.");
        assertEquals("the drivers to vote against the new contract", s.content());
        assertEquals("encouraged", s.cue());
        assertEquals("Ada Brook", s.speaker());
        // A purpose or a policy, not words said.
        assertTrue(extract("The grants are part of efforts to encourage riders to buy monthly passes.").isEmpty());
        assertTrue(extract("With the city encouraging firms to hire drivers, the depot reopened.").isEmpty());
    }

    @Test
    void thingsAddedAreNoStatement() {
        Statement s = only("The county has added 2,400 warehouse jobs, mostly in Eastfield, Ruiz said.");
        assertEquals("said", s.cue());
        assertEquals("Ruiz", s.speaker());
    }

    @Test
    void aConjunctionOpeningTheSentenceIsPartOfWhatWasSaid() {
        Statement s = only("But the manager decided to close the depot to avoid checks by drivers, mechanics or inspectors, a source said.");
        assertEquals("But the manager decided to close the depot to avoid checks by drivers, mechanics or inspectors",
                s.content());
    }
    @Test
    void anAttributionSetOffByCommasReportsWordsOnBothSides() {
        assertEquals("To understand the depot's history, Mayor Tom Reyes said, one should visit the old garage",
                only("To understand the depot's history, Mayor Tom Reyes said, one should visit the old garage.").content());
    }

    @Test
    void aDescriptionOfTheSubjectIsNeitherWhatIsSaidNorTheSpeaker() {
        Statement s = only("But Ana Ruiz, senior organizer at the Eastfield Drivers Union, said parents still want neighborhood schools.");
        assertEquals("parents still want neighborhood schools", s.content());
        assertEquals("Ana Ruiz", s.speaker());
    }
    @Test
    void whatAReportingNounReportsIsItsOwners() {
        Statement s = only("Fact-checkers examined Marsh's claim that the depot lost $4 million last year.");
        assertEquals("the depot lost $4 million last year", s.content());
        assertEquals("Marsh", s.speaker());
        assertEquals("claim", s.cue());
        Statement promise = only("Ruiz repeated her promise to keep the depot open.");
        assertEquals("to keep the depot open", promise.content());
        assertEquals("Ruiz", promise.speaker());
        assertTrue(extract("The claim that the depot was sold is false.").isEmpty());
    }
    @Test
    void questionsExplainedOrTalkedAbout() {
        assertEquals("why the depot had to close", only("Ruiz explained why the depot had to close.").content());
        assertEquals("how the depot lost money", only("Ruiz told reporters how the depot lost money.").content());
        Statement talked = only("Drivers talked about why they had joined the union.");
        assertEquals("why they had joined the union", talked.content());
        assertEquals("Drivers", talked.speaker());
        assertTrue(extract("Ruiz spoke at the meeting about the depot.").isEmpty());
    }
    @Test
    void aPollAfterTheSentencesFirstClauseStillShows() {
        List<Statement> found = extract("The vote is on Saturday, and a new Harbor Gazette poll shows Ruiz and Marsh in a dead heat.");
        Statement s = found.get(found.size() - 1);
        assertEquals(StatementKind.DOCUMENT, s.kind());
        assertEquals("Ruiz and Marsh in a dead heat", s.content());
        assertEquals("Harbor Gazette", s.speaker());
    }
    @Test
    void whatAQuestionWasAbout() {
        Statement s = only("Reporters asked Ruiz about the depot's losses in the last two years.");
        assertEquals("the depot's losses in the last two years", s.content());
        assertEquals("asked", s.cue());
    }
}
