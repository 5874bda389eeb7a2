package com.claimdesk.extraction;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.claimdesk.articles.Article;
import com.claimdesk.articles.ArticleInput;
import com.claimdesk.articles.CanonicalText;
import com.claimdesk.web.ErrorPages.ApiError;
import com.claimdesk.web.FormErrors;

import io.quarkus.security.Authenticated;

/**
 * The integration point for statement extraction: article text in, statements with offsets out (UTF-16 code
 * units into the text as an article would keep it: {@link CanonicalText} form, without the lines a copied web
 * page drags along). Stores nothing.
 */
@Path("/api/extract")
public class ExtractionApi {

    public record FigureJson(String text, BigDecimal value, String unit, String qualifier) {
    }

    public record StatementJson(String kind, String content, int start, int end, String speaker, String cue,
            List<FigureJson> figures, double speakerConfidence) {

        static StatementJson of(Statement s) {
            return new StatementJson(s.kind().wireName(), s.content(), s.start(), s.end(), s.speaker(), s.cue(),
                    s.figures().stream().map(f -> new FigureJson(f.text(), f.value(), f.unit(), f.qualifier()))
                            .toList(), s.speakerConfidence());
        }
    }

    public record Extracted(List<StatementJson> statements) {
    }

    @Inject
    Extractions extractions;

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Authenticated
    public Response extract(String text) {
        // Offsets into the text as ClaimDesk would store it, so they hold for the article this text becomes.
        String body = text == null ? "" : ArticleInput.pasted(text);
        if (body.getBytes(StandardCharsets.UTF_8).length > Article.MAX_TEXT_BYTES) {
            return ApiError.badRequest(FormErrors.none().add("text", "Send at most 1 MB of text."));
        }
        List<StatementJson> statements = extractions.extract(body).stream().map(StatementJson::of).toList();
        return Response.ok(new Extracted(statements)).build();
    }
}
