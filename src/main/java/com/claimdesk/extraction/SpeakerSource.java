package com.claimdesk.extraction;

/** How a candidate's speaker is to be found once all candidates are known. */
enum SpeakerSource {
    NAMED,
    PRONOUN,
    /** "The statement added": whoever spoke last. */
    PREVIOUS_STATEMENT,
    /** An unattributed quotation: the speaker of a statement just before, or of the whole release. */
    CONTINUING,
    NONE
}
