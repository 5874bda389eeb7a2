package com.claimdesk.web;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A NUL character is not text, and PostgreSQL refuses it in text columns. Wherever a request carries one (a
 * form field, a JSON string; addresses are checked by {@link RequestGuard}) it is refused here, in one place,
 * with a 400 that names the field, before any route reads it. Uploaded files are left to the routes that read
 * them: an archived copy may be binary.
 */
public class NulRefusal {

    static final String MESSAGE = "Contains a NUL character, which is not text. Remove it and try again.";

    /** Form and multipart fields, read before any route's own binding. */
    @ServerRequestFilter
    @WithFormRead
    public Optional<Response> refuseInForms(ResteasyReactiveContainerRequestContext context) {
        FormData form = ((ResteasyReactiveRequestContext) context.getServerRequestContext()).getFormData();
        if (form == null) {
            return Optional.empty();
        }
        for (String name : form) {
            for (FormValue value : form.get(name)) {
                if (name.indexOf('\0') >= 0 || hasNul(value)) {
                    String field = name.replace('\0', '?');
                    String message = "The field " + field + " contains a NUL character, which is not text. Remove it "
                            + "and try again.";
                    if (context.getUriInfo().getPath().startsWith("/api/")) {
                        return Optional.of(ErrorPages.ApiError.badRequest(FormErrors.none().add(field, MESSAGE)));
                    }
                    return Optional.of(Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                            .entity(ErrorPages.Templates.error(400, "Not text", message, "")).build());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasNul(FormValue value) {
        if (!value.isFileItem()) {
            return value.getValue() != null && value.getValue().indexOf('\0') >= 0;
        }
        if (value.getFileName() != null && !value.getFileName().isEmpty()) {
            return false; // an uploaded file
        }
        // A text field some clients send as a part with an empty file name.
        try (InputStream in = new BufferedInputStream(value.getFileItem().getInputStream())) {
            int b;
            while ((b = in.read()) >= 0) {
                if (b == 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** JSON strings bound to API records: a NUL is refused as a wrong value of its field. */
    @Singleton
    public static class InJson implements ObjectMapperCustomizer {

        @Override
        public void customize(ObjectMapper mapper) {
            mapper.registerModule(new SimpleModule("claimdesk-no-nul").addDeserializer(String.class,
                    new StringDeserializer() {
                        @Override
                        public String deserialize(JsonParser parser, DeserializationContext context)
                                throws IOException {
                            String text = super.deserialize(parser, context);
                            if (text != null && text.indexOf('\0') >= 0) {
                                throw new NulInText(parser, text);
                            }
                            return text;
                        }
                    }));
        }
    }

    /** A JSON string with a NUL in it; {@link ErrorPages} names its field with {@link #MESSAGE}. */
    public static final class NulInText extends InvalidFormatException {
        NulInText(JsonParser parser, String text) {
            super(parser, MESSAGE, text.replace('\0', '?'), String.class);
        }
    }
}
