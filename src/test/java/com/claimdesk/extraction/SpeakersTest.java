package com.claimdesk.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.claimdesk.extraction.Extracted.extract;
import static com.claimdesk.extraction.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Speakers and coreference, and how sure the engine is of each: invented sentences. */
class SpeakersTest {

    @Test
    void pronounTakesThePersonNamedBefore() {
        List<Statement> found = extract("Ada Brook chairs the harbour board. She said the ferry would stop "
                + "running in October.");
        Statement s = found.get(found.size() - 1);
        assertEquals("Ada Brook", s.speaker());
    }

    @Test
    void surnameResolvesToTheFullName() {
        List<Statement> found = extract("Ada Brook chairs the harbour board. Brook said the ferry would stop "
                + "running in October.");
        assertEquals("Ada Brook", found.get(found.size() - 1).speaker());
    }

    @Test
    void roleResolvesToItsHolder() {
        List<Statement> found = extract("Mayor Tom Ortiz opened the meeting. The mayor said the pier would "
                + "reopen in May.");
        assertEquals("Tom Ortiz", found.get(found.size() - 1).speaker());
    }

    @Test
    void nameAtTheCueIsConfident() {
        Statement s = only("Ada Brook said the ferry would stop running in October.");
        assertTrue(s.speakerConfidence() >= Statement.CONFIDENT, s::toString);
    }

    @Test
    void noSpeakerHasNoConfidence() {
        List<Statement> found = extract("\u201CThe ferry will stop running in October and the fees will rise,\u201D "
                + "the notice on the pier read.");
        found.stream().filter(s -> s.speaker() == null).forEach(s -> assertEquals(0.0, s.speakerConfidence()));
    }

    @Test
    void descriptionOrCarriedSpeakerIsUncertain() {
        Statement described = only("A spokesperson said the ferry would stop running in October.");
        assertEquals("spokesperson", described.speaker());
        assertTrue(described.speakerConfidence() < Statement.CONFIDENT, described::toString);
        // A quotation in the next paragraph (in the same one, it would join the first: one run, one statement).
        List<Statement> found = extract("“The ferry will stop running in October,” Ada Brook said.\n\n"
                + "“We have no choice left and the fees will rise as well.”");
        Statement carried = found.get(found.size() - 1);
        assertEquals("Ada Brook", carried.speaker());
        assertTrue(carried.speakerConfidence() < Statement.CONFIDENT, carried::toString);
    }

    @Test
    void pronounIsLessSureThanTheName() {
        List<Statement> found = extract("Ada Brook said the ferry would stop running in October. She said the "
                + "fees would rise in June.");
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.get(1).speakerConfidence() < found.get(0).speakerConfidence(), found::toString);
        assertTrue(found.get(1).speakerConfidence() < Statement.CONFIDENT, found::toString);
    }

    @Test
    void titledNameBeforeANamingVerbSpeaks() {
        Statement s = only("Mayor Helen Okafor called the decision \u201Ca betrayal of every family on the estate.\u201D");
        assertEquals("Helen Okafor", s.speaker());
        assertEquals(StatementKind.MIXED, s.kind());
    }

    @Test
    void nameDescribingARoleIsNotTheSpeakerOfTheNextQuotation() {
        List<Statement> found = extract("\u201CThe fees are too high,\u201D a Brook campaign spokesman said.\n\n"
                + "\u201CNo one can pay them now.\u201D");
        assertEquals(2, found.size(), found::toString);
        assertEquals("Brook campaign spokesman", found.get(1).speaker());
    }

    @Test
    void partyTagInBracketsIsNoPartOfTheName() {
        Statement s = only("Sen. Ada Marsh (D-Harbor) said the depot would close in June.");
        assertEquals("Ada Marsh", s.speaker());
        assertTrue(s.speakerConfidence() >= Statement.CONFIDENT, s::toString);
    }

    @Test
    void organisationNameWithSmallWordsIsAName() {
        Statement s = only("The U.S. Department of Transportation said the depot would close in June.");
        assertEquals("U.S. Department of Transportation", s.speaker());
        assertTrue(s.speakerConfidence() >= Statement.CONFIDENT, s::toString);
    }

    @Test
    void genderedTitlePicksTheFullNameOfThatGender() {
        List<Statement> found = extract("John Reyes and Mary Reyes run the ferry company together. "
                + "Mr. Reyes said the fares would rise in May.");
        assertEquals("John Reyes", found.get(found.size() - 1).speaker());
        found = extract("Mary Reyes chairs the ferry company. Mr. Reyes said the fares would rise in May.");
        assertEquals("Reyes", found.get(found.size() - 1).speaker());
    }

    @Test
    void participleIsNoSpeaker() {
        Statement s = only("Ada Brook spoke at the pier on Monday, going on to say that the ferry would stop "
                + "running in October.");
        assertEquals("Ada Brook", s.speaker());
    }

    @Test
    void indefiniteDocumentOrRoleIsSomeoneNew() {
        List<Statement> found = extract("Mayor Tom Ortiz said the pier would reopen in May. "
                + "One study found that the fees would double by 2027.");
        assertEquals("study", found.get(found.size() - 1).speaker());
        found = extract("Tom Ortiz, a spokesman for the council, said the pier would reopen in May. "
                + "A spokesman for the harbour board said the fees would double by 2027.");
        assertEquals("spokesman for the harbour board", found.get(found.size() - 1).speaker());
    }

    @Test
    void roleWordDescribingAnotherIsNoRoleOfItsOwn() {
        List<Statement> found = extract("Tom Ortiz, the harbour police chief, opened the meeting. "
                + "The pier was closed after the storm, police said.");
        Statement last = found.get(found.size() - 1);
        assertEquals("police", last.speaker());
    }

    @Test
    void whenADescribedSpeakerSpokeIsNoPartOfIt() {
        Statement s = only("An arbitration panel in 2019 found that the county had broken the agreement.");
        assertEquals("arbitration panel", s.speaker());
    }

    @Test
    void interviewMentionedFurtherDownMakesNoTurns() {
        String text = "Harbour fees rise again\n\nThe harbour board raised the fees on Monday.\n\n"
                + "Who pays for the new pier?\n\nThe board has not said. Tom Ortiz said on Monday the fees "
                + "would double by 2027.\n\nWhy now?\n\nThe council said the pier lost 40,000 dollars last year."
                + "\n\nAda Brook defended the plan in an interview with Ines Calder last week.";
        List<Statement> found = extract(text);
        assertTrue(found.stream().noneMatch(s -> "Ines Calder".equals(s.speaker())), found::toString);
    }

    @Test
    void documentWithoutIssuerSpeaksForItself() {
        List<Statement> found = extract("Ada Brook said the pier would close in May. "
                + "\u201CThe pier is the heart of the town,\u201D the letter reads.");
        assertEquals("letter", found.get(found.size() - 1).speaker());
        found = extract("The board published a statement by the Harbour Trust on Monday. Ada Brook said the pier "
                + "would close in May. The statement said the fees would double by 2027.");
        assertEquals("Harbour Trust", found.get(found.size() - 1).speaker());
    }

    @Test
    void whoAStatementComesFromSpeaks() {
        assertEquals("Ada Marsh", only("A lesson from Ada Marsh: \u201CBe the voice that people hear.\u201D").speaker());
        Statement s = only("After a short meeting, the harbour board issued a statement calling the storm damage "
                + "\u201Ca disaster for the town.\u201D");
        assertEquals("harbour board", s.speaker());
    }

    @Test
    void introductoryPhraseIsNotTheSubject() {
        Statement s = only("Earlier in the day, Ortiz attacked Marsh for her support of the pier, saying, "
                + "\u201CShe is careless and very unstable.\u201D");
        assertEquals("Ortiz", s.speaker());
    }

    @Test
    void subjectAfterAnOpeningPhraseSpeaks() {
        Statement s = only("By the end of the day, Mr. Ortiz was forced into a rare climb-down and said that his "
                + "words had been misread.");
        assertEquals("Ortiz", s.speaker());
    }

    @Test
    void adverbsAreNoPartOfTheSpeaker() {
        List<Statement> found = extract("Ada Brook chairs the harbour board. The harbour workers here said the pier "
                + "would close in May.");
        assertEquals("harbour workers", found.get(found.size() - 1).speaker());
        found = extract("Ada Brook chairs the harbour board. The supporters of the new pier, however, say the fees "
                + "will double by 2027.");
        assertEquals("supporters of the new pier", found.get(found.size() - 1).speaker());
    }

    @Test
    void wordsFinishingTheQuotationsSentenceAreNotTheSpeaker() {
        List<Statement> found = extract("Ada Marsh spoke on Monday. \u201CI have admiration for the mechanics\u201D of "
                + "the Ada Marsh proposals, Mr. Holtz said.");
        assertEquals("Holtz", found.get(found.size() - 1).speaker());
    }
}
