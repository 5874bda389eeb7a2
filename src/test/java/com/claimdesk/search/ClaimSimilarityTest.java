package com.claimdesk.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimSimilarityTest {

    private static final String CLAIM = "Russia has amassed more than 100,000 troops at its border with Ukraine";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Russia has amassed more than 100,000 troops at its border with Ukraine",
            "More than 100 000 Russian troops have been amassed at the border with Ukraine",
            "Russia has amased over 100,000 soldiers at its border with Ukraine",
    })
    void theSameClaimInOtherWordsMatches(String other) {
        double score = ClaimSimilarity.score(other, CLAIM);
        assertTrue(score >= ClaimSimilarity.THRESHOLD, other + ": " + score);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Russia has amassed more than 50,000 troops at its border with Ukraine",
            "Russia has amassed more than 100,000 troops at its border with Finland",
            "Russia has not amassed troops at its border with Ukraine",
            "Homicides in Mexico fell by 20% in 2023",
    })
    void aLookAlikeThatSaysSomethingElseDoesNot(String other) {
        double score = ClaimSimilarity.score(other, CLAIM);
        assertTrue(score < ClaimSimilarity.THRESHOLD, other + ": " + score);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Murders in Mexico rose by 20% | Homicides in Mexico increased by 20 per cent",
            "Zelensky says the vote is off | Zelenskyy says the vote is off",
    })
    void synonymsAccentsAndFormsMeet(String a, String b) {
        assertTrue(ClaimSimilarity.score(a, b) >= ClaimSimilarity.THRESHOLD, a + " / " + b);
    }
}
