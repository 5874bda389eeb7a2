package com.claimdesk.quotes;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.claimdesk.accounts.Role;
import com.claimdesk.sources.Source;
import com.claimdesk.web.ErrorPages.ApiError;
import com.claimdesk.web.FormErrors;

/** Checks a quote against a primary source's text, pasted or archived. Stores nothing. */
@Path("/api/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class QuoteApi {

    /** Longest quote checked: a few paragraphs at most. */
    static final int MAX_QUOTE_CHARS = 5_000;

    public record VerifyRequest(String quote, String speaker, String text, Long sourceId, String kind) {
    }

    public record Range(int start, int end) {
    }

    public record Times(double start, double end) {
    }

    /** The answer; offsets are String indexes (UTF-16 units) into the source text, null when not found. */
    public record Verified(boolean found, Integer start, Integer end, String matched, List<Range> parts,
            String label, String speakerInSource, List<QuoteAligner.Edit> edits, boolean negationChanged,
            double similarity, Times time) {

        static Verified of(QuoteAligner.Match m, String text) {
            Times time = Double.isNaN(m.timeStart()) ? null : new Times(m.timeStart(), m.timeEnd());
            return new Verified(m.found(), m.found() ? m.start() : null, m.found() ? m.end() : null,
                    m.found() ? text.substring(m.start(), m.end()) : null,
                    m.parts().stream().map(p -> new Range(p.start(), p.end())).toList(), m.label(),
                    m.speakerInSource(), m.edits(), m.negationChanged(), m.similarity(), time);
        }
    }

    @POST
    @Path("/verify")
    public Response verify(VerifyRequest request) {
        FormErrors errors = FormErrors.none();
        if (request == null || request.quote() == null || request.quote().isBlank()) {
            return ApiError.badRequest(errors.add("quote", "Give the quote to check."));
        }
        if (request.quote().length() > MAX_QUOTE_CHARS) {
            return ApiError.badRequest(errors.add("quote",
                    "A quote is at most 5,000 characters: check a passage, not a whole document."));
        }
        if (Words.tokens(request.quote(), 0, request.quote().length(), true).stream()
                .noneMatch(t -> t.kind() == Words.Kind.WORD)) {
            return ApiError.badRequest(errors.add("quote", "The quote has no words to look for."));
        }
        if (request.kind() != null && !request.kind().equals("direct") && !request.kind().equals("indirect")) {
            return ApiError.badRequest(errors.add("kind", "The kind is \"direct\" or \"indirect\"."));
        }
        if ((request.text() == null) == (request.sourceId() == null)) {
            return ApiError.badRequest(errors.add("text", "Send either the source's text or a sourceId, not both."));
        }
        PrimarySources.Reading reading;
        if (request.text() != null) {
            reading = SourceTranscripts.of(request.text());
        } else {
            Source source = Source.findById(request.sourceId());
            if (source == null) {
                return Response.status(404).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(404,
                        "There is no source " + request.sourceId() + ".", Map.of())).build();
            }
            reading = SourceTranscripts.of(source);
        }
        if (!reading.ok()) {
            return ApiError.badRequest(errors.add(request.text() != null ? "text" : "sourceId", reading.problem()));
        }
        Transcript transcript = reading.transcript();
        QuoteAligner.Match match = QuoteAligner.align(transcript, request.quote(), request.speaker(),
                "indirect".equals(request.kind()));
        return Response.ok(Verified.of(match, transcript.text())).build();
    }
}
