package com.claimdesk.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Forgets a flash message once a page (anything but a redirect) has been sent with it. */
public class FlashCookieFilter {

    @ServerResponseFilter
    public void forgetShownMessage(ContainerRequestContext request, ContainerResponseContext response) {
        boolean shown = response.getStatus() < 300 || response.getStatus() >= 400;
        if (shown && request.getCookies().containsKey(Flash.COOKIE)) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE,
                    Flash.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
        }
    }
}
