package com.claimdesk.accounts;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.claimdesk.web.CurrentUser;

import io.quarkus.security.Authenticated;

/** Lets an integrator check its credentials before doing real work. */
@Path("/api/whoami")
@Produces(MediaType.APPLICATION_JSON)
public class AccountApi {

    public record Identity(String username, List<String> roles) {
    }

    @Inject
    CurrentUser currentUser;

    @GET
    @Authenticated
    public Identity whoami() {
        return new Identity(currentUser.name(), List.of(currentUser.roles().split(", ")));
    }
}
