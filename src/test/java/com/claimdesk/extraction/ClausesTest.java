package com.claimdesk.extraction;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where reported words start and end: invented sentences. */
class ClausesTest {

    @Test
    void clauseAfterThatBehindAnAdjunct() {
        Stages s = new Stages("Marsh said on Friday that the depot would close in June.");
        int cue = s.token("said");
        int first = s.clauses.clauseAfter(cue, Lexicon.cue("said"), s.sentence(cue));
        assertEquals("the", s.reading.doc.token(first).lower);
    }

    @Test
    void clauseWithoutThat() {
        Stages s = new Stages("Marsh said the depot would close in June.");
        int cue = s.token("said");
        int first = s.clauses.clauseAfter(cue, Lexicon.cue("said"), s.sentence(cue));
        int last = s.clauses.clauseEnd(first, s.sentence(cue));
        assertEquals("the depot would close in June", s.words(first, last));
    }

    @Test
    void clauseEndsBeforeATrailingAttribution() {
        Stages s = new Stages("Marsh said the depot would close in June, a spokesman said.");
        int cue = s.token("said");
        int first = s.clauses.clauseAfter(cue, Lexicon.cue("said"), s.sentence(cue));
        assertEquals("the depot would close in June", s.words(first, s.clauses.clauseEnd(first, s.sentence(cue))));
    }

    @Test
    void objectIsNoClauseForAWeakVerb() {
        Stages s = new Stages("The council indicated support for the plan.");
        int cue = s.token("indicated");
        assertEquals(-1, s.clauses.clauseAfter(cue, Lexicon.cue("indicated"), s.sentence(cue)));
    }

    @Test
    void timeOrASpeechNounBetweenTheVerbAndThat() {
        for (String text : new String[] {"Marsh said late Wednesday that the depot would close in June.",
                "Marsh said in her opening remarks that the depot would close in June."}) {
            Statement s = Extracted.only(text);
            assertEquals("the depot would close in June", s.content(), text);
            assertEquals("Marsh", s.speaker(), text);
        }
    }

    @Test
    void quantityAsTheSubjectOfTheReportedClause() {
        Statement s = Extracted.only("Marsh said much of his talk with the mayor was about the harbour.");
        assertEquals("much of his talk with the mayor was about the harbour", s.content());
    }

    @Test
    void clauseWithoutThatBeforeALaterThat() {
        Statement s = Extracted.only("Marsh says he opposes the fare rise but that the depot will close anyway.");
        assertEquals("he opposes the fare rise but that the depot will close anyway", s.content());
        assertEquals("Marsh", s.speaker());
    }

    @Test
    void particleOrAClaimNounBeforeThat() {
        assertEquals("the depot had lost money", Extracted.only("Marsh pointed out that the depot had lost money.")
                .content());
        Statement s = Extracted.only("Marsh repeated his claim that the depot was sabotaged.");
        assertEquals("the depot was sabotaged", s.content());
        assertEquals("Marsh", s.speaker());
    }
    @Test
    void noOpeningTheSubjectStartsAClause() {
        Stages s = new Stages("Ruiz said no decision had been made about the depot.");
        int cue = s.token("said");
        int first = s.clauses.clauseAfter(cue, Lexicon.cue("said"), s.sentence(cue));
        assertEquals("no decision had been made about the depot", s.words(first, s.clauses.clauseEnd(first, s.sentence(cue))));
        Stages answer = new Stages("Ruiz said no to the depot plan.");
        int said = answer.token("said");
        assertEquals(-1, answer.clauses.clauseAfter(said, Lexicon.cue("said"), answer.sentence(said)));
    }

    @Test
    void frameEndsBeforeWhatTheSubjectDoesNext() {
        Stages s = new Stages("Ruiz called for an audit of the depot, and criticized the board's silence.");
        int first = s.token("an");
        assertEquals("an audit of the depot", s.words(first, s.clauses.frameEnd(first, s.sentence(first))));
        Stages marchers = new Stages("Drivers called for more buses, marching past the depot.");
        int more = marchers.token("more");
        assertEquals("more buses", marchers.words(more, marchers.clauses.frameEnd(more, marchers.sentence(more))));
        Stages statement = new Stages("Ruiz called for an audit of the depot in a statement on Thursday.");
        int an = statement.token("an");
        assertEquals("an audit of the depot", statement.words(an, statement.clauses.frameEnd(an, statement.sentence(an))));
    }
    @Test
    void whatIsWrittenInAnOpeningClauseEndsWithIt() {
        Stages s = new Stages("When the engineer wrote the letter, she was still working at the depot.");
        int first = s.token("the") + 3;
        assertEquals("the letter", s.words(first, s.clauses.clauseEnd(first, s.sentence(first))));
    }

    @Test
    void theWritersCommentOnWhatWasSaidIsNotPartOfIt() {
        Stages s = new Stages("Marsh said the depot would close in June, which has angered drivers.");
        int cue = s.token("said");
        int first = s.clauses.clauseAfter(cue, Lexicon.cue("said"), s.sentence(cue));
        assertEquals("the depot would close in June", s.words(first, s.clauses.clauseEnd(first, s.sentence(cue))));
    }

    @Test
    void aSecondSpeakersReportEndsTheFirst() {
        Stages s = new Stages("Marsh said the depot would close and Ruiz said the drivers would strike.");
        int cue = s.token("said");
        int first = s.clauses.clauseAfter(cue, Lexicon.cue("said"), s.sentence(cue));
        assertEquals("the depot would close", s.words(first, s.clauses.clauseEnd(first, s.sentence(cue))));
    }

    @Test
    void aThingClaimedIsNoClause() {
        Stages s = new Stages("Ruiz won the runoff to claim the council seat held by her father.");
        int cue = s.token("claim");
        assertEquals(-1, s.clauses.clauseAfter(cue, Lexicon.cue("claim"), s.sentence(cue)));
        Stages claimed = new Stages("The government claims Mahan flies arms to the rebels.");
        int claims = claimed.token("claims");
        assertEquals("Mahan", claimed.reading.doc.token(
                claimed.clauses.clauseAfter(claims, Lexicon.cue("claims"), claimed.sentence(claims))).text);
    }
    @Test
    void aContrastWithAClauseOfItsOwnEndsWhatWasSaid() {
        Stages s = new Stages("Ruiz said the board should act before June, but he urged the drivers to wait.");
        int cue = s.token("said");
        int first = s.clauses.clauseAfter(cue, Lexicon.cue("said"), s.sentence(cue));
        assertEquals("the board should act before June", s.words(first, s.clauses.clauseEnd(first, s.sentence(cue))));
    }

    @Test
    void aCountOfPeopleReportingEndsTheClauseBefore() {
        Stages s = new Stages("Ruiz said the drivers were worried, and more than 4 in 10 said the board had misled them.");
        int cue = s.token("said");
        int first = s.clauses.clauseAfter(cue, Lexicon.cue("said"), s.sentence(cue));
        assertEquals("the drivers were worried", s.words(first, s.clauses.clauseEnd(first, s.sentence(cue))));
    }

    @Test
    void aContrastWithASubjectOfItsOwnEndsWhatWasSaid() {
        Stages s = new Stages("Ruiz said the fares were too high, but many drivers have found cheaper routes.");
        int cue = s.token("said");
        int first = s.clauses.clauseAfter(cue, Lexicon.cue("said"), s.sentence(cue));
        assertEquals("the fares were too high", s.words(first, s.clauses.clauseEnd(first, s.sentence(cue))));
        Stages although = new Stages("Ruiz claimed the audit was fair, although the board has not published it yet.");
        int claimed = although.token("claimed");
        int start = although.clauses.clauseAfter(claimed, Lexicon.cue("claimed"), although.sentence(claimed));
        assertEquals("the audit was fair", although.words(start, although.clauses.clauseEnd(start, although.sentence(claimed))));
    }

    @Test
    void aSecondVerbThatFramesAReportEndsTheFirst() {
        Stages s = new Stages("Ruiz said the drivers had worked late and called it a common strain at the depot.");
        int cue = s.token("said");
        int first = s.clauses.clauseAfter(cue, Lexicon.cue("said"), s.sentence(cue));
        assertEquals("the drivers had worked late", s.words(first, s.clauses.clauseEnd(first, s.sentence(cue))));
    }

    @Test
    void theSpeakersNextReportAfterACommaAndEndsTheFirst() {
        Stages s = new Stages("Ruiz said the board would meet again in May, and he urged the drivers to wait until then.");
        int cue = s.token("said");
        int first = s.clauses.clauseAfter(cue, Lexicon.cue("said"), s.sentence(cue));
        assertEquals("the board would meet again in May", s.words(first, s.clauses.clauseEnd(first, s.sentence(cue))));
    }
}
