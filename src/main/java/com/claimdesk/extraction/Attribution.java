package com.claimdesk.extraction;

/** Attribution of a quotation or a clause: the cue token and the speaker's words. */
record Attribution(int cue, int npFirst, int npLast, boolean useSubject) {
}
